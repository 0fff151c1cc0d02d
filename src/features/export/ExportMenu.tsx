/** Buttons that save the events shown (current filters and search) as CSV, JSON or an iCalendar file. */
import type { Dataset, DatasetEvent, Language } from '../../model'
import { toTimelineJs } from '../../model/timelinejs'
import { toCsv } from './csv'
import { downloadText } from './download'
import { isDayPrecise, toICalendar } from './icalendar'
import { toJson } from './json'
import { useT } from '../../lib/i18n'

export interface ExportMenuProps {
  events: readonly DatasetEvent[]
  dataset: Dataset
  lang: Language
}

const BASE_NAME = 'timeline-events'

// Parsing every event's date on each render cost ~60 ms at 10,000 events (issue 8): once per date, which events
// share (a cache per event object held 100,000 entries at 100,000 events).
const dayPrecise = new Map<string, boolean>()
function isDayPreciseCached(event: DatasetEvent): boolean {
  let precise = dayPrecise.get(event.date)
  if (precise === undefined) dayPrecise.set(event.date, (precise = isDayPrecise(event)))
  return precise
}

export function ExportMenu({ events, dataset, lang }: ExportMenuProps) {
  const { t } = useT()
  const dayEvents = events.filter(isDayPreciseCached)
  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        title={t('export.csvHint', { count: events.length })}
        disabled={events.length === 0}
        // A byte order mark, so spreadsheet programs read the Cyrillic as UTF-8.
        onClick={() => downloadText(`${BASE_NAME}.csv`, `\uFEFF${toCsv(events, dataset)}`, 'text/csv;charset=utf-8')}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        title={t('export.jsonHint', { count: events.length })}
        disabled={events.length === 0}
        onClick={() => downloadText(`${BASE_NAME}.json`, toJson(events, dataset), 'application/json')}
      >
        {t('export.json')}
      </button>
      <button
        type="button"
        title={t('export.tljsHint', { count: events.length })}
        disabled={events.length === 0}
        onClick={() =>
          downloadText(
            `${BASE_NAME}.timelinejs.${lang}.json`,
            JSON.stringify(toTimelineJs(dataset, events, lang), null, 2),
            'application/json',
          )
        }
      >
        {t('export.tljs')}
      </button>
      <button
        type="button"
        title={dayEvents.length === 0 ? t('export.icsNone') : t('export.icsHint', { count: dayEvents.length })}
        disabled={dayEvents.length === 0}
        onClick={() => downloadText(`${BASE_NAME}.ics`, toICalendar(dayEvents, lang), 'text/calendar;charset=utf-8')}
      >
        {t('export.ics')}
      </button>
    </div>
  )
}
