/** The timeline with its controls; writes the URL (selection: push, window: debounced replace). */
import { useCallback, useMemo, useRef, useState } from 'react'
import { isoFromDayNumber, type DatasetEvent } from '../../model'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../filters'
import { useLanguage } from '../../lib/i18n'
import { getUrlState, setUrlState, useUrlValue, type DayRange, type Grouping } from '../../lib/url-state'
import { OutsideCounts } from './OutsideCounts'
import type { TimelineController } from './timeline-adapter'
import { createLodIndex, dayWindow, EVENT_THRESHOLD, narrowWindow } from './level-of-detail'
import { countOutside, densestWindow, toDayNumber } from './timeline-window'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineView } from './TimelineView'
import { useT } from '../../lib/i18n'

export interface TimelinePaneProps {
  /** Called when Enter asks for the details of the selected event. */
  onOpen: (id: string) => void
}

/** All the events shown, with a little room on both sides: "fit" covers them, not only the items drawn. */
function fitWindow(events: readonly { start: string; end: string }[]): DayRange | undefined {
  const first = events[0]
  if (!first) return undefined
  let to = first.end
  for (const event of events) if (event.end > to) to = event.end
  const pad = Math.max(7, Math.round((toDayNumber(to) - toDayNumber(first.start)) * 0.03))
  return { from: isoFromDayNumber(toDayNumber(first.start) - pad), to: isoFromDayNumber(toDayNumber(to) + pad) }
}

/**
 * A large corpus opens on a page's worth of events: its densest stretch of this many starts, with at most
 * FIRST_VIEW_DRAWN drawn (long events reaching in count too). Zooming out shows more, then clusters.
 */
const FIRST_VIEW_STARTS = 60
const FIRST_VIEW_DRAWN = 90

/** The densest part of the corpus, narrowed until its events (long ones reaching in, too) are drawn as themselves. */
function firstView(events: readonly DatasetEvent[]): DayRange | null {
  const dense = densestWindow(events, 0.8, FIRST_VIEW_STARTS)
  if (!dense || events.length <= EVENT_THRESHOLD) return dense
  const narrowed = narrowWindow(createLodIndex(events), dayWindow(dense), FIRST_VIEW_DRAWN)
  return { from: isoFromDayNumber(narrowed.from), to: isoFromDayNumber(narrowed.to) }
}

export function TimelinePane({ onOpen }: TimelinePaneProps) {
  const { t } = useT()
  const { dataset } = useDataset()
  const { events } = useEventFilters()
  const lang = useLanguage()
  const grouping = useUrlValue('group')
  const selectedId = useUrlValue('event')
  const controller = useRef<TimelineController | null>(null)
  // The first view: the link's window, else where the events are dense (all events, not the filter).
  // A large corpus opens on its densest few hundred events, each drawn as itself; zooming out shows clusters.
  const [initialWindow] = useState<DayRange | null>(() => getUrlState().window ?? firstView(dataset.events))
  const [visible, setVisible] = useState<DayRange | null>(initialWindow)
  const outside = useMemo(() => (visible ? countOutside(events, visible) : { before: 0, after: 0 }), [events, visible])

  // Stable for the memoized toolbar: a filter or a selection re-renders it only through what it shows.
  const onZoom = useCallback((direction: 'in' | 'out') => controller.current?.zoom(direction), [])
  const onFit = useCallback(() => controller.current?.fit(fitWindow(events)), [events])
  const onGoToSelected = useCallback(() => selectedId !== null && controller.current?.focus(selectedId), [selectedId])
  const onGrouping = useCallback((group: Grouping | null) => setUrlState({ group }), [])

  function onRangeChanged(window: DayRange, byUser: boolean) {
    setVisible(window)
    if (byUser) setUrlState({ window }, 'replace-debounced')
  }

  return (
    <section className="timeline-pane">
      <TimelineToolbar
        grouping={grouping}
        hasSelection={selectedId !== null}
        onZoom={onZoom}
        onFit={onFit}
        onGoToSelected={onGoToSelected}
        onGrouping={onGrouping}
      />
      <OutsideCounts before={outside.before} after={outside.after} />
      <TimelineView
        events={events}
        topics={dataset.topics}
        kinds={dataset.kinds}
        lang={lang}
        grouping={grouping}
        selectedId={selectedId}
        initialWindow={initialWindow}
        onSelect={(id) => setUrlState({ event: id })}
        onOpen={onOpen}
        onRangeChanged={onRangeChanged}
        onController={(c) => {
          controller.current = c
        }}
      />
      <p id="timeline-keys" className="timeline-keys">
        {t('timeline.keys')}
      </p>
    </section>
  )
}
