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
 * next frame (10,000 events: a topic filter ~50 → ~36 ms, a search keystroke ~40 → ~27 ms). An item added
 * inside `batch` is not drawn on the spot either: vis-timeline's group would draw and measure each at once (one
 * forced layout per item: zooming in from clusters to ~190 events, ~120 ms of a ~0.12 s task); the redraw that
 * follows draws every new item in view and measures them together. It reaches into the ItemSet's `redraw` and
 * `groups`, and the timeline's own `_redraw` and `_origRedraw`; without them, `batch` only runs its function
 * and vis-timeline redraws as it would.
 */
interface VisGroup {
  _checkIfVisible?: unknown
}

interface VisCore {
  dom?: unknown
  itemSet?: { redraw?: unknown; groups?: Record<string, VisGroup | undefined> }
  _redraw?: unknown
  _origRedraw?: unknown
}

/** In place of a group's `_checkIfVisible` when an item is added: its next redraw shows what is in view. */
const drawInNextRedraw = () => {}

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
    // Only the groups whose prototype has it (vis-timeline 8.5.4's Group), and not where something else set it.
    const groups = Object.values(itemSet.groups ?? {}).filter(
      (group): group is VisGroup =>
        typeof group?._checkIfVisible === 'function' && !Object.hasOwn(group, '_checkIfVisible'),
    )
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

interface VisTimeAxis {
  redraw?: () => boolean
  body?: {
    range?: { start: number; end: number }
    domProps?: Record<string, { width?: number; height?: number } | undefined>
  }
  options?: { orientation?: { axis?: string } }
  props?: { majorLabelHeight?: number; minorLineHeight?: number; majorLineHeight?: number }
  dom?: { lines?: unknown }
}

/**
 * The grid lines reach from the axis to the bottom of the timeline: a new height (a filter drops a row) moves
 * their ends and nothing else. Sets their heights as vis-timeline 8.5.4's TimeAxis would; false (draw it all)
 * where that is not what the pinned version has (axis at the top, its lines, its label height).
 */
function stretchLines(axis: VisTimeAxis, lineHeight: number): boolean {
  const { props, dom, options } = axis
  if (options?.orientation?.axis !== 'top' || typeof props?.majorLabelHeight !== 'number') return false
  const lines = dom?.lines
  if (!Array.isArray(lines) || !lines.every((line) => line instanceof HTMLElement)) return false
  props.minorLineHeight = lineHeight - props.majorLabelHeight
  props.majorLineHeight = lineHeight
  for (const line of lines as HTMLElement[])
    line.style.height = `${line.classList.contains('vis-major') ? props.majorLineHeight : props.minorLineHeight}px`
  return true
}

/**
 * vis-timeline redraws its time axis (every label and grid line, each label's date compared through moment)
 * on every redraw, and twice when the items' height changes: also for a topic filter, a search or a selection,
 * which leave the window and the width as they were (1,000 events: ~3 ms of a ~30 ms topic filter). The
 * labels are drawn from the window, the widths and the axis height alone; this skips their redraw while none
 * of them has changed, and only stretches the grid lines when the timeline's height has. `invalidate`
 * (a new locale) makes the next redraw draw it all. It reaches into the timeline's `timeAxis`; without it,
 * nothing is skipped.
 */
export function skipUnchangedAxis(timeline: Timeline): { invalidate: () => void } {
  const axis = (timeline as unknown as { timeAxis?: VisTimeAxis }).timeAxis
  const draw = axis?.redraw
  if (!axis || typeof draw !== 'function' || Object.hasOwn(axis, 'redraw')) return { invalidate: () => {} }
  let drawn: { labels: string; lineHeight: number } | null = null
  axis.redraw = function redrawWhenChanged(this: VisTimeAxis) {
    const range = this.body?.range
    const sizes = this.body?.domProps
    if (!range || !sizes) {
      drawn = null
      return draw.call(this)
    }
    const labels = [
      range.start,
      range.end,
      ...['center', 'left', 'right'].map((part) => sizes[part]?.width),
      sizes['top']?.height,
    ].join()
    const lineHeight = (sizes['root']?.height ?? 0) - (sizes['bottom']?.height ?? 0)
    if (drawn?.labels === labels && (drawn.lineHeight === lineHeight || stretchLines(this, lineHeight))) {
      drawn.lineHeight = lineHeight
      return false
    }
    drawn = { labels, lineHeight }
    return draw.call(this)
  }
  return {
    invalidate: () => {
      drawn = null
    },
  }
}
