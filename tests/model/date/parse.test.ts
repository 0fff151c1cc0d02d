import { describe, expect, it } from 'vitest'
import { isValidDate, parseDate, serializeDate } from '../../../src/model/date'

function errorOf(value: unknown): string {
  const result = parseDate(value)
  if (result.ok) throw new Error(`${String(value)} unexpectedly parsed`)
  return result.error
}

describe('parseDate', () => {
  it('parses each form into its kind', () => {
    expect(parseDate('2019-06-11')).toEqual({ ok: true, date: { kind: 'day', year: 2019, month: 6, day: 11 } })
    expect(parseDate('2017-12-MID')).toEqual({
      ok: true,
      date: { kind: 'month-part', year: 2017, month: 12, part: 'MID' },
    })
    expect(parseDate('2018-07/2018-08')).toEqual({
      ok: true,
      date: {
        kind: 'span',
        from: { kind: 'month', year: 2018, month: 7 },
        to: { kind: 'month', year: 2018, month: 8 },
      },
    })
    expect(parseDate('2018-01-H2|2018-02')).toEqual({
      ok: true,
      date: {
        kind: 'alternative',
        first: { kind: 'month-half', year: 2018, month: 1, half: 2 },
        second: { kind: 'month', year: 2018, month: 2 },
      },
    })
  })

  it.each([
    ['2019-13', /month 13 does not exist/],
    ['2019-00', /month 00 does not exist/],
    ['2019-13-START', /month 13 does not exist/],
    ['2019-04-31', /day 31 does not exist in 2019-04/],
    ['2019-02-29', /day 29 does not exist in 2019-02/],
    ['2019-W53', /week 53 does not exist in ISO week-year 2019/],
    ['2019-W00', /week 0 does not exist/],
    ['0000', /year 0000/],
    ['9999-WI', /ends after 9999-12-31/],
    ['2018-08/2018-07', /is after/],
    ['2018-02|2018-01-H2', /is after/],
    ['2018/2018', /same period/],
    ['2018/2019/2020', /exactly two/],
    ['2018/2019|2020', /exactly two/],
    ['2018|2019/2020', /exactly two/],
    ['2018/', /is not a date/],
    ['2019-su', /is not a date/],
    ['2019-w21', /is not a date/],
    ['2019-06-11 ', /is not a date/],
    [' 2019', /is not a date/],
    ['2018 / 2019', /is not a date/],
    ['2019-6-1', /is not a date/],
    ['19', /is not a date/],
    ['２０１９', /is not a date/],
    ['2019-06-11T10:00', /is not a date/],
    ['', /is not a date/],
  ])('rejects %j', (value, message) => {
    expect(errorOf(value)).toMatch(message)
  })

  it('rejects what is not a string, or too long, without throwing', () => {
    expect(errorOf(2019)).toMatch(/must be a string/)
    expect(errorOf(null)).toMatch(/must be a string/)
    expect(errorOf('2019-'.repeat(20))).toMatch(/at most 64/)
  })

  it('accepts leap days and week 53 only where they exist', () => {
    expect(isValidDate('2020-02-29')).toBe(true)
    expect(isValidDate('2000-02-29')).toBe(true)
    expect(isValidDate('1900-02-29')).toBe(false)
    expect(isValidDate('2020-W53')).toBe(true)
    expect(isValidDate('2015-W53')).toBe(true)
    expect(isValidDate('2021-W53')).toBe(false)
  })

  it('accepts a span whose sides share a start, and one inside the other', () => {
    expect(isValidDate('2018-01/2018')).toBe(true)
    expect(isValidDate('2018/2018-12')).toBe(true)
    expect(isValidDate('2018-12/2018')).toBe(false)
  })
})

describe('serializeDate', () => {
  it.each(['1945', '2018-11', '2019-06-11', '2019-SU', '2018-H1', '2018-Q2', '2019-W21', '2017-12-MID'])(
    'writes %s back as it was',
    (value) => {
      const result = parseDate(value)
      expect(result.ok && serializeDate(result.date)).toBe(value)
    },
  )

  it('pads small years and weeks', () => {
    expect(serializeDate({ kind: 'week', year: 987, week: 3 })).toBe('0987-W03')
  })
})
