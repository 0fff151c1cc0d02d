/**
 * A stand-in for src/features/timeline/timeline-adapter.ts in jsdom (vis-timeline needs real layout).
 * It renders each item as a clickable element with data-event-id and records what it was asked to do.
 */
import type { CreateTimelineOptions, TimelineController } from '../../src/features/timeline/timeline-adapter'
import type { TimelineGroup, TimelineItem } from '../../src/features/timeline/timeline-items'
import type { PeriodBand } from '../../src/features/timeline/period-bands'
import type { DayRange } from '../../src/lib/url-state'

export interface FakeTimeline {
  container: HTMLElement
  items: readonly TimelineItem[]
  groups: readonly TimelineGroup[] | null
  lang: string
  periods: readonly PeriodBand[]
  span: DayRange | null
  selection: string | null
  window: DayRange
  destroyed: boolean
  calls: string[]
  options: CreateTimelineOptions
}

export const fakeTimelines: FakeTimeline[] = []

function render(fake: FakeTimeline): void {
  fake.container.replaceChildren(
    ...fake.periods.map((band) => {
      const element = document.createElement('div')
      element.setAttribute('data-period-id', band.periodId)
      element.textContent = `${band.kind}: ${band.text}, ${band.dates}`
      return element
    }),
    ...fake.items.map((item) => {
      const element = document.createElement('div')
      if (item['event-id'] !== null) element.setAttribute('data-event-id', item['event-id'])
      if (item['cluster-count'] !== null) element.setAttribute('data-cluster-count', String(item['cluster-count']))
      element.className = item.className + (item.id === fake.selection ? ' vis-selected' : '')
      element.textContent = item.text
      element.addEventListener('click', () => fake.options.events.onSelect(item['event-id'] ?? item.id))
      return element
    }),
  )
}

export function createTimeline(container: HTMLElement, options: CreateTimelineOptions): TimelineController {
  const fake: FakeTimeline = {
    container,
    items: options.items,
    groups: options.groups,
    lang: options.lang,
    periods: options.periods,
    span: options.span,
    selection: null,
    window: options.window ?? { from: '2000-01-01', to: '2020-01-01' },
    destroyed: false,
    calls: ['create'],
    options,
  }
  fakeTimelines.push(fake)
  render(fake)
  return {
    setData(items, groups) {
      fake.calls.push('setData')
      fake.items = items
      fake.groups = groups
      render(fake)
    },
    setPeriods(bands) {
      fake.calls.push('setPeriods')
      fake.periods = bands
      render(fake)
    },
    setSpan(span) {
      fake.calls.push(`setSpan:${span?.from}/${span?.to}`)
      fake.span = span
    },
    setLanguage(lang) {
      fake.calls.push(`setLanguage:${lang}`)
      fake.lang = lang
    },
    setSelection(id) {
      fake.selection = id
      render(fake)
    },
    setWindow(window) {
      fake.window = window
    },
    getWindow: () => fake.window,
    zoom(direction) {
      fake.calls.push(`zoom:${direction}`)
    },
    fit() {
      fake.calls.push('fit')
    },
    show(window) {
      fake.calls.push(`show:${window.from}/${window.to}`)
      fake.window = window
    },
    focus(id) {
      fake.calls.push(`focus:${id}`)
    },
    reveal(id) {
      fake.calls.push(`reveal:${id}`)
    },
    destroy() {
      fake.calls.push('destroy')
      fake.destroyed = true
      container.replaceChildren()
    },
  }
}
