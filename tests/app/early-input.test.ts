import { describe, expect, it, vi } from 'vitest'
import { earlySearch, keepEarlyInput, replayEarlyInput } from '../../src/app/early-input'
import { getUrlState, setUrlState } from '../../src/lib/url-state'

/** A view of two same-looking buttons, a labelled checkbox, a select, a search box, an event and a link. */
function markup(): string {
  return `<button type="button" title="Zoom in">+</button><button type="button" title="Zoom in">+</button>
    <label><input type="checkbox" checked /><span>Humanitarian</span></label>
    <select><option value="">none</option><option value="topic">topic</option></select>
    <input type="search" value="" />
    <ol><li data-event-id="summit"><span>Summit</span></li></ol>
    <a href="#elsewhere">a link</a>`
}

function mount(): HTMLElement {
  const element = document.createElement('div')
  element.innerHTML = markup()
  document.body.append(element)
  return element
}

describe('early input on the prerendered view', () => {
  it('is done again, in order, on the matching controls of the app, and the view says it is busy', () => {
    const view = mount()
    keepEarlyInput(view)
    expect(view.hasAttribute('aria-busy')).toBe(false)
    view.querySelectorAll('button')[1]!.click()
    view.querySelector('span')!.click() // the label's text: the browser clicks the checkbox for it
    const select = view.querySelector('select')!
    select.value = 'topic'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    view.querySelector<HTMLInputElement>('input[type="search"]')!.value = 'peace'
    view.querySelector<HTMLElement>('[data-event-id] span')!.click()
    view.querySelector('a')!.click()
    expect(view.getAttribute('aria-busy')).toBe('true')
    const search = earlySearch(view)
    view.remove()

    const app = mount()
    const done: string[] = []
    const [first, second] = [...app.querySelectorAll('button')]
    first!.addEventListener('click', () => done.push('first button'))
    second!.addEventListener('click', () => done.push('second button'))
    const checkbox = app.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    checkbox.addEventListener('click', () => done.push('checkbox'))
    app.querySelector('select')!.addEventListener('change', (event) => {
      done.push(`select ${(event.target as HTMLSelectElement).value}`)
    })
    const typed = vi.fn()
    app.querySelector('input[type="search"]')!.addEventListener('input', (event) => {
      typed((event.target as HTMLInputElement).value)
    })
    replayEarlyInput(app, search, (id) => setUrlState({ event: id }))
    expect(done).toEqual(['second button', 'checkbox', 'select topic'])
    expect(checkbox.checked).toBe(false)
    expect(typed).toHaveBeenCalledWith('peace')
    expect(getUrlState().event).toBe('summit')
    app.remove()
  })

  it('keeps nothing once replayed', () => {
    const view = mount()
    keepEarlyInput(view)
    const app = mount()
    replayEarlyInput(app, earlySearch(view), () => undefined)
    const clicked = vi.fn()
    app.querySelector('button')!.addEventListener('click', clicked)
    view.querySelector('button')!.click()
    replayEarlyInput(app, { text: '', focused: false }, () => undefined)
    expect(clicked).not.toHaveBeenCalled()
    view.remove()
    app.remove()
  })
})
