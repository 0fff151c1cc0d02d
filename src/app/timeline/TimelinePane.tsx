/** The timeline with its controls; writes the URL (selection: push, window: debounced replace). */
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data'
import { useEventFilters } from '../filters'
import { useLanguage } from '../i18n'
import { setUrlState, useUrlState, type DayRange } from '../url-state'
import { OutsideCounts } from './OutsideCounts'
import type { TimelineController } from './timeline-adapter'
import { countOutside, densestWindow } from './timeline-window'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineView } from './TimelineView'

export interface TimelinePaneProps {
  /** Called when Enter asks for the details of the selected event. */
  onOpen: (id: string) => void
}

export function TimelinePane({ onOpen }: TimelinePaneProps) {
  const { t } = useTranslation()
  const { dataset } = useDataset()
  const { events } = useEventFilters()
  const lang = useLanguage()
  const url = useUrlState()
  const controller = useRef<TimelineController | null>(null)
  // The first view: the link's window, else where the events are dense (all events, not the filter).
  const [initialWindow] = useState<DayRange | null>(() => url.window ?? densestWindow(dataset.events))
  const [visible, setVisible] = useState<DayRange | null>(initialWindow)
  const outside = useMemo(() => (visible ? countOutside(events, visible) : { before: 0, after: 0 }), [events, visible])

  function onRangeChanged(window: DayRange, byUser: boolean) {
    setVisible(window)
    if (byUser) setUrlState({ window }, 'replace-debounced')
  }

  return (
    <section className="timeline-pane">
      <TimelineToolbar
        grouping={url.group}
        hasSelection={url.event !== null}
        onZoom={(direction) => controller.current?.zoom(direction)}
        onFit={() => controller.current?.fit()}
        onGoToSelected={() => url.event !== null && controller.current?.focus(url.event)}
        onGrouping={(group) => setUrlState({ group })}
      />
      <OutsideCounts before={outside.before} after={outside.after} />
      <TimelineView
        events={events}
        topics={dataset.topics}
        lang={lang}
        grouping={url.group}
        selectedId={url.event}
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
