import type { Ref } from 'react'
import { formatDate, htmlDateTime, type DatasetEvent, type Language } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import { useT } from '../../lib/i18n'
import { Highlighted } from '../../lib/highlight'

export interface EventEntryProps {
  event: DatasetEvent
  lang: Language
  /** From `useSearch().match`: highlights matched words in titles; null: none. */
  match: WordMatcher | null
  topicLabels: ReadonlyMap<string, string>
  selected: boolean
  /** Roving tabindex: only the active entry is in the tab order. */
  active: boolean
  buttonRef?: Ref<HTMLButtonElement>
  onOpen: (id: string) => void
  onFocus: () => void
}

/** One entry: a button (date, title, topics, status) that opens the event's panel. */
export function EventEntry({
  event,
  lang,
  match,
  topicLabels,
  selected,
  active,
  buttonRef,
  onOpen,
  onFocus,
}: EventEntryProps) {
  const { t } = useT()
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
        <Highlighted text={event.title[lang]} match={match} />
      </span>{' '}
      <span className="event-entry-topics">
        {event.topics.map((topic) => topicLabels.get(topic) ?? topic).join(', ')}
      </span>{' '}
      <span className={`event-entry-status status-${event.status}`}>{t(`features.list.${event.status}`)}</span>
    </button>
  )
}
