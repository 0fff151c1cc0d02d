/**
 * The DOM vis-timeline draws for an item, a cluster and a period band: built from text nodes, never from HTML
 * (vis-timeline's own `content` and `title` options go through innerHTML).
 */
import type { PeriodBand } from './period-bands'
import type { TimelineItem } from './timeline-items'

/** A band's vis-timeline item: behind the items, not selectable, drawn by bandElement. */
export interface BandItem {
  id: string
  start: string
  end: string
  type: 'background'
  className: string
  group: null
  selectable: false
  'event-id': null
  'cluster-count': null
}

/** The band's label row: the visible label, its dates for screen readers; both as text, never HTML. */
export function bandElement(band: PeriodBand): HTMLElement {
  const label = document.createElement('span')
  label.className = 'period__label'
  label.style.setProperty('--lane', String(band.lane))
  label.title = `${band.text} (${band.dates})`
  const hidden = document.createElement('span')
  hidden.className = 'visually-hidden'
  hidden.textContent = `${band.kind}: `
  const text = document.createElement('span')
  text.className = 'period__text'
  text.textContent = band.text
  const dates = document.createElement('span')
  dates.className = 'visually-hidden'
  dates.textContent = `, ${band.dates}`
  label.append(hidden, text, dates)
  return label
}

export function bandItem(band: PeriodBand): BandItem {
  return {
    id: band.id,
    start: band.start,
    end: band.end,
    type: 'background',
    className: `period period--lane-${band.lane % 6}`,
    group: null,
    selectable: false,
    'event-id': null,
    'cluster-count': null,
  }
}

export function textElement(text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = 'event__text'
  span.textContent = text
  // The full title as a tooltip where the label is cut off at an edge: set as text, never parsed as HTML
  // (vis-timeline's own `title` option goes through innerHTML).
  span.title = text
  return span
}

/** A cluster: its topics as colour swatches, then "N events" as text. */
export function itemElement(item: TimelineItem | undefined): HTMLElement {
  if (!item || item.swatches.length === 0) return textElement(item?.text ?? '')
  const wrapper = document.createElement('span')
  wrapper.className = 'cluster__body'
  const swatches = document.createElement('span')
  swatches.className = 'cluster__swatches'
  swatches.setAttribute('aria-hidden', 'true')
  for (const topic of item.swatches) {
    const swatch = document.createElement('span')
    swatch.className = `cluster__swatch topic--${topic}`
    swatches.append(swatch)
  }
  const text = textElement(item.text)
  text.className = 'cluster__text'
  wrapper.append(swatches, text)
  return wrapper
}
