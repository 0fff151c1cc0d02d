/**
 * Where the adapter reaches into vis-timeline's private parts (8.5.4, pinned: docs/decisions/0001 and 0012),
 * each to spare it work it would do twice. Each checks that the part is there and otherwise does what
 * vis-timeline would do on its own, only slower.
 */
import type { Timeline } from 'vis-timeline/esnext'

interface VisItem {
  displayed?: boolean
  hide?: () => void
}

/**
 * vis-timeline redraws an updated item at once when it is on screen, measuring it: one forced layout per item
 * (a language switch on 250 items: ~130 ms). Taken off screen first, the items are drawn again in its next
 * redraw, measured together. This reaches into vis-timeline 8.5.4's ItemSet (the version is pinned); without
 * it, updates still work, only slower.
 */
export function hideForUpdate(timeline: Timeline, ids: readonly string[]): void {
  const items = (timeline as unknown as { itemSet?: { items?: Record<string, VisItem | undefined> } }).itemSet?.items
  if (!items) return
  for (const id of ids) {
    const item = items[id]
    if (item?.displayed && typeof item.hide === 'function') item.hide()
  }
}

/**
 * On every DataSet event (remove, update, add) vis-timeline redraws its items on the spot, measuring them, and
 * queues a whole redraw for its next animation frame; a new locale queues one too. A data sync sends up to three
 * such events, and a language switch brings a sync and a new locale. Inside `batch`, both kinds are held back;
 * the timeline is then redrawn once, in a microtask: after the rest of the current React commit, before the
 * next frame (10,000 events: a topic filter ~50 → ~36 ms, a search keystroke ~40 → ~27 ms). It reaches into
 * the ItemSet's `redraw` and the timeline's own `_redraw` and `_origRedraw`; without them, `batch` only runs
 * its function and vis-timeline redraws as it would.
 */
interface VisCore {
  dom?: unknown
  itemSet?: { redraw?: unknown }
  _redraw?: unknown
  _origRedraw?: unknown
}

export function redrawBatcher(timeline: Timeline): (change: () => void) => void {
  const core = timeline as unknown as VisCore
  const { itemSet, _redraw: queued, _origRedraw: redrawNow } = core
  if (
    !itemSet ||
    typeof itemSet.redraw !== 'function' ||
    typeof queued !== 'function' ||
    typeof redrawNow !== 'function'
  )
    return (change) => change()
  let scheduled = false
  let held = false
  const hold = () => {
    held = true
    return false
  }
  const redraw = () => {
    scheduled = false
    // Not after destroy: vis-timeline has then let go of its DOM.
    if (core.dom) redrawNow.call(timeline)
  }
  return (change) => {
    // Something else has replaced the ItemSet's redraw: leave it alone.
    if (Object.hasOwn(itemSet, 'redraw')) {
      change()
      return
    }
    held = false
    itemSet.redraw = hold
    core._redraw = hold
    try {
      change()
    } finally {
      delete itemSet.redraw
      core._redraw = queued
    }
    if (held && !scheduled) {
      scheduled = true
      queueMicrotask(redraw)
    }
  }
}

/**
 * A new width changes only the scale: vis-timeline's own size watcher (autoResize) then emits its internal
 * `_change`, one redraw that repositions every item. The public `redraw()` also marks every item dirty and
 * redraws each drawn one on the spot, measuring it: one forced layout per item (10,000 events, the detail panel
 * opening: ~60 ms). Falls back to `redraw()` if the pinned version's emitter is not there.
 */
export function redrawAtNewWidth(timeline: Timeline): void {
  const emit = (timeline as unknown as { emit?: unknown }).emit
  if (typeof emit === 'function') emit.call(timeline, '_change')
  else timeline.redraw()
}
