/** Calendar arithmetic on plain numbers; never touches the machine's time zone. */
import type { IsoDay } from './types'

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * `YYYY-MM-DD`; a year before 1 in ISO 8601's astronomical numbering, with a sign (0000 is 1 BC, -0001 is 2 BC):
 * see docs/dates.md, "Years before 1".
 */
export function isoDay(year: number, month: number, day: number): IsoDay {
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0')
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const DAY_MS = 86_400_000

/**
 * Days since 1970-01-01 (proleptic Gregorian), by arithmetic alone (H. Hinnant's days_from_civil): no Date per
 * call, it runs for every event a view places. A day outside the month counts on linearly, like Date's.
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return dateDayNumber(year, month, day)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The same through Date (which also carries months over): the reference the property test checks against. */
export function dateDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.floor(date.getTime() / DAY_MS)
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const date = new Date(n * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/**
 * `YYYY-MM-DD` (or `-YYYY-MM-DD`, astronomical) → its day number, read by position from the end (no arrays: it
 * runs for every event a view places).
 */
export function dayNumberFromIso(iso: string): number {
  const n = iso.length
  return dayNumber(Number(iso.slice(0, n - 6)), Number(iso.slice(n - 5, n - 3)), Number(iso.slice(n - 2)))
}

/**
 * A real calendar day as an ISO day, years before 1 too (`-0299-02-29`: astronomical -299 is not a leap year);
 * the shape (`YYYY-MM-DD`, `-YYYY-MM-DD`) is checked by the caller.
 */
export function isCalendarIsoDay(iso: string): boolean {
  const n = iso.length
  const year = Number(iso.slice(0, n - 6))
  const month = Number(iso.slice(n - 5, n - 3))
  const day = Number(iso.slice(n - 2))
  return year >= -271_820 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Two ISO days in time order (negative years sort backwards as text): <0, 0, >0. */
export function compareIsoDays(a: string, b: string): number {
  if (a === b) return 0
  if (a[0] !== '-' && b[0] !== '-') return a < b ? -1 : 1
  return dayNumberFromIso(a) - dayNumberFromIso(b)
}

export function isoFromDayNumber(n: number): IsoDay {
  const { year, month, day } = fromDayNumber(n)
  return isoDay(year, month, day)
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(year: number, month: number, day: number): number {
  const n = dayNumber(year, month, day)
  return ((((n + 3) % 7) + 7) % 7) + 1 // 1970-01-01 was a Thursday
}

/** Day number of the Monday of ISO week 1 of an ISO week-year. */
export function isoWeekOneMonday(weekYear: number): number {
  return dayNumber(weekYear, 1, 4) - (isoWeekday(weekYear, 1, 4) - 1)
}

export function isoWeeksInYear(weekYear: number): number {
  return (isoWeekOneMonday(weekYear + 1) - isoWeekOneMonday(weekYear)) / 7
}

/** The ISO week-year and week of a calendar day. */
export function isoWeekOf(year: number, month: number, day: number): { year: number; week: number } {
  const n = dayNumber(year, month, day)
  for (const weekYear of [year + 1, year, year - 1]) {
    const monday = isoWeekOneMonday(weekYear)
    if (n >= monday) return { year: weekYear, week: Math.floor((n - monday) / 7) + 1 }
  }
  /* c8 ignore next */
  throw new Error('unreachable: every day lies in some ISO week-year')
}
