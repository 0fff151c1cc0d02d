import type { Ref } from 'react'
import { formatDate, htmlDateTime, type DatasetEvent, type Language } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import { useT } from '../../lib/i18n'
import { Highlighted } from '../../lib/highlight'
import { MatchReasons, type MatchExplainer } from '../search'

/** What every entry of a list shares. */
export interface EntryContext {
  lang: Language
  /** From `useSearch().match`: highlights matched words in titles; null: none. */
  match: WordMatcher | null
  /** From `useSearch().explain`: says where the search matched and marks this event's own matches. */
  explain: MatchExplainer | null
  topicLabels: ReadonlyMap<string, string>
  onOpen: (id: string) => void
}

export interface EventEntryProps {
  event: DatasetEvent
  list: EntryContext
  selected: boolean
  /** Roving tabindex: only the active entry is in the tab order. */
  active: boolean
  buttonRef?: Ref<HTMLButtonElement>
  onFocus: () => void
}

/** One entry: a button (date, title, where the search matched, topics, status) that opens the event's panel. */
export function EventEntry({ event, list, selected, active, buttonRef, onFocus }: EventEntryProps) {
  const { lang, match, explain, topicLabels, onOpen } = list
  const { t } = useT()
  const why = explain?.(event)
  return (
    <button
      type="button"
      ref={buttonRef}
      className="event-entry"
      tabIndex={active ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
      onClick={() => onOpen(event.id)}
      onFocus={onFocus}
    >
      <time className="event-entry-date" dateTime={htmlDateTime(event.date)} data-value={event.date}>
        {formatDate(event.date, lang, { approx: event.approx })}
      </time>{' '}
      <span className="event-entry-title">
        <Highlighted text={event.title[lang]} match={why ? why.match : match} />
      </span>{' '}
      {why && <MatchReasons reasons={why.reasons} lang={lang} className="event-entry-why" />}{' '}
      <span className="event-entry-topics">
        {event.topics.map((topic) => topicLabels.get(topic) ?? topic).join(', ')}
      </span>{' '}
      <span className={`event-entry-status status-${event.status}`}>{t(`features.list.${event.status}`)}</span>
    </button>
  )
}
