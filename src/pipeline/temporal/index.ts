/**
 * Temporal expressions in a document's text, resolved against the document's date
 * into the dataset's date grammar (src/model/date). First version: plain chrono-node.
 */
import * as chrono from 'chrono-node'
import { dateInterval, parseDate, type Precision } from '../../model/date'
import { isoDay } from '../../model/date/calendar'

export interface TemporalExpression {
  text: string
  /** UTF-16 offsets into the text, end exclusive. */
  start: number
  end: number
  value: string | null
  precision: Precision | null
  interval: [string, string] | null
}

export interface DetectOptions {
  language: 'ru' | 'en'
  /** The document's date, YYYY-MM-DD. */
  documentDate: string
}

export function referenceInstant(documentDate: string): Date {
  return new Date(`${documentDate}T12:00:00Z`)
}

export function detectTemporalExpressions(text: string, options: DetectOptions): TemporalExpression[] {
  const parser = options.language === 'ru' ? chrono.ru : chrono.en
  const results = parser.parse(text, { instant: referenceInstant(options.documentDate), timezone: 0 })
  return results.map((r) => {
    const year = r.start.get('year')
    const month = r.start.get('month')
    const day = r.start.get('day')
    let value: string | null = null
    if (year !== null && month !== null && day !== null) {
      if (r.start.isCertain('day')) value = isoDay(year, month, day)
      else if (r.start.isCertain('month')) value = isoDay(year, month, 1).slice(0, 7)
      else if (r.start.isCertain('year')) value = String(year)
    }
    const parsed = value === null ? null : parseDate(value)
    if (parsed === null || !parsed.ok) {
      return {
        text: r.text,
        start: r.index,
        end: r.index + r.text.length,
        value: null,
        precision: null,
        interval: null,
      }
    }
    const interval = dateInterval(parsed.date)
    return {
      text: r.text,
      start: r.index,
      end: r.index + r.text.length,
      value,
      precision: parsed.date.kind,
      interval: [interval.start, interval.end],
    }
  })
}
