import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateInterval, formatDate, htmlDateTime, parseDate, serializeDate } from '../../../src/model/date'
import {
  dateDayNumber,
  dayNumber,
  dayNumberFromIso,
  daysInMonth,
  isoFromDayNumber,
  isoWeeksInYear,
} from '../../../src/model/date/calendar'

const RUNS = { numRuns: 1000 }
const pad = (n: number, width: number) => String(n).padStart(width, '0')

// 9999 is left out: 9999-WI and 9999-W52 end in year 10000 and are rejected (see parse.test.ts).
const year = fc.integer({ min: 1, max: 9998 })
const month = fc.integer({ min: 1, max: 12 })
const part = fc.constantFrom('START', 'MID', 'END')

/** Valid single values of every form. */
const single: fc.Arbitrary<string> = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, month).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc
    .tuple(year, month, fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(y, m)), 2)}`),
  fc.tuple(year, fc.constantFrom('SP', 'SU', 'FA', 'WI')).map(([y, s]) => `${pad(y, 4)}-${s}`),
  fc.tuple(year, fc.constantFrom(1, 2)).map(([y, h]) => `${pad(y, 4)}-H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${pad(y, 4)}-Q${q}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 53 }))
    .map(([y, w]) => `${pad(y, 4)}-W${pad(Math.min(w, isoWeeksInYear(y)), 2)}`),
  fc.tuple(year, month, part).map(([y, m, p]) => `${pad(y, 4)}-${pad(m, 2)}-${p}`),
  fc.tuple(year, month, fc.constantFrom(1, 2)).map(([y, m, h]) => `${pad(y, 4)}-${pad(m, 2)}-H${h}`),
  fc.tuple(year, part).map(([y, p]) => `${pad(y, 4)}-${p}`),
)

function intervalOf(value: string) {
  const result = parseDate(value)
  if (!result.ok) throw new Error(`${value}: ${result.error}`)
  return dateInterval(result.date)
}

/** Two singles ordered so that A is not after B and they differ: a valid span or alternative. */
const pair = (separator: '/' | '|') =>
  fc
    .tuple(single, single)
    .map(([a, b]) => (intervalOf(a).start <= intervalOf(b).start ? [a, b] : [b, a]))
    .filter(([a, b]) => {
      const ia = intervalOf(a!)
      const ib = intervalOf(b!)
      return ia.end <= ib.end && (ia.start !== ib.start || ia.end !== ib.end)
    })
    .map(([a, b]) => `${a}${separator}${b}`)

/** Short strings near the grammar, so that many are valid or nearly valid. */
const grammarish = fc.string({
  unit: fc.constantFrom(
    ...'0123456789-/|WQHSPUFAIWTARMDEN su'.split(''),
    '19',
    '20',
    '2019',
    '-0',
    '-1',
    'START',
    'MID',
  ),
  maxLength: 24,
})

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const HTML_TIME = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/

describe('parseDate never throws', () => {
  it.each([
    ['any string', fc.string()],
    ['any Unicode string', fc.string({ unit: 'binary' })],
    ['strings from the grammar’s alphabet', grammarish],
    ['anything at all', fc.anything()],
  ])('on %s', (_name, input: fc.Arbitrary<unknown>) => {
    fc.assert(
      fc.property(input, (value) => {
        const result = parseDate(value)
        expect(typeof result.ok).toBe('boolean')
        if (result.ok) expect(serializeDate(result.date)).toBe(value)
        else expect(result.error.length).toBeGreaterThan(0)
      }),
      RUNS,
    )
  })
})

describe('every valid value', () => {
  it.each([
    ['single', single],
    ['span', pair('/')],
    ['alternative', pair('|')],
  ])('of kind %s parses, round-trips, has start ≤ end and formats', (_name, values) => {
    fc.assert(
      fc.property(values, (value) => {
        const result = parseDate(value)
        expect(result).toMatchObject({ ok: true })
        if (!result.ok) return
        expect(serializeDate(result.date)).toBe(value)
        const { start, end } = dateInterval(result.date)
        expect(start).toMatch(ISO_DAY)
        expect(end).toMatch(ISO_DAY)
        expect(start <= end).toBe(true)
        for (const lang of ['ru', 'en'] as const) {
          for (const approx of [false, true]) {
            const text = formatDate(result.date, lang, { approx })
            expect(text).not.toBe('')
            expect(text).not.toMatch(/undefined|NaN|null|\[object/)
            expect(formatDate(value, lang, { approx })).toBe(text)
          }
        }
        expect(htmlDateTime(value)).toMatch(HTML_TIME)
      }),
      RUNS,
    )
  })

  it('is rejected when written in lowercase', () => {
    fc.assert(
      fc.property(
        single.filter((value) => /[A-Z]/.test(value)),
        (value) => {
          expect(parseDate(value.toLowerCase()).ok).toBe(false)
        },
      ),
      RUNS,
    )
  })
})

describe('dayNumber', () => {
  it('counts the days from 1970-01-01 as Date does, for every year, month and a day that may run over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), month, fc.integer({ min: -40, max: 70 }), (y, m, d) => {
        expect(dayNumber(y, m, d)).toBe(dateDayNumber(y, m, d))
      }),
      RUNS,
    )
    expect([dayNumber(1970, 1, 1), dayNumber(2000, 3, 1), dayNumber(1, 1, 1)]).toEqual([0, 11_017, -719_162])
  })

  it('reads an ISO day as its day number, the inverse of isoFromDayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }), (n) => {
        expect(dayNumberFromIso(isoFromDayNumber(n))).toBe(n)
      }),
      RUNS,
    )
  })
})
