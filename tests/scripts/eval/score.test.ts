import { describe, expect, it } from 'vitest'
import { count, isCoarser, matchSpans, score } from '../../../scripts/eval/score'

describe('matchSpans', () => {
  it('pairs overlapping spans one to one', () => {
    const gold = [
      { start: 0, end: 5, value: '2019' },
      { start: 3, end: 8, value: '2019-06' },
    ]
    const predicted = [{ start: 2, end: 4, value: '2019' }]
    expect(matchSpans(gold, predicted)).toHaveLength(1)
  })
  it('does not pair touching spans', () => {
    expect(matchSpans([{ start: 0, end: 5, value: null }], [{ start: 5, end: 9, value: null }])).toEqual([])
  })
})

describe('isCoarser', () => {
  it('counts a containing period as coarser', () => {
    expect(isCoarser('2017-12-MID', '2017-12')).toBe(true)
    expect(isCoarser('2019-W21', '2019-05-24')).toBe(false)
    expect(isCoarser('2019-06', '2019-06')).toBe(false)
    expect(isCoarser(null, '2019')).toBe(false)
  })
})

describe('score', () => {
  it('computes finding P/R/F1, accuracy on found and value F1', () => {
    const gold = [
      { start: 0, end: 5, value: '2019-06' },
      { start: 10, end: 15, value: '2019-06-11' },
      { start: 20, end: 25, value: null },
      { start: 30, end: 35, value: '2017-12-MID' },
    ]
    const predicted = [
      { start: 0, end: 5, value: '2019-06' },
      { start: 11, end: 14, value: '2019-06-12' },
      { start: 30, end: 35, value: '2017-12' },
      { start: 40, end: 45, value: '2020' },
    ]
    const s = score(count(gold, predicted))
    expect(s.found).toBe(3)
    expect(s.precision).toBeCloseTo(0.75)
    expect(s.recall).toBeCloseTo(0.75)
    expect(s.f1).toBeCloseTo(0.75)
    expect(s.exact).toBe(1)
    expect(s.coarser).toBe(1)
    expect(s.accuracy).toBeCloseTo(1 / 3)
    expect(s.valueF1).toBeCloseTo(0.25)
  })
})
