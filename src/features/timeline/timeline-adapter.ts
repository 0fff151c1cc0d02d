/**
 * The only module that touches vis-timeline (its esnext peer build, see docs/decisions/0001-vis-timeline-peer-build.md),
 * with vis-patches/ for what reaches into its private parts.
 * Component tests replace it with a fake (vi.mock); real behaviour is proven in Chromium end to end.
 */
import moment from 'moment'
import 'moment/dist/locale/ru'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type DataItemCollectionType } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import type { Language } from '../../model'
import type { DayRange } from '../../lib/url-state'
import type { TimelineGroup, TimelineItem } from './timeline-items'
import { syncDataSet } from './sync-dataset'
import { bandElement, bandItem, itemElement, type BandItem } from './item-elements'
import { laneCount, type PeriodBand } from './period-bands'
import { installVisPatches } from './vis-patches'
import { animation, itemMargins, timelineOptions } from './timeline-options'
import { clampWindow, dateToIsoDay, isoDayToDate, zoomMaxFor } from './timeline-window'

export interface TimelineEvents {
  /** The user clicked or tapped an item (id) or empty space (null). */
  onSelect: (id: string | null) => void
  /** The visible window changed; byUser: the user panned or zoomed. */
  onRangeChanged: (window: DayRange, byUser: boolean) => void
}

export interface TimelineController {
  setData: (items: readonly TimelineItem[], groups: readonly TimelineGroup[] | null) => void
  /** The periods drawn as background bands behind the items. */
  setPeriods: (bands: readonly PeriodBand[]) => void
  /** The days the data covers (events and periods): how far out the user may zoom. */
  setSpan: (span: DayRange | null) => void
  setLanguage: (lang: Language) => void
  setSelection: (id: string | null) => void
  setWindow: (window: DayRange, animate?: boolean) => void
  getWindow: () => DayRange
  zoom: (direction: 'in' | 'out') => void
  fit: (window?: DayRange) => void
  /** Moves the window to show a new set of events: not the user's move (the link keeps no window for it). */
  show: (window: DayRange) => void
  focus: (id: string) => void
  /** Moves the window only when the item is outside it; to `window` (the user's move) when one is given. */
  reveal: (id: string, window?: DayRange) => void
  destroy: () => void
}

export interface CreateTimelineOptions {
  items: readonly TimelineItem[]
  groups: readonly TimelineGroup[] | null
  lang: Language
  window: DayRange | null
  periods: readonly PeriodBand[]
  span: DayRange | null
  events: TimelineEvents
  /**
   * Taking over the prerendered view (ADR 0024): the first window and its items are set in a task after the
   * first draw, not in its frame (together they were one long task), and this is called once they are in,
   * before that task ends, so they are drawn before the next paint.
   */
  onFirstWindow?: () => void
}

