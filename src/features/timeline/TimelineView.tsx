/** The one React wrapper around vis-timeline: created once, synced in place, destroyed on unmount. */
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Dataset, DatasetEvent, DatasetKind, Language, Topic } from '../../model'
import type { DayRange, Grouping } from '../../lib/url-state'
import { isoFromDayNumber } from '../../model'
import {
  createLodIndex,
  dayWindow,
  EVENT_THRESHOLD,
  inWindow,
  levelOfDetail,
  windowForEvent,
  type DayWindow,
} from './level-of-detail'
import { createTimeline, type TimelineController } from './timeline-adapter'
import { groupOf, itemsOfEvent, toClusterItem, toTimelineGroups } from './timeline-items'
import { toDayNumber } from './timeline-window'
import { periodBands } from './period-bands'
import { useT } from '../../lib/i18n'
import { showPrerenderedPicture } from '../../lib/takeover'

const isCluster = (id: string) => id.startsWith('cluster:')
const NO_PERIODS: Dataset['periods'] = []
const toDayRange = (window: DayWindow): DayRange => ({
  from: isoFromDayNumber(window.from),
  to: isoFromDayNumber(window.to),
})

/** The span of all the events, for "fit" and for the view when no window was given. */
function extent(events: readonly DatasetEvent[]): DayRange | null {
  const first = events[0]
  if (!first) return null
  let to = first.end
  for (const event of events) if (event.end > to) to = event.end
  return { from: first.start, to }
}

export interface TimelineViewProps {
  events: readonly DatasetEvent[]
  topics: readonly Topic[]
  /** The event kinds of the data folder (kinds.yaml), for the group labels. */
  kinds?: readonly DatasetKind[]
  lang: Language
  /** The periods drawn as bands behind the events (all of them, whatever the filters). */
  periods?: Dataset['periods']
  /** The days the whole data covers: how far out the timeline zooms. */
  span?: DayRange | null
  grouping: Grouping | null
  selectedId: string | null
  /** The window to open with (from the link, or the dense first view). Read once. */
  initialWindow: DayRange | null
  /** The first window is the link's own: a selection outside it is not brought into view until asked. */
  keepInitialWindow: boolean
  onSelect: (id: string | null) => void
  onOpen: (id: string) => void
  onRangeChanged: (window: DayRange, byUser: boolean) => void
  /** Gives the parent the controller for its buttons; null after destroy. */
  onController: (controller: TimelineController | null) => void
}

/** Hands each new `value` to `apply`, but not the first: the timeline was created with it. */
function useLaterValues<T>(value: T, apply: (value: T) => void) {
  const createdWith = useRef(value)
  const applyLater = useEffectEvent(apply)
  useEffect(
    function syncLaterValue() {
      if (createdWith.current === value) return
      createdWith.current = value
      applyLater(value)
    },
    [value],
  )
}

