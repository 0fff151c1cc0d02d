/**
 * The data-sync patches (docs/decisions/0012, inventory.ts): each checks that the private part is there
 * and otherwise leaves vis-timeline to do what it does on its own, only slower.
 */
import type { Timeline } from 'vis-timeline/esnext'

interface VisItem {
  displayed?: boolean
  hide?: () => void
}

interface VisGroup {
  _checkIfVisible?: unknown
}

interface VisCore {
  dom?: unknown
  itemSet?: { items?: Record<string, VisItem | undefined>; redraw?: unknown; groups?: Record<string, VisGroup> }
  _redraw?: unknown
  _origRedraw?: unknown
}

/**
 * hide-for-update. vis-timeline redraws an updated item at once when it is on screen, measuring it: one forced
 * layout per item (a language switch on 250 items: ~130 ms). Taken off screen first, the items are drawn again
 * in its next redraw, measured together. null when the ItemSet's items are not there.
 */
export function hideForUpdate(timeline: Timeline): ((ids: readonly string[]) => void) | null {
  const items = (timeline as unknown as VisCore).itemSet?.items
  if (!items || typeof items !== 'object') return null
  return (ids) => {
    for (const id of ids) {
      const item = Object.hasOwn(items, id) ? items[id] : undefined
      if (item?.displayed && typeof item.hide === 'function') item.hide()
    }
  }
}

/** In place of a group's `_checkIfVisible` when an item is added: its next redraw shows what is in view. */
const drawInNextRedraw = () => {}

/** The groups whose prototype has `_checkIfVisible` (8.5.4's Group), and not where something else set it. */
function checkableGroups(core: VisCore): VisGroup[] {
  return Object.values(core.itemSet?.groups ?? {}).filter(
    (group) => typeof group._checkIfVisible === 'function' && !Object.hasOwn(group, '_checkIfVisible'),
  )
}

/** draw-added-in-redraw engages when the ungrouped items' group has the member (it always exists in 8.5.4). */
export function canDrawAddedInRedraw(timeline: Timeline): boolean {
  return checkableGroups(timeline as unknown as VisCore).length > 0
}

/**
 * batch-redraws. On every DataSet event (remove, update, add) vis-timeline redraws its items on the spot,
 * measuring them, and queues a whole redraw for its next animation frame; a new locale queues one too. A data
 * sync sends up to three such events, and a language switch brings a sync and a new locale. Inside the batch
 * both kinds are held back; the timeline is then redrawn once, in a microtask: after the rest of the current
 * React commit, before the next frame (10,000 events: a topic filter ~50 → ~36 ms).
 *
 * draw-added-in-redraw (`drawAdded`). An item added inside the batch is not drawn on the spot either:
 * vis-timeline's group would draw and measure each at once (zooming in from clusters to ~190 events: ~120 ms
 * of a ~0.12 s task); the redraw that follows draws every new item in view and measures them together.
 *
 * null when the ItemSet's `redraw` or the timeline's `_redraw` / `_origRedraw` are not there.
 */
export function redrawBatcher(timeline: Timeline, drawAdded: boolean): ((change: () => void) => void) | null {
  const core = timeline as unknown as VisCore
  const { itemSet, _redraw: queued, _origRedraw: redrawNow } = core
  if (
    !itemSet ||
    typeof itemSet.redraw !== 'function' ||
    typeof queued !== 'function' ||
    typeof redrawNow !== 'function'
  )
    return null
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
    const groups = drawAdded ? checkableGroups(core) : []
    for (const group of groups) group._checkIfVisible = drawInNextRedraw
    try {
      change()
    } finally {
      delete itemSet.redraw
      core._redraw = queued
      for (const group of groups) delete group._checkIfVisible
    }
    if (held && !scheduled) {
      scheduled = true
      queueMicrotask(redraw)
    }
  }
}
