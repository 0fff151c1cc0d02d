/**
 * The selected event's details: a complementary landmark named by the title.
 * Esc closes it and focus returns to where it was before it entered the panel.
 */
import { useEffect, useId, useRef, type FocusEvent, type Ref } from 'react'
import type { DatasetEvent } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { useKeydown } from '../../lib/keys'
import { EventDate } from './EventDate'
import { EventFacts } from './EventFacts'
import { EventStatus } from './EventStatus'
import { EventText } from './EventText'
import { PanelNavigation } from './PanelNavigation'
import { LinkSources, MediaList } from './LinkSources'
import { SourceList } from './SourceList'
import { useT } from '../../lib/i18n'

export interface DetailPanelProps {
  event: DatasetEvent
  /** The events the user is browsing (the current filter), for previous / next. */
  events: readonly DatasetEvent[]
  onSelect: (id: string) => void
  onClose: () => void
  headingRef?: Ref<HTMLHeadingElement>
  /** Russian and English side by side (`bi=1`). */
  bilingual?: boolean
  /** From the search: matched words are marked. */
  match?: WordMatcher | null
}

export function DetailPanel(props: DetailPanelProps) {
  const { event, events, onSelect, onClose, headingRef, bilingual = false, match = null } = props
  const { t } = useT()
  const { dataset } = useDataset()
  const lang = useLanguage()
  const headingId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const returnTo = useRef<Element | null>(null)

  function close() {
    const target = returnTo.current
    onClose()
    const fallback = document.querySelector<HTMLElement>('.timeline[tabindex]')
    if (target instanceof HTMLElement && target.isConnected) target.focus()
    else fallback?.focus()
  }

  useEffect(function rememberFocusOnOpen() {
    returnTo.current = document.activeElement
  }, [])

  useKeydown(
    'dialog',
    (e) => {
      if (e.key === 'Escape') close()
    },
    { typing: true, modified: true },
  )

  function onFocus(e: FocusEvent<HTMLElement>) {
    const from = e.relatedTarget
    if (from instanceof Element && !panelRef.current?.contains(from)) returnTo.current = from
  }

  return (
    <aside
      ref={panelRef}
      className={bilingual ? 'detail-panel detail-panel--bilingual' : 'detail-panel'}
      aria-labelledby={headingId}
      onFocus={onFocus}
    >
      <div className="detail-panel__bar">
        <PanelNavigation event={event} events={events} onSelect={onSelect} />
        <button type="button" className="detail-panel__close" onClick={close} aria-label={t('panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <EventText
        event={event}
        lang={lang}
        bilingual={bilingual}
        match={match}
        headingId={headingId}
        headingRef={headingRef}
      >
        <div className="event-meta">
          <EventDate event={event} lang={lang} />
          <EventStatus event={event} lang={lang} buildDate={dataset.meta.buildDate} />
        </div>
      </EventText>
      <EventFacts event={event} lang={lang} />
      <MediaList event={event} lang={lang} />
      {event.sources.length > 0 && <SourceList event={event} lang={lang} match={match} />}
      <LinkSources event={event} lang={lang} />
    </aside>
  )
}
