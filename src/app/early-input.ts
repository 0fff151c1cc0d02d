/**
 * Clicks on the prerendered first view before the app has taken it over (docs/decisions/0024-paint-before-the-javascript.md).
 * Its controls are the app's, drawn as HTML: a button does nothing yet, a checkbox or a radio button toggles on
 * its own and the app's first render would quietly set it back. So they are kept, in order, and done again on
 * the app's own controls once it has taken over; meanwhile the view says it is busy (a progress cursor). Text
 * typed into the search box goes over with its value. Links work as links and are left alone.
 */
// No imports: the entry script loads this before anything else of the app (a module here would be evaluated then).

const CONTROLS = 'button, input, select, [data-event-id]'

type EarlyInput =
  | { kind: 'click'; key: string; nth: number }
  | { kind: 'select'; key: string; nth: number; value: string }
  | { kind: 'event'; id: string }

let queue: EarlyInput[] | null = null
let listening: AbortController | null = null

/** What names a control in the view and in the app alike: its kind, its name and value, its visible label. */
function keyOf(element: Element): string {
  const label = element.closest('label')?.textContent ?? ''
  const text = element instanceof HTMLButtonElement ? element.textContent : ''
  return [
    element.tagName,
    element.getAttribute('type'),
    element.getAttribute('name'),
    element instanceof HTMLInputElement ? element.value : '',
    element.getAttribute('title'),
    element.getAttribute('aria-label'),
    label,
    text,
  ].join('|')
}

function nthOf(root: Element, element: Element, key: string): number {
  return [...root.querySelectorAll(CONTROLS)].filter((candidate) => keyOf(candidate) === key).indexOf(element)
}

function find(root: Element, key: string, nth: number): Element | undefined {
  return [...root.querySelectorAll(CONTROLS)].filter((candidate) => keyOf(candidate) === key)[nth]
}

/** From the entry script on: keeps what is done on `view` (the prerendered first view) until `replayEarlyInput`. */
export function keepEarlyInput(view: HTMLElement): void {
  queue = []
  listening = new AbortController()
  const keep = (input: EarlyInput) => {
    queue?.push(input)
    view.setAttribute('aria-busy', 'true')
  }
  const options = { capture: true, signal: listening.signal }
  view.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest(CONTROLS) : null
      if (!target || target.closest('a[href]')) return
      if (target.matches('[data-event-id]')) {
        keep({ kind: 'event', id: target.getAttribute('data-event-id') ?? '' })
        return
      }
      if (target instanceof HTMLSelectElement) return
      if (target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type)) return
      const key = keyOf(target)
      keep({ kind: 'click', key, nth: nthOf(view, target, key) })
    },
    options,
  )
  view.addEventListener(
    'change',
    (event) => {
      const target = event.target
      if (!(target instanceof HTMLSelectElement)) return
      const key = keyOf(target)
      keep({ kind: 'select', key, nth: nthOf(view, target, key), value: target.value })
    },
    options,
  )
}

/** What is in the view's search box (and whether it has the focus), read before the app's commit replaces it. */
interface EarlySearch {
  text: string
  focused: boolean
}

export function earlySearch(view: Element): EarlySearch {
  const input = view.querySelector<HTMLInputElement>('input[type="search"]')
  return { text: input?.value ?? '', focused: input !== null && input === document.activeElement }
}

/** Types `text` into the app's search box the way a user does, so its own handlers see it. */
function typeInto(input: HTMLInputElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  setValue?.call(input, text)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Once the app has taken over `root`: does again, on its controls, what was done on the view; an event of the
 * picture goes to `select`.
 */
export function replayEarlyInput(root: Element, search: EarlySearch, select: (id: string) => void): void {
  listening?.abort()
  const inputs = queue ?? []
  queue = null
  const box = root.querySelector<HTMLInputElement>('input[type="search"]')
  // Only into an empty box: text typed into the app's own box since its commit is the user's latest.
  if (box && search.text && box.value === '') typeInto(box, search.text)
  if (box && search.focused && document.activeElement === document.body) box.focus()
  for (const input of inputs) {
    if (input.kind === 'event') {
      if (input.id) select(input.id)
      continue
    }
    const control = find(root, input.key, input.nth)
    if (input.kind === 'click') {
      if (control instanceof HTMLElement) control.click()
    } else if (control instanceof HTMLSelectElement && control.value !== input.value) {
      control.value = input.value
      control.dispatchEvent(new Event('change', { bubbles: true }))
    }
  }
}
