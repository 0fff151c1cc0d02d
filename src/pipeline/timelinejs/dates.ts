/**
 * TimelineJS3 date objects (`{ year, month?, day?, hour?, … }`, parts as numbers or strings, `""` absent) to a
 * value of our date grammar, at the precision the slide gives: a year, a month or a day. A time of day is
 * kept at day precision (the grammar has no hours; the report says so). A year before 1 is kept at year
 * precision (-300 → -0300, 300 BC). What the grammar cannot hold — year 0, deep time before what a browser date
 * holds, a BC month or day, after 9999, a day that does not exist — is refused with the reason, never rounded.
 */
import { parseDate } from '../../model/date'
import { EARLIEST_YEAR } from '../../model/date/parse'

export type DateParts = Record<string, unknown>

export type DateResult = { ok: true; value: string; timeDropped: boolean } | { ok: false; reason: string }

const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond']

export function tljsDateToValue(parts: DateParts): DateResult {
  const year = part(parts, 'year')
  const month = part(parts, 'month')
  const day = part(parts, 'day')
  if (year === undefined) return { ok: false, reason: 'no year' }
  if (Number.isNaN(year) || Number.isNaN(month ?? 0) || Number.isNaN(day ?? 0))
    return { ok: false, reason: `not a number in ${JSON.stringify(parts)}` }
  if (year === 0)
    return { ok: false, reason: 'year 0 does not exist: the year before 1 is -1 (1 BC, as TimelineJS3 shows it)' }
  if (year < EARLIEST_YEAR)
    return {
      ok: false,
      reason: `year ${year} is deep time, before ${EARLIEST_YEAR}, the earliest year a browser date can hold`,
    }
  if (year < 0 && (month !== undefined || day !== undefined))
    return { ok: false, reason: `year ${year} with a month or day: a year before 1 is held at year precision only` }
  if (year > 9999) return { ok: false, reason: `year ${year} is after 9999, the last year the date grammar holds` }
  if (day !== undefined && month === undefined) return { ok: false, reason: 'a day without a month' }
  // A negative TimelineJS3 year is shown by it as that many years BC: the grammar's historical -YYYY.
  let value = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0')
  if (month !== undefined) value += `-${String(month).padStart(2, '0')}`
  if (day !== undefined) value += `-${String(day).padStart(2, '0')}`
  const parsed = parseDate(value)
  if (!parsed.ok) return { ok: false, reason: `${value}: ${parsed.error}` }
  const timeDropped = TIME_PARTS.some((name) => part(parts, name) !== undefined)
  return { ok: true, value, timeDropped }
}

/** A date part as a number; `undefined` when absent or `""`; NaN when it is not a whole number. */
function part(parts: DateParts, name: string): number | undefined {
  const raw = parts[name]
  if (raw === undefined || raw === null || raw === '') return undefined
  const text = String(raw).trim()
  if (text === '') return undefined
  return /^[-+]?\d+$/.test(text) ? Number(text) : Number.NaN
}
