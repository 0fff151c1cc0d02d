/** The timeline with its controls; writes the URL (selection: push, window: debounced replace). */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { compareIsoDays, type Dataset, type DatasetEvent } from '../../model'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../filters'
import { useLanguage } from '../../lib/i18n'
import {
  getUrlState,
  setShownWindow,
  setUrlState,
  useUrlValue,
  type DayRange,
  type Grouping,
} from '../../lib/url-state'
import type { TimelineController } from './timeline-adapter'
import { firstView } from './level-of-detail'

import { mainPart, outsideOf, paddedWindow } from './timeline-window'
import { TimelineFrame } from './TimelineFrame'
import { TimelineView } from './TimelineView'

export interface TimelinePaneProps {
  /** Called when Enter asks for the details of the selected event. */
  onOpen: (id: string) => void
}

/**
 * The events shown, with a little room on both sides: "fit" covers them, not only the items drawn; a few far-off
 * ones are left to the counts of events outside the window (mainPart).
 */
function fitWindow(events: readonly { start: string; end: string }[]): DayRange | undefined {
  const part = mainPart(events)
  return part ? paddedWindow(part) : undefined
}

/** Fewer than this many of a new set in view (all of them, if fewer): the window moves to the set. */
const FEW_IN_VIEW = 3

function inView(events: readonly DatasetEvent[], window: DayRange, enough: number): boolean {
  let count = 0
  for (const event of events) if (event.start <= window.to && event.end >= window.from && ++count >= enough) return true
  return false
}

const sameEvents = (a: readonly DatasetEvent[], b: readonly DatasetEvent[]) =>
  a === b || (a.length === b.length && a.every((event, i) => event === b[i]))

/** The first and last day of every event and period: the timeline never zooms out much beyond it. */
function dataSpan(dataset: Dataset): DayRange | null {
  let span: DayRange | null = null
  const take = (from: string, to: string) => {
    if (!span) span = { from, to }
    else {
      if (compareIsoDays(from, span.from) < 0) span.from = from
      if (compareIsoDays(to, span.to) > 0) span.to = to
    }
  }
  for (const event of dataset.events) take(event.start, event.end)
  for (const period of dataset.periods) take(period.startDay, period.endDay)
  return span
}

export function TimelinePane({ onOpen }: TimelinePaneProps) {
  const { dataset } = useDataset()
  const { events } = useEventFilters()
  const lang = useLanguage()
  const grouping = useUrlValue('group')
  const selectedId = useUrlValue('event')
  const controller = useRef<TimelineController | null>(null)
  const span = useMemo(() => dataSpan(dataset), [dataset])
  // The first view: the link's window, else where the events are dense (all events, not the filter).
  // A large corpus opens on its densest few hundred events, each drawn as itself; zooming out shows clusters.
  const [linkWindow] = useState(() => getUrlState().window !== null)
  const [initialWindow] = useState<DayRange | null>(() => getUrlState().window ?? firstView(dataset.events))
  const [visible, setVisible] = useState<DayRange | null>(initialWindow)
  const outside = useMemo(() => (visible ? outsideOf(events, visible) : { before: [], after: [] }), [events, visible])
  // The set the window last followed: a link with a window keeps it; otherwise the first set is followed too.
  const followed = useRef<readonly DatasetEvent[] | null>(getUrlState().window ? events : null)
  // Where the window was before it followed a set, and the set it showed: clearing a search goes back there,
  // unless the user has moved the window since.
  const returnTo = useRef<{ events: readonly DatasetEvent[]; window: DayRange } | null>(null)

  useEffect(
    function showANewSet() {
      const previous = followed.current
      followed.current = events
      if ((previous && sameEvents(previous, events)) || events.length === 0 || !visible) return
      const back = returnTo.current
      if (back && sameEvents(back.events, events)) {
        returnTo.current = null
        controller.current?.show(back.window)
        return
      }
      // A selection in the set is brought into view by the timeline itself.
      if (selectedId !== null && events.some((event) => event.id === selectedId)) return
      if (inView(events, visible, Math.min(FEW_IN_VIEW, events.length))) return
      const target = fitWindow(events)
      if (!target) return
      // The first move of a run of them (each keystroke of a search) remembers where it started.
      returnTo.current ??= previous ? { events: previous, window: visible } : null
      controller.current?.show(target)
      // The link's window no longer shows its events: without one, the link opens on them again.
      if (getUrlState().window) setUrlState({ window: null }, 'replace')
    },
    // Only a new set moves the window: the user's pan and zoom (visible) are read, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- visible and selectedId are read, not followed
    [events],
  )

  // Stable for the memoized toolbar: a filter or a selection re-renders it only through what it shows.
  const onZoom = useCallback((direction: 'in' | 'out') => controller.current?.zoom(direction), [])
  const onFit = useCallback(() => controller.current?.fit(fitWindow(events)), [events])
  const onBefore = useCallback(() => {
    const target = fitWindow(outside.before)
    if (target) controller.current?.fit(target)
  }, [outside.before])
  const onAfter = useCallback(() => {
    const target = fitWindow(outside.after)
    if (target) controller.current?.fit(target)
  }, [outside.after])
  const onGoToSelected = useCallback(() => selectedId !== null && controller.current?.focus(selectedId), [selectedId])
  const onGrouping = useCallback((group: Grouping | null) => setUrlState({ group }), [])

  function onRangeChanged(window: DayRange, byUser: boolean) {
    setVisible(window)
    setShownWindow(window)
    if (byUser) returnTo.current = null
    if (byUser) setUrlState({ window }, 'replace-debounced')
  }

  useEffect(function forgetWindowWhenGone() {
    return function forget() {
      setShownWindow(null)
    }
  }, [])

  return (
    <TimelineFrame
      grouping={grouping}
      hasSelection={selectedId !== null}
      outside={outside}
      actions={{ onZoom, onFit, onGoToSelected, onGrouping, onBefore, onAfter }}
    >
      <TimelineView
        events={events}
        topics={dataset.topics}
        kinds={dataset.kinds}
        lang={lang}
        periods={dataset.periods}
        span={span}
        grouping={grouping}
        selectedId={selectedId}
        initialWindow={initialWindow}
        keepInitialWindow={linkWindow}
        onSelect={(id) => setUrlState({ event: id })}
        onOpen={onOpen}
        onRangeChanged={onRangeChanged}
        onController={(c) => {
          controller.current = c
        }}
      />
    </TimelineFrame>
  )
}