export function createTimeline(container: HTMLElement, init: CreateTimelineOptions): TimelineController {
  // moment's own language follows the timeline's from the start (importing a locale makes it the global one).
  moment.locale(init.lang)
  const items = new DataSet<TimelineItem | BandItem, 'id'>()
  const groups = new DataSet<TimelineGroup, 'id'>()
  // The bands live in the items' DataSet (vis-timeline draws backgrounds from it), kept apart by id.
  let bands = new Map(init.periods.map((band) => [band.id, band]))
  let bandItems = init.periods.map(bandItem)
  let eventItems: readonly TimelineItem[] = init.items
  let groupList = init.groups
  // With a first window to open on, the items and bands wait for it (below, through setData): drawn at
  // vis-timeline's own first window, every one of them would move on screen when it is set, a layout shift at each
  // start (ADR 0024).
  if (!init.window) syncDataSet(items, [...init.items, ...bandItems])
  let lanes = laneCount(init.periods)
  const options = timelineOptions({
    lang: init.lang,
    span: init.span,
    lanes,
    // The item text goes in as text: the template builds the element, nothing is parsed as HTML.
    template: (item?: TimelineItem | BandItem) => {
      const band = item ? bands.get(item.id) : undefined
      return band ? bandElement(band) : itemElement(item as TimelineItem | undefined)
    },
  })
  // Our item type is stricter than vis-timeline's DataItem (plain text, explicit nulls).
  const timeline = new Timeline(container, items as unknown as DataItemCollectionType, options)
  const patches = installVisPatches(timeline)
  const { batch } = patches
  // What the end-to-end canary reads: the patches that engaged on this version.
  container.dataset.visPatches = patches.engaged.join(' ')
  if (init.groups) {
    syncDataSet(groups, init.groups)
    timeline.setGroups(groups)
  }
  // The first window is set after the first draw, not through the start/end options: with those,
  // vis-timeline 8.5 waits for a range change that an unchanged range never fires and leaves its
  // loading screen over the items.
  // Data that arrives before that (the level of detail's margin) waits for it: added while the first fit is on
  // screen, each item would be drawn and measured on its own.
  // A window asked for before then (a link's filter that the first window does not show) replaces it.
  let initialWindow = init.window
  let pending: Parameters<TimelineController['setData']> | null = initialWindow ? [init.items, init.groups] : null
  let selection: string | null = null
  let windowSet = initialWindow === null
  let firstWindowTask: ReturnType<typeof setTimeout> | undefined
  if (initialWindow) {
    const applyInitialWindow = () => {
      if (initialWindow) setTimelineWindow(initialWindow, false)
      windowSet = true
      if (pending) {
        controller.setData(...pending)
        controller.setSelection(selection)
      }
      pending = null
      init.onFirstWindow?.()
    }
    const afterFirstDraw = () => {
      timeline.off('changed', afterFirstDraw)
      if (init.onFirstWindow) firstWindowTask = setTimeout(applyInitialWindow, 0)
      else applyInitialWindow()
    }
    timeline.on('changed', afterFirstDraw)
  } else if (init.onFirstWindow) {
    queueMicrotask(init.onFirstWindow)
  }

  timeline.on('select', (props: { items: (string | number)[] }) => {
    const first = props.items[0]
    // An event drawn in several rows (grouped by topic) has one item per row, each naming the event.
    const item = first === undefined ? null : items.get(String(first))
    init.events.onSelect(first === undefined ? null : (item?.['event-id'] ?? String(first)))
  })
  /** The items drawing an event: only the DataSet's own (a Map), so no id reaches vis-timeline's plain-object lookup. */
  const itemsOf = (id: string): string[] => items.getIds({ filter: (item) => item['event-id'] === id }).map(String)
  function setTimelineWindow(window: DayRange, animate: boolean) {
    const { from, to } = clampWindow(window)
    timeline.setWindow(isoDayToDate(from), isoDayToDate(to), { animation: animate })
  }
  const moveTo = (window: DayRange) => {
    if (!windowSet) initialWindow = window
    else setTimelineWindow(window, animation())
  }
  // The exact window drawn, for the end-to-end tests that check every item against the axis.
  timeline.on('changed', () => {
    const { start, end } = timeline.getWindow()
    container.dataset.windowStart = String(start.valueOf())
    container.dataset.windowEnd = String(end.valueOf())
  })
  // Buttons and keys move the window on the user's behalf: report those changes as the user's too.
  let userIntent = false
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    const byUser = props.byUser || userIntent
    userIntent = false
    init.events.onRangeChanged({ from: dateToIsoDay(props.start), to: dateToIsoDay(props.end) }, byUser)
  })

  // The width vis-timeline last drew at: the first size is its own first draw's.
  let lastWidth: number | null = null
  const fitWidth = (width: number) => {
    if (width === lastWidth) return
    const first = lastWidth === null
    lastWidth = width
    // A new width rescales every item: vis-timeline's public redraw (its own size poll is off, see autoResize).
    if (!first) timeline.redraw()
  }
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          // The width only: the height follows the items, which vis-timeline has just drawn itself.
          if (entry) fitWidth(entry.contentRect.width)
        })
  resizeObserver?.observe(container)

  let grouped = init.groups !== null
  const controller: TimelineController = {
    setData(nextItems, nextGroups) {
      eventItems = nextItems
      groupList = nextGroups
      if (!windowSet) {
        pending = [nextItems, nextGroups]
        return
      }
      const all = [...nextItems, ...bandItems]
      if (nextGroups) {
        syncDataSet(groups, nextGroups)
        // Items first, then the groups: vis-timeline sorts the ungrouped items into their groups on setGroups,
        // but drops items whose group changes from none to one after the groups are set.
        batch(() => syncDataSet(items, all, patches.beforeUpdate))
        if (!grouped) timeline.setGroups(groups)
      } else {
        batch(() => syncDataSet(items, all, patches.beforeUpdate))
        if (grouped) timeline.setGroups(null as never)
      }
      grouped = nextGroups !== null
    },
    setPeriods(next) {
      bands = new Map(next.map((band) => [band.id, band]))
      bandItems = next.map(bandItem)
      const count = laneCount(next)
      if (count !== lanes) {
        lanes = count
        timeline.setOptions({ margin: itemMargins(lanes) })
      }
      // A new label (the language) is a changed item only through its text: drawn again by removing the old band.
      items.remove(next.map((band) => band.id))
      controller.setData(eventItems, groupList)
    },
    setSpan(span) {
      timeline.setOptions({ zoomMax: zoomMaxFor(span) })
    },
    setLanguage(lang) {
      moment.locale(lang)
      patches.invalidateAxis()
      batch(() => timeline.setOptions({ locale: lang }))
    },
    setSelection(id) {
      selection = id
      // A click has already selected the item in vis-timeline: selecting it again redraws and measures it.
      const wanted = id === null ? [] : itemsOf(id)
      const current = timeline.getSelection().map(String)
      if (current.length === wanted.length && wanted.every((item) => current.includes(item))) return
      timeline.setSelection(wanted)
    },
    setWindow(window, animate = false) {
      setTimelineWindow(window, animate)
    },
    getWindow() {
      const { start, end } = timeline.getWindow()
      return { from: dateToIsoDay(start), to: dateToIsoDay(end) }
    },
    zoom(direction) {
      userIntent = true
      if (direction === 'in') timeline.zoomIn(0.5)
      else timeline.zoomOut(0.5)
    },
    fit(window) {
      userIntent = true
      if (window) setTimelineWindow(window, animation())
      else timeline.fit({ animation: animation() })
    },
    show(window) {
      moveTo(window)
    },
    focus(id) {
      if (!items.get(id)) return
      userIntent = true
      timeline.focus(id, { animation: animation(), zoom: false })
    },
    reveal(id, window) {
      if (!windowSet) {
        // Opening on a selection: its window is the first one, drawn once, not an animation raced by it.
        if (window) initialWindow = window
        return
      }
      if (window) {
        userIntent = true
        setTimelineWindow(window, animation())
        return
      }
      const item = items.get(id)
      if (!item) return
      const { start, end } = timeline.getWindow()
      const itemStart = isoDayToDate(item.start)
      const itemEnd = item.end ? isoDayToDate(item.end) : itemStart
      if (itemEnd >= start && itemStart <= end) return
      userIntent = true
      timeline.focus(id, { animation: animation(), zoom: false })
    },
    destroy() {
      clearTimeout(firstWindowTask)
      resizeObserver?.disconnect()
      timeline.destroy()
    },
  }
  return controller
}
