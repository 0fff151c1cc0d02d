/** CSV (RFC 4180) of events in both languages, safe to open in a spreadsheet. */
import { formatDate, type Dataset, type DatasetEvent, type Language } from '../../model'
import { localizedNames } from './names'

const COLUMNS = [
  'id',
  'date',
  'date_en',
  'date_ru',
  'start',
  'end',
  'approx',
  'status',
  'kind',
  'title_en',
  'title_ru',
  'summary_en',
  'summary_ru',
  'topics_en',
  'topics_ru',
  'people_en',
  'people_ru',
  'places_en',
  'places_ru',
  'sources',
] as const

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, tab, carriage return)
 * is prefixed with an apostrophe, so it is shown as text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe
}

function row(event: DatasetEvent, dataset: Dataset): string[] {
  const names = (lang: Language) => localizedNames(event, dataset, lang)
  const en = names('en')
  const ru = names('ru')
  return [
    event.id,
    event.date,
    formatDate(event.date, 'en', { approx: event.approx }),
    formatDate(event.date, 'ru', { approx: event.approx }),
    event.start,
    event.end,
    String(event.approx),
    event.status,
    event.kind,
    event.title.en,
    event.title.ru,
    event.summary.en,
    event.summary.ru,
    en.topics.join('; '),
    ru.topics.join('; '),
    en.people.join('; '),
    ru.people.join('; '),
    en.places.join('; '),
    ru.places.join('; '),
    event.sources.map((source) => `${source.document}: ${source.quote}`).join('\n'),
  ]
}

/** A header line and one line per event, CRLF line ends, in the order given. */
export function toCsv(events: readonly DatasetEvent[], dataset: Dataset): string {
  const lines = [COLUMNS as readonly string[], ...events.map((event) => row(event, dataset))]
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
