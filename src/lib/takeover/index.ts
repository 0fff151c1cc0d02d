/**
 * The hand-over from the build's prerendered first view to the app (docs/decisions/0024-paint-before-the-javascript.md).
 * The app's first commit replaces the view in one step, but creating vis-timeline is the start's longest piece of
 * work: so the view's static picture of the timeline moves into the timeline's box with that commit and stays on
 * screen while the timeline is created behind it, in tasks of its own. main.tsx keeps the picture before the
 * commit, the timeline shows it and lets it go, and main.tsx learns when the view is gone for good (`whenTakenOver`).
 */
const PICTURE_CLASS = 'timeline-picture'

let picture: Element[] | null = null
let done: () => void = () => undefined
const takenOver = new Promise<void>((resolve) => {
  done = resolve
})

/** Before the app's first commit: keeps the picture's parts out of the view the commit throws away. */
export function keepPrerenderedPicture(view: Element): void {
  const box = view.querySelector(`.${PICTURE_CLASS}`)
  picture = box ? [...box.children] : null
  if (!picture) done()
}

/**
 * Shows the kept picture in the timeline's box (same class, same border and size: the box looks as before).
 * The timeline may then be created in the box behind it, out of the flow and transparent (the picture's
 * stylesheet), and drawn there. The returned function takes the picture out: `replaced`, the timeline shows
 * in its place and nothing of the view is left; otherwise the picture is only withdrawn (the timeline was
 * unmounted first) and may be shown again. Null when there is no picture (no prerendered view, or it has gone).
 */
export function showPrerenderedPicture(container: HTMLElement): ((replaced: boolean) => void) | null {
  const parts = picture
  if (!parts) return null
  container.classList.add(PICTURE_CLASS)
  container.prepend(...parts)
  return (replaced) => {
    for (const part of parts) part.remove()
    container.classList.remove(PICTURE_CLASS)
    if (!replaced) return
    picture = null
    done()
  }
}

/** Resolves once the app has replaced the whole prerendered view (at once when there was no picture). */
export function whenTakenOver(): Promise<void> {
  return takenOver
}
