import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { dateInterval, isoWeekOf, parseDate } from '../../../src/model/date'

function interval(value: string) {
  const result = parseDate(value)
  if (!result.ok) throw new Error(`${value}: ${result.error}`)
  return dateInterval(result.date)
}

// Months, parts of months and of years, seasons.
const DAYS_OF = textTable(
  ['value', 'start', 'end'],
  `
  2020-02     | 2020-02-01 | 2020-02-29
  2019-02     | 2019-02-01 | 2019-02-28
  1900-02     | 1900-02-01 | 1900-02-28
  2000-02-END | 2000-02-21 | 2000-02-29
  2019-02-END | 2019-02-21 | 2019-02-28
  2019-04-END | 2019-04-21 | 2019-04-30
  2019-02-H2  | 2019-02-16 | 2019-02-28
  2019-04-H1  | 2019-04-01 | 2019-04-15
  2018-WI     | 2018-12-01 | 2019-02-28
  2019-WI     | 2019-12-01 | 2020-02-29
  2018-Q4     | 2018-10-01 | 2018-12-31
  2018-H2     | 2018-07-01 | 2018-12-31
  2018-MID    | 2018-05-01 | 2018-08-31
`,
)

// ISO weeks at the turn of the year and in 53-week years.
const ISO_WEEKS = textTable(
  ['value', 'start', 'end'],
  `
  2019-W01 | 2018-12-31 | 2019-01-06
  2020-W01 | 2019-12-30 | 2020-01-05
  2020-W53 | 2020-12-28 | 2021-01-03
  2021-W01 | 2021-01-04 | 2021-01-10
  2015-W53 | 2015-12-28 | 2016-01-03
  2004-W53 | 2004-12-27 | 2005-01-02
`,
)

describe('dateInterval', () => {
  it.each(DAYS_OF)('%s is %s – %s', (value, start, end) => {
    expect(interval(value)).toEqual({ start, end })
  })

  it.each(ISO_WEEKS)('ISO week %s is %s – %s', (value, start, end) => {
    expect(interval(value)).toEqual({ start, end })
  })

  it('puts days at the turn of the year in the right ISO week-year', () => {
    expect(isoWeekOf(2018, 12, 31)).toEqual({ year: 2019, week: 1 })
    expect(isoWeekOf(2021, 1, 3)).toEqual({ year: 2020, week: 53 })
    expect(isoWeekOf(2019, 12, 29)).toEqual({ year: 2019, week: 52 })
  })

  it('runs a span from the start of A to the end of B, and an alternative over both', () => {
    expect(interval('2017-12-MID/2018-Q1')).toEqual({ start: '2017-12-11', end: '2018-03-31' })
    expect(interval('2018-01-H2|2018-02')).toEqual({ start: '2018-01-16', end: '2018-02-28' })
  })
})
