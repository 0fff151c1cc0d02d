/** Every date maps to an interval of whole days, first and last inclusive. */
import { daysInMonth, isoDay, isoFromDayNumber, isoWeekOneMonday } from './calendar'
import type { DateInterval, PartialDate, SingleDate } from './types'

const SEASON_MONTHS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] } as const
const PART_MONTH_DAYS = { START: [1, 10], MID: [11, 20], END: [21, 31] } as const
const PART_YEAR_MONTHS = { START: [1, 4], MID: [5, 8], END: [9, 12] } as const

function months(year: number, first: number, last: number): DateInterval {
  const endYear = year + Math.floor((last - 1) / 12)
  const endMonth = ((last - 1) % 12) + 1
  return { start: isoDay(year, first, 1), end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)) }
}

/** A year of the grammar (historical: -0300 is 300 BC, no year 0) → its ISO 8601 astronomical number. */
const astronomicalYear = (year: number) => (year < 0 ? year + 1 : year)

function singleInterval(date: SingleDate): DateInterval {
  const { year } = date
  switch (date.kind) {
    case 'year':
      return months(astronomicalYear(year), 1, 12)
    case 'month':
      return months(year, date.month, date.month)
    case 'day': {
      const day = isoDay(year, date.month, date.day)
      return { start: day, end: day }
    }
    case 'season': {
      const [first, last] = SEASON_MONTHS[date.season]
      return months(year, first, last)
    }
    case 'half':
      return months(year, date.half * 6 - 5, date.half * 6)
    case 'quarter':
      return months(year, date.quarter * 3 - 2, date.quarter * 3)
    case 'week': {
      const monday = isoWeekOneMonday(year) + (date.week - 1) * 7
      return { start: isoFromDayNumber(monday), end: isoFromDayNumber(monday + 6) }
    }
    case 'month-part': {
      const [first, last] = PART_MONTH_DAYS[date.part]
      const lastDay = Math.min(last, daysInMonth(year, date.month))
      return { start: isoDay(year, date.month, first), end: isoDay(year, date.month, lastDay) }
    }
    case 'month-half': {
      const first = date.half === 1 ? 1 : 16
      const last = date.half === 1 ? 15 : daysInMonth(year, date.month)
      return { start: isoDay(year, date.month, first), end: isoDay(year, date.month, last) }
    }
    case 'year-part': {
      const [first, last] = PART_YEAR_MONTHS[date.part]
      return months(year, first, last)
    }
  }
}

export function dateInterval(date: PartialDate): DateInterval {
  if (date.kind === 'span') return { start: singleInterval(date.from).start, end: singleInterval(date.to).end }
  if (date.kind === 'alternative')
    return { start: singleInterval(date.first).start, end: singleInterval(date.second).end }
  return singleInterval(date)
}
