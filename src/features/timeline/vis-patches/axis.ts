/** The axis patch (docs/decisions/0012, inventory.ts). */
import type { Timeline } from 'vis-timeline/esnext'

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
 * skip-unchanged-axis. vis-timeline redraws its time axis (every label and grid line, each label's date compared through moment)
 * on every redraw, and twice when the items' height changes: also for a topic filter, a search or a selection,
 * which leave the window and the width as they were (1,000 events: ~3 ms of a ~30 ms topic filter). The
 * labels are drawn from the window, the widths and the axis height alone; this skips their redraw while none
 * of them has changed, and only stretches the grid lines when the timeline's height has. `invalidate`
 * (a new locale) makes the next redraw draw it all. null when the timeline's `timeAxis` is not as in 8.5.4.
 */
export function skipUnchangedAxis(timeline: Timeline): { invalidate: () => void } | null {
  const axis = (timeline as unknown as { timeAxis?: VisTimeAxis }).timeAxis
  const draw = axis?.redraw
  if (!axis || typeof draw !== 'function' || Object.hasOwn(axis, 'redraw')) return null
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
