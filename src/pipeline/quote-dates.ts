/**
 * A curated event's date is what the tagger reads in its own quotes: when the tagger finds dated expressions
 * inside a quote, one of them is the event's date, unless the source carries a `dateNote` saying why not (the
 * quote names a coarser period, or another event's date). The exception lives in the data, beside its source, so a
 * curator's correct merge is checked by `--strict` and no table in the tests has to follow it.
 */
import { dateInterval, parseDate } from '../model/date'
import { isLinkSource, type BuiltSource, type EventInput } from '../model/schema'
import type { DetectedExpression } from './coverage'
import type { Problems } from './problems'
import type { Located } from './vocabularies'

/** The values of the dated expressions that lie inside a quote's span. */
export function datesInQuote(expressions: readonly DetectedExpression[], quote: { start: number; end: number }) {
  return expressions
    .filter((e) => e.value !== null && e.start >= quote.start && e.end <= quote.end)
    .map((e) => e.value as string)
}

/** Whether the interval of `outer` holds that of `inner`. */
export function holds(outer: string, inner: string): boolean {
  const o = parseDate(outer)
  const i = parseDate(inner)
  if (!o.ok || !i.ok) return false
  const oi = dateInterval(o.date)
  const ii = dateInterval(i.date)
  return oi.start <= ii.start && oi.end >= ii.end
}

export function checkQuoteDates(
  events: readonly Located<EventInput>[],
  resolved: ReadonlyMap<string, readonly BuiltSource[]>,
  expressionsOf: (document: string) => readonly DetectedExpression[],
  problems: Problems,
): void {
  for (const { value: event, file, path } of events) {
    const built = resolved.get(event.id)
    if (!built) continue
    let quote = 0
    event.sources.forEach((source, i) => {
      if (isLinkSource(source)) return
      const span = built[quote++]
      if (!span) return
      const values = datesInQuote(expressionsOf(source.document), span)
      const note = source.dateNote
      const report = (field: readonly PropertyKey[], message: string) => {
        const at = [...path, 'sources', i, ...field]
        problems.warning(file.file, message, { path: at, line: file.lineOf(at) })
      }
      if (!note) {
        if (values.length > 0 && !values.includes(event.date)) {
          report(
            ['quote'],
            `the quote's dates (${values.join(', ')}) do not include the event's date ${event.date}: correct the date, or add dateNote: { reason: ... } to this source`,
          )
        }
        return
      }
      if (values.includes(event.date)) {
        report(['dateNote'], `stale dateNote: the quote's dates include the event's date ${event.date}; remove it`)
      } else if (note.coarser && !values.some((value) => holds(value, event.date))) {
        report(
          ['dateNote', 'coarser'],
          `dateNote says coarser, but no date in the quote (${values.join(', ') || 'none'}) holds ${event.date}`,
        )
      }
    })
  }
}
