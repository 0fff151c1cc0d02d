/** vis-timeline's options as the adapter creates it with, and the margins it sets again when the bands change. */
import moment from 'moment'
import type { TimelineOptions } from 'vis-timeline/esnext'
import type { Language } from '../../model'
import type { DayRange } from '../../lib/url-state'
import type { TimelineGroup, TimelineItem } from './timeline-items'
import { textElement, type BandItem } from './item-elements'
import { DAY_MS, FIRST_DAY, isoDayToDate, LAST_DAY, zoomMaxFor } from './timeline-window'

/** One row of period labels, in pixels: the strip above the items holds one per lane. */
const LANE_HEIGHT = 22
const ITEM_MARGIN = { horizontal: 4, vertical: 6 }

/** The axis margin is the strip of period labels: the items start below it, so a label never hides one. */
export function itemMargins(lanes: number): TimelineOptions['margin'] {
  // vis-timeline's own axis margin without bands.
  return { axis: lanes === 0 ? 20 : lanes * LANE_HEIGHT + 8, item: ITEM_MARGIN }
}

/** Animated, unless the reader asked for less motion. */
export function animation(): boolean {
  return typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches
}

export function timelineOptions(init: {
  lang: Language
  span: DayRange | null
  lanes: number
  template: (item?: TimelineItem | BandItem) => HTMLElement
}): TimelineOptions {
  return {
    moment,
    locale: init.lang,
    dataAttributes: ['event-id', 'cluster-count'],
    template: init.template,
    groupTemplate: (group?: TimelineGroup) => textElement(group?.content ?? ''),
    // An explicit direction: without it vis-timeline hides itself until a range change that a preset window never fires.
    rtl: false,
    selectable: true,
    multiselect: false,
    stack: true,
    // Days and short intervals nearest the axis, long approximate ones below: with thousands of events, a window
    // of a few weeks otherwise opens on rows of year-long bars.
    order: (a: TimelineItem, b: TimelineItem) =>
      a.span - b.span || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    verticalScroll: false,
    orientation: { axis: 'top', item: 'top' },
    margin: itemMargins(init.lanes),
    zoomMin: DAY_MS * 7,
    zoomMax: zoomMaxFor(init.span),
    showCurrentTime: false,
    // The grammar's days and no further: a pan or a fit never reaches a year without four digits.
    min: isoDayToDate(FIRST_DAY),
    max: isoDayToDate(LAST_DAY),
    // vis-timeline polls its size once a second; the ResizeObserver below redraws in the frame of the change
    // (the detail panel opening beside it), not up to a second later.
    autoResize: false,
  }
}
