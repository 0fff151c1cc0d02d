/** Plain chrono-node, with the simplest mapping to the date grammar: the baseline the eval compares against. */
import * as chrono from 'chrono-node'
import type { DetectOptions, TemporalExpression } from '../../src/pipeline/temporal'
import { referenceInstant } from '../../src/pipeline/temporal'
import { dateInterval, parseDate } from '../../src/model/date'
import { dayValue, monthValue } from '../../src/pipeline/temporal/resolve'

export function plainChrono(text: string, options: DetectOptions): TemporalExpression[] {
  const parser = options.language === 'ru' ? chrono.ru : chrono.en
  const results = parser.parse(text, { instant: referenceInstant(options.documentDate), timezone: 0 })
  return results.map((r) => {
    const year = r.start.get('year')
    const month = r.start.get('month')
    const day = r.start.get('day')
    let value: string | null = null
    if (year !== null && month !== null && day !== null) {
      if (r.start.isCertain('day') || r.start.isCertain('weekday')) value = dayValue(year, month, day)
      else if (r.start.isCertain('month')) value = monthValue(year, month)
      else if (r.start.isCertain('year')) value = String(year)
    }
    const parsed = value === null ? null : parseDate(value)
    const interval = parsed?.ok ? dateInterval(parsed.date) : null
    return {
      text: r.text,
      start: r.index,
      end: r.index + r.text.length,
      value: parsed?.ok ? value : null,
      precision: parsed?.ok ? parsed.date.kind : null,
      interval: interval ? [interval.start, interval.end] : null,
      rule: 'chrono',
    }
  })
}
