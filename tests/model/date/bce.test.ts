/**
 * Years before 1 (docs/dates.md, "Years before 1"): historical numbering in the grammar (-0300 is 300 BC, there
 * is no year 0), ISO 8601 astronomical days in the intervals (-0299-01-01), at year precision only, back to
 * 271821 BC, the earliest year a browser Date holds whole.
 */
import { describe, expect, it } from 'vitest'
import {
  compareEvents,
  compareIsoDays,
  dateInterval,
  dayNumberFromIso,
  formatDate,
  htmlDateTime,
  isoFromDayNumber,
  parseDate,
  serializeDate,
} from '../../../src/model'

const interval = (value: string) => {
  const parsed = parseDate(value)
  if (!parsed.ok) throw new Error(parsed.error)
  return dateInterval(parsed.date)
}
const error = (value: string) => {
  const parsed = parseDate(value)
  return parsed.ok ? null : parsed.error
}

describe('years before 1', () => {
  it('read -YYYY as that many years BC, the interval in astronomical ISO days', () => {
    expect(interval('-0300')).toEqual({ start: '-0299-01-01', end: '-0299-12-31' })
    expect(interval('-0001')).toEqual({ start: '0000-01-01', end: '0000-12-31' })
    expect(interval('-271821')).toEqual({ start: '-271820-01-01', end: '-271820-12-31' })
    // 1 BC is followed by AD 1: no year 0 in between.
    expect(dayNumberFromIso(interval('-0001').end) + 1).toBe(dayNumberFromIso('0001-01-01'))
    for (const value of ['-0300', '-3500', '-0001', '-271821', '-3500/-0300', '-0300/0100']) {
      const parsed = parseDate(value)
      expect(parsed.ok && serializeDate(parsed.date)).toBe(value)
    }
  })

  it('refuse year 0, deep time, a month or a day BC, and the year without four digits, each saying why', () => {
    expect(error('-0000')).toMatch(/no year -0000: the year before 0001 is -0001 \(1 BC\)/)
    expect(error('0000')).toMatch(/year 0000 is not allowed/)
    expect(error('-271822')).toMatch(/before -271821, the earliest year a browser date can hold \(deep time\)/)
    expect(error('-13800000000')).toMatch(/is not a date/)
    expect(error('-0300-05')).toMatch(/whole year only/)
    expect(error('-0300-05-01')).toMatch(/whole year only/)
    expect(error('-300')).toMatch(/is not a date/)
    expect(error('-0300/-3500')).toMatch(/is after/)
  })

  it('are said as BC / до н. э., the era once in a span of two BC years', () => {
    expect(formatDate('-0300', 'en')).toBe('300 BC')
    expect(formatDate('-0300', 'ru')).toBe('300 г. до н. э.')
    expect(formatDate('-3500/-0300', 'en')).toBe('3500–300 BC')
    expect(formatDate('-0300/0100', 'ru')).toBe('300 г. до н. э. – 100 г.')
    // HTML's <time> has no such year: no machine-readable value rather than a wrong one.
    expect(htmlDateTime('-0300')).toBe('')
  })

  it('sort in time order, which their ISO days as text do not', () => {
    expect('-3499-01-01' > '-0299-01-01').toBe(true)
    expect(compareIsoDays('-3499-01-01', '-0299-01-01')).toBeLessThan(0)
    expect(compareIsoDays('0000-12-31', '0001-01-01')).toBeLessThan(0)
    expect(compareIsoDays('2019-01-01', '2018-12-31')).toBeGreaterThan(0)
    const events = [
      { id: 'euclid', ...interval('-0300') },
      { id: 'glass', ...interval('-3500') },
      { id: 'ibn-al-haytham', ...interval('1021') },
    ]
    expect(events.toSorted(compareEvents).map((e) => e.id)).toEqual(['glass', 'euclid', 'ibn-al-haytham'])
    expect(isoFromDayNumber(dayNumberFromIso('-3499-07-04'))).toBe('-3499-07-04')
  })
})
