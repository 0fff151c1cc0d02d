/** Buttons that save the events shown (current filters and search) as CSV, JSON or an iCalendar file. */
import type { Dataset, DatasetEvent, Language } from '../../model'
import { toTimelineJs } from '../../model/timelinejs'
import { toCsv } from './csv'
import { downloadText } from './download'
import { isDayPrecise, toICalendar } from './icalendar'
import { toJson } from './json'
import { useT, type UiKey } from '../../lib/i18n'

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

interface ExportFormat {
  /** Its button's label and hint: `export.<id>`, `export.<id>Hint`. */
  id: 'csv' | 'json' | 'tljs' | 'ics'
  extension: (lang: Language) => string
  type: string
  text: (events: readonly DatasetEvent[], dataset: Dataset, lang: Language) => string
  /** Only day-precise events (a calendar entry is a day), and the hint when there are none. */
  dayPrecise?: { none: UiKey }
}

const FORMATS: readonly ExportFormat[] = [
  // A byte order mark, so spreadsheet programs read the Cyrillic as UTF-8.
  {
    id: 'csv',
    extension: () => 'csv',
    type: 'text/csv;charset=utf-8',
    text: (events, dataset) => `\uFEFF${toCsv(events, dataset)}`,
  },
  { id: 'json', extension: () => 'json', type: 'application/json', text: toJson },
  {
    id: 'tljs',
    extension: (lang) => `timelinejs.${lang}.json`,
    type: 'application/json',
    text: (events, dataset, lang) => JSON.stringify(toTimelineJs(dataset, events, lang), null, 2),
  },
  {
    id: 'ics',
    extension: () => 'ics',
    type: 'text/calendar;charset=utf-8',
    text: (events, _dataset, lang) => toICalendar(events, lang),
    dayPrecise: { none: 'export.icsNone' },
  },
]

export function ExportMenu({ events, dataset, lang }: ExportMenuProps) {
  const { t } = useT()
  const dayEvents = events.filter(isDayPreciseCached)
  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      {FORMATS.map(({ id, extension, type, text, dayPrecise }) => {
        const saved = dayPrecise ? dayEvents : events
        const title =
          dayPrecise && saved.length === 0 ? t(dayPrecise.none) : t(`export.${id}Hint`, { count: saved.length })
        return (
          <button
            key={id}
            type="button"
            title={title}
            disabled={saved.length === 0}
            onClick={() => downloadText(`${BASE_NAME}.${extension(lang)}`, text(saved, dataset, lang), type)}
          >
            {t(`export.${id}`)}
          </button>
        )
      })}
    </div>
  )
}
