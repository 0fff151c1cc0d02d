/**
 * Scripts run inside the benchmarked pages. They are strings, not functions: tsx (esbuild keepNames) wraps
 * named functions in a `__name` helper that does not exist in the page.
 *
 * HARNESS is installed before the page's own scripts (page.addInitScript): a MutationObserver stamps
 * `last` (any mutation) and `lastItems` (inside the timeline's items, .vis-itemset) with performance.now(),
 * whose origin is navigation start; `actionStart` takes the timeStamp of the first input event after arming;
 * `resultsPainted` the first animation frame after the page stopped saying it is busy (`aria-busy="true"`: the
 * search's count, while its answer is on its way), i.e. when the results were first painted.
 */
export interface BenchState {
  last: number
  lastItems: number
  armed: boolean
  actionStart: number | null
  frames: number[] | null
  /** When a search's results were last painted: the first frame after nothing said `aria-busy` any more. */
  resultsPainted: number
}

export const HARNESS = `(() => {
  const state = { last: 0, lastItems: 0, armed: false, actionStart: null, frames: null, resultsPainted: 0 }
  window.__bench = state
  let busy = false
  new MutationObserver((records) => {
    const now = performance.now()
    const busyNow = document.querySelector('[aria-busy="true"]') !== null
    if (busy && !busyNow) requestAnimationFrame(() => { state.resultsPainted = performance.now() })
    busy = busyNow
    for (const record of records) {
      const node = record.target
      const element = node instanceof Element ? node : node.parentElement
      // vis-timeline moves its clock bars on a timer: not a result of anything measured.
      if (element === null || element.closest('.vis-current-time, .vis-custom-time')) continue
      state.last = now
      if (element.closest('.vis-itemset')) state.lastItems = now
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'click', 'input']) {
    addEventListener(type, (event) => {
      if (state.armed && state.actionStart === null) state.actionStart = event.timeStamp
    }, { capture: true })
  }
})()`

export const ARM = `(() => { window.__bench.armed = true; window.__bench.actionStart = null })()`
export const DISARM = `(() => { window.__bench.armed = false; return window.__bench.actionStart })()`

export const START_FRAMES = `(() => {
  const state = window.__bench
  state.frames = []
  const tick = (time) => {
    if (state.frames === null) return
    state.frames.push(time)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** Stops the recorder; the intervals between frames (ms). */
export const STOP_FRAMES = `(() => {
  const frames = window.__bench.frames || []
  window.__bench.frames = null
  return frames.slice(1).map((time, i) => time - frames[i])
})()`

/**
 * True once nothing has mutated for QUIET ms since max(last, since), nothing on the page says it is still at
 * work (`aria-busy="true"`: work off the page's thread, as a search worker's, mutates nothing until it
 * answers), and the selector (if any) matches.
 */
export function settledExpression(key: 'last' | 'lastItems', since: number, quietMs: number, selector: string | null) {
  const needs = selector === null ? 'true' : `document.querySelector(${JSON.stringify(selector)}) !== null`
  const idle = `document.querySelector('[aria-busy="true"]') === null`
  return `performance.now() - Math.max(window.__bench.${key}, ${since}) >= ${quietMs} && ${idle} && ${needs}`
}
