/**
 * Synthetic dates in every form of the date grammar (src/model/date), placed before a document's date
 * for held events and after it for planned ones. Every string is checked with parseDate.
 */
import { dateInterval, parseDate, PRECISIONS, type Precision } from '../../src/model/date'
import { dayNumber, fromDayNumber, isoDay, isoWeekOf } from '../../src/model/date/calendar'
import type { Random } from './prng'

export const DATE_FORMS: readonly Precision[] = PRECISIONS

const pad2 = (n: number) => String(n).padStart(2, '0')
const partOfMonth = (day: number) => (day <= 10 ? 'START' : day <= 20 ? 'MID' : 'END')
const partOfYear = (month: number) => (month <= 4 ? 'START' : month <= 8 ? 'MID' : 'END')

function season(year: number, month: number): string {
  if (month <= 2) return `${year - 1}-WI`
  if (month === 12) return `${year}-WI`
  return `${year}-${month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA'}`
}

/** A single date of the given precision that contains the day `n` (days since 1970-01-01). */
function singleAround(kind: Precision, n: number): string {
  const { year, month, day } = fromDayNumber(n)
  const ym = `${year}-${pad2(month)}`
  switch (kind) {
    case 'week': {
      const week = isoWeekOf(year, month, day)
      return `${week.year}-W${pad2(week.week)}`
    }
    case 'month-part':
      return `${ym}-${partOfMonth(day)}`
    case 'month-half':
      return `${ym}-H${day <= 15 ? 1 : 2}`
    case 'month':
      return ym
    case 'season':
      return season(year, month)
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`
    case 'year-part':
      return `${year}-${partOfYear(month)}`
    case 'year':
      return String(year)
    default:
      return isoDay(year, month, day)
  }
}

/** The forms joined in spans and alternatives, each with a step (days) that always reaches a later period. */
const PAIRED: readonly (readonly [Precision, number])[] = [
  ['day', 3],
  ['week', 14],
  ['month', 40],
  ['quarter', 100],
]

function around(kind: Precision, n: number, random: Random): string {
  if (kind === 'span' || kind === 'alternative') {
    const [inner, step] = random.pick(PAIRED)
    const first = singleAround(inner, n)
    const second = singleAround(inner, n + random.int(step, step * 3))
    return `${first}${kind === 'span' ? '/' : '|'}${second}`
  }
  return singleAround(kind, n)
}

export interface PlacedDate {
  value: string
  start: string
  end: string
}

/**
 * A date of the given form, wholly before (held) or wholly after (planned) the publication day.
 * Falls back to a single day when the form cannot fit (never in practice: the search widens).
 */
export function placeDate(kind: Precision, published: string, planned: boolean, random: Random): PlacedDate {
  const [y, m, d] = published.split('-').map(Number) as [number, number, number]
  const origin = dayNumber(y, m, d)
  for (let attempt = 1; attempt <= 12; attempt++) {
    const lag = random.int(1, 120) * attempt
    const value = around(kind, planned ? origin + lag : origin - lag, random)
    const placed = check(value)
    if (planned ? placed.start > published : placed.end <= published) return placed
  }
  return check(singleAround('day', planned ? origin + 1 : origin - 1))
}

function check(value: string): PlacedDate {
  const parsed = parseDate(value)
  if (!parsed.ok) throw new Error(`generated an invalid date ${value}: ${parsed.error}`)
  return { value, ...dateInterval(parsed.date) }
}