export function TimelineView(props: TimelineViewProps) {
  const { events, topics, kinds, lang, grouping, selectedId, periods = NO_PERIODS, span = null } = props
  const { t } = useT()
  const bands = useMemo(() => periodBands(periods, lang, t('timeline.period')), [periods, lang, t])
  const containerRef = useRef<HTMLDivElement>(null)
  const controllerRef = useRef<TimelineController | null>(null)
  // The visible window as vis-timeline last reported it: what the level of detail is computed for.
  const [view, setView] = useState<DayWindow | null>(() =>
    props.initialWindow ? dayWindow(props.initialWindow) : null,
  )
  const index = useMemo(() => createLodIndex(events), [events])
  const selected = useMemo(
    () => (selectedId === null ? null : (events.find((event) => event.id === selectedId) ?? null)),
    [events, selectedId],
  )
  const lod = useMemo(() => {
    // The extent is a pass over every event: only for the first window, not on every frame of a pan.
    const all = view ? null : extent(index.events)
    const window = view ?? (all ? dayWindow(all) : { from: 0, to: 0 })
    return levelOfDetail(index, window, (event) => groupOf(event, grouping))
  }, [index, view, grouping])
  const items = useMemo(() => {
    const shown = lod.events.flatMap((event) => itemsOfEvent(event, lang, grouping))
    // The selection is always drawn as itself, so vis-timeline can mark and focus it.
    if (selected && !lod.events.includes(selected)) shown.push(...itemsOfEvent(selected, lang, grouping))
    if (lod.mode === 'clusters') for (const cluster of lod.clusters) shown.push(toClusterItem(cluster, lang))
    return shown
  }, [lod, selected, lang, grouping])
  const groups = useMemo(
    () =>
      toTimelineGroups(
        events,
        topics,
        grouping,
        lang,
        (kind) => kinds?.find((k) => k.id === kind)?.label[lang] ?? kind,
      ),
    [events, topics, kinds, grouping, lang],
  )

  const frame = useRef(0)
  // The selection last brought into view; undefined until the first one is synced.
  const revealed = useRef<string | null | undefined>(undefined)
  const onSelect = useEffectEvent((id: string | null) => {
    if (id === null || !isCluster(id)) {
      // Clicked on screen: already in view (a day's text may show while its dot is just outside the window).
      revealed.current = id
      return props.onSelect(id)
    }
    // A cluster is not selectable: it opens into its time range, and the selection stays as it was.
    const item = items.find((candidate) => candidate.id === id)
    controllerRef.current?.setSelection(selectedId)
    if (item?.end) controllerRef.current?.fit({ from: item.start, to: item.end })
  })
  const onRangeChanged = useEffectEvent((window: DayRange, byUser: boolean) => {
    // One level-of-detail pass per frame, however many range events vis-timeline sends.
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => setView(dayWindow(window)))
    props.onRangeChanged(window, byUser)
  })
  // vis-timeline first fits and draws every item it is created with: only those in the first window; the margin
  // comes with the first range change, off screen.
  const initial = useEffectEvent(() => ({
    items:
      view && index.events.length > EVENT_THRESHOLD
        ? items.filter((item) => toDayNumber(item.start) <= view.to && toDayNumber(item.end ?? item.start) >= view.from)
        : items,
    groups,
    lang,
    window: props.initialWindow,
    periods: bands,
    span,
  }))
  const announce = useEffectEvent((controller: TimelineController | null) => props.onController(controller))

  // Before the first paint: the shell is laid out and painted once, with the timeline in it, not once without.
  // Taking over the prerendered first view, its picture of the timeline stays in the box while the timeline is
  // created behind it in tasks of its own (the app's first commit, vis-timeline's creation, its first window and
  // items), then gives way to it: together they were long tasks at the start (ADR 0024).
  useLayoutEffect(function createTimelineOnce() {
    const container = containerRef.current
    if (!container) return
    let controller: TimelineController | null = null
    const takeOutPicture = showPrerenderedPicture(container)
    const create = () => {
      const onFirstWindow = takeOutPicture ? () => takeOutPicture(true) : undefined
      controller = createTimeline(container, { ...initial(), events: { onSelect, onRangeChanged }, onFirstWindow })
      controllerRef.current = controller
      announce(controller)
    }
    const task = takeOutPicture ? setTimeout(create, 0) : undefined
    if (!takeOutPicture) create()
    return function destroyTimeline() {
      clearTimeout(task)
      takeOutPicture?.(false)
      if (!controller) return
      announce(null)
      cancelAnimationFrame(frame.current)
      revealed.current = undefined
      controllerRef.current = null
      controller.destroy()
    }
  }, [])

  useEffect(
    function syncItems() {
      controllerRef.current?.setData(items, groups)
    },
    [items, groups],
  )

  useLaterValues(bands, (later) => controllerRef.current?.setPeriods(later))
  useLaterValues(span, (later) => controllerRef.current?.setSpan(later))

  // A new language redraws the whole timeline: not for the one it was created in (at takeover this effect may
  // run after the creation, a redraw of ~50 ms on a phone for nothing).
  useLaterValues(lang, (later) => controllerRef.current?.setLanguage(later))

  useEffect(
    function syncSelection() {
      controllerRef.current?.setSelection(selectedId)
      if (selectedId === null || !selected) {
        revealed.current = null
        return
      }
      // Once per selection: a later pan or zoom away from it is the user's.
      if (revealed.current === selectedId) return
      const first = revealed.current === undefined
      revealed.current = selectedId
      if (first && props.keepInitialWindow) return
      // Among clusters, or out of sight: move (and zoom) to where the selection is drawn with its neighbours.
      const needsMove = lod.mode === 'clusters' || (view !== null && !inWindow(selected, view))
      const width = view ? view.to - view.from : 365
      const target = needsMove ? toDayRange(windowForEvent(index, selected, width)) : undefined
      controllerRef.current?.reveal(selectedId, target)
    },
    // Not on every view change: only a new selection (or new items for it) moves the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view is read, not followed
    [selectedId, items],
  )

  function step(delta: 1 | -1) {
    if (events.length === 0) return
    const index = events.findIndex((event) => event.id === selectedId)
    const next = index === -1 ? (delta === 1 ? 0 : events.length - 1) : index + delta
    const event = events[Math.min(Math.max(next, 0), events.length - 1)]
    if (event) props.onSelect(event.id)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return
    const actions: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      '+': () => controllerRef.current?.zoom('in'),
      '=': () => controllerRef.current?.zoom('in'),
      '-': () => controllerRef.current?.zoom('out'),
      Enter: () => selectedId !== null && props.onOpen(selectedId),
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    <div
      ref={containerRef}
      className="timeline"
      role="region"
      aria-label={t('timeline.region')}
      aria-describedby="timeline-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  )
}
