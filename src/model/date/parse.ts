/** Parse and serialize the date string. `parseDate` never throws. */
import { daysInMonth, isoWeeksInYear } from './calendar'
import type { ParseResult, PartialDate, SingleDate } from './types'
import { dateInterval } from './interval'
import { compareIsoDays } from './calendar'

const SINGLE_PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => SingleDate | string][] = [
  [/^(\d{4})$/, (m) => ({ kind: 'year', year: Number(m[1]) })],
  // Four digits, or five or six without a leading zero: one canonical text per year.
  [/^-(\d{4}|[1-9]\d{4,5})$/, (m) => yearBc(Number(m[1]))],
  [/^(\d{4})-(\d{2})$/, (m) => month(Number(m[1]), Number(m[2]))],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => ({ kind: 'season', year: Number(m[1]), season: m[2] as 'SP' })],
  [/^(\d{4})-H([12])$/, (m) => ({ kind: 'half', year: Number(m[1]), half: Number(m[2]) as 1 })],
  [/^(\d{4})-Q([1-4])$/, (m) => ({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 })],
  [/^(\d{4})-W(\d{2})$/, (m) => week(Number(m[1]), Number(m[2]))],
  [/^(\d{4})-(START|MID|END)$/, (m) => ({ kind: 'year-part', year: Number(m[1]), part: m[2] as 'MID' })],
  [
    /^(\d{4})-(\d{2})-(START|MID|END)$/,
    (m) =>
      withMonth(Number(m[1]), Number(m[2]), (year, mo) => ({
        kind: 'month-part',
        year,
        month: mo,
        part: m[3] as 'MID',
      })),
  ],
  [
    /^(\d{4})-(\d{2})-H([12])$/,
    (m) =>
      withMonth(Number(m[1]), Number(m[2]), (year, mo) => ({
        kind: 'month-half',
        year,
        month: mo,
        half: Number(m[3]) as 1,
      })),
  ],
]

/**
 * The earliest year a browser Date holds whole: 271821 BC is astronomical -271820; the Date range starts in
 * April of astronomical -271821.
 */
export const EARLIEST_YEAR = -271_821

function yearBc(years: number): SingleDate | string {
  if (years === 0) return 'there is no year -0000: the year before 0001 is -0001 (1 BC)'
  if (-years < EARLIEST_YEAR)
    return `year -${years} is before ${EARLIEST_YEAR}, the earliest year a browser date can hold (deep time)`
  return { kind: 'year', year: -years }
}

function withMonth(year: number, mo: number, make: (year: number, month: number) => SingleDate): SingleDate | string {
  return mo >= 1 && mo <= 12 ? make(year, mo) : `month ${String(mo).padStart(2, '0')} does not exist`
}

function month(year: number, mo: number): SingleDate | string {
  return withMonth(year, mo, (y, m) => ({ kind: 'month', year: y, month: m }))
}

function day(year: number, mo: number, d: number): SingleDate | string {
  if (mo < 1 || mo > 12) return `month ${String(mo).padStart(2, '0')} does not exist`
  if (d < 1 || d > daysInMonth(year, mo)) return `day ${d} does not exist in ${year}-${String(mo).padStart(2, '0')}`
  return { kind: 'day', year, month: mo, day: d }
}

function week(year: number, w: number): SingleDate | string {
  if (w < 1 || w > isoWeeksInYear(year)) return `week ${w} does not exist in ISO week-year ${year}`
  return { kind: 'week', year, week: w }
}

const GRAMMAR_HINT =
  'expected YYYY, -YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SP|SU|FA|WI, YYYY-H1, YYYY-Q1, YYYY-W01, YYYY-START|MID|END, YYYY-MM-START|MID|END, YYYY-MM-H1, or A/B, A|B of those'

function parseSingle(text: string): SingleDate | string {
  if (text.startsWith('0000')) return 'year 0000 is not allowed (the year before 0001 is -0001, 1 BC)'
  if (/^-\d{4,6}-/.test(text)) return `"${text}": a year before 0001 is given as a whole year only (-YYYY)`
  for (const [pattern, build] of SINGLE_PATTERNS) {
    const match = text.match(pattern)
    if (!match) continue
    const single = build(match)
    // 9999-WI and 9999-W52 end in year 10000, whose 5-digit ISO days would break string ordering.
    if (typeof single !== 'string' && single.year > 0 && dateInterval(single).end.length !== 10)
      return `"${text}" ends after 9999-12-31`
    return single
  }
  return `"${text}" is not a date (${GRAMMAR_HINT})`
}

export function parseDate(value: unknown): ParseResult {
  if (typeof value !== 'string') return { ok: false, error: 'a date must be a string' }
  if (value.length > 64) return { ok: false, error: 'a date string is at most 64 characters' }
  const separator = value.includes('/') ? '/' : value.includes('|') ? '|' : null
  if (separator === null) {
    const single = parseSingle(value)
    return typeof single === 'string' ? { ok: false, error: single } : { ok: true, date: single }
  }
  const parts = value.split(separator)
  if (parts.length !== 2 || parts.some((p) => p.includes('/') || p.includes('|'))) {
    return { ok: false, error: `"${value}" must join exactly two single dates with "${separator}"` }
  }
  const a = parseSingle(parts[0] ?? '')
  if (typeof a === 'string') return { ok: false, error: a }
  const b = parseSingle(parts[1] ?? '')
  if (typeof b === 'string') return { ok: false, error: b }
  const ia = dateInterval(a)
  const ib = dateInterval(b)
  if (compareIsoDays(ia.start, ib.start) > 0 || compareIsoDays(ia.end, ib.end) > 0) {
    return { ok: false, error: `"${value}": ${parts[0]} is after ${parts[1]}` }
  }
  if (ia.start === ib.start && ia.end === ib.end) {
    return { ok: false, error: `"${value}": both sides are the same period` }
  }
  const date: PartialDate =
    separator === '/' ? { kind: 'span', from: a, to: b } : { kind: 'alternative', first: a, second: b }
  return { ok: true, date }
}

export function isValidDate(value: unknown): value is string {
  return parseDate(value).ok
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function serializeSingle(date: SingleDate): string {
  const y = date.year < 0 ? `-${String(-date.year).padStart(4, '0')}` : String(date.year).padStart(4, '0')
  switch (date.kind) {
    case 'year':
      return y
    case 'month':
      return `${y}-${pad2(date.month)}`
    case 'day':
      return `${y}-${pad2(date.month)}-${pad2(date.day)}`
    case 'season':
      return `${y}-${date.season}`
    case 'half':
      return `${y}-H${date.half}`
    case 'quarter':
      return `${y}-Q${date.quarter}`
    case 'week':
      return `${y}-W${pad2(date.week)}`
    case 'month-part':
      return `${y}-${pad2(date.month)}-${date.part}`
    case 'month-half':
      return `${y}-${pad2(date.month)}-H${date.half}`
    case 'year-part':
      return `${y}-${date.part}`
  }
}

/** The canonical string of a parsed date: `serializeDate(parseDate(s).date) === s` for every valid s. */
export function serializeDate(date: PartialDate): string {
  if (date.kind === 'span') return `${serializeSingle(date.from)}/${serializeSingle(date.to)}`
  if (date.kind === 'alternative') return `${serializeSingle(date.first)}|${serializeSingle(date.second)}`
  return serializeSingle(date)
}
