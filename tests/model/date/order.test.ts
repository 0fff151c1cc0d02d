import { describe, expect, it } from 'vitest'
import { dateInterval, parseDate } from '../../../src/model/date'
import { compareEvents } from '../../../src/model/order'

function event(id: string, value: string) {
  const result = parseDate(value)
  if (!result.ok) throw new Error(result.error)
  return { id, ...dateInterval(result.date) }
}

describe('compareEvents', () => {
  it('orders by interval start, then interval end, then id', () => {
    const events = [
      event('e', '2019'),
      event('d', '2019-01'),
      event('c', '2019-01-01'),
      event('b', '2019-01-01'),
      event('a', '2019-W01'),
      event('f', '2018-WI'),
      event('g', '2018-12-END|2019-01'),
    ]
    expect([...events].sort(compareEvents).map(({ id }) => id)).toEqual(['f', 'g', 'a', 'b', 'c', 'd', 'e'])
  })

  it('gives the same order whatever the input order', () => {
    const values = ['2019-05-31', '2019-W22', '2019-05-END', '2019-05', '2019-Q2', '2019-SP', '2019-H1']
    const events = values.map((value) => event(value, value))
    const expected = ['2019-H1', '2019-SP', '2019-Q2', '2019-05', '2019-05-END', '2019-W22', '2019-05-31']
    expect([...events].sort(compareEvents).map(({ id }) => id)).toEqual(expected)
    expect(
      [...events]
        .reverse()
        .sort(compareEvents)
        .map(({ id }) => id),
    ).toEqual(expected)
  })
})
