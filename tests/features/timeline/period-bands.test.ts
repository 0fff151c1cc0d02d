/** Periods → background bands: exclusive ends, label lanes that never put two overlapping labels in one row. */
import { describe, expect, it } from 'vitest'
import { laneCount, periodBands } from '../../../src/features/timeline/period-bands'
import type { Dataset } from '../../../src/model'

type BuiltPeriod = Dataset['periods'][number]

const period = (id: string, start: string, end: string, startDay: string, endDay: string): BuiltPeriod => ({
  id,
  start,
  end,
  startDay,
  endDay,
  label: { en: `${id} en`, ru: `${id} ru` },
  untranslated: [],
})

const periods = [
  period('abe', '2012-12-26', '2020-09-16', '2012-12-26', '2020-09-16'),
  period('kishida', '2012-12-26', '2017-08-03', '2012-12-26', '2017-08-03'),
  period('kono', '2017-08-03', '2019-09-11', '2017-08-03', '2019-09-11'),
  period('agreements', '2016-12', '2018-11-13', '2016-12-01', '2018-11-13'),
  period('post-war', '1945', '1956', '1945-01-01', '1956-12-31'),
]

describe('period bands', () => {
  const bands = periodBands(periods, 'en', 'Period')
  const byId = new Map(bands.map((band) => [band.periodId, band]))

  it('runs from the first day to the day after the last, with the label and the dates in words', () => {
    expect(byId.get('post-war')).toMatchObject({
      id: 'period:post-war',
      start: '1945-01-01',
      end: '1957-01-01',
      text: 'post-war en',
      dates: '1945–1956',
      kind: 'Period',
    })
    expect(periodBands(periods, 'ru', 'Период')[0]).toMatchObject({ text: 'abe ru', kind: 'Период' })
  })

  it('puts overlapping periods in different lanes, and one that starts as another ends in its lane', () => {
    const overlap = (a: BuiltPeriod, b: BuiltPeriod) => a.startDay < b.endDay && b.startDay < a.endDay
    for (const a of periods)
      for (const b of periods)
        if (a !== b && overlap(a, b)) expect(byId.get(a.id)!.lane, `${a.id} / ${b.id}`).not.toBe(byId.get(b.id)!.lane)
    expect(byId.get('kono')!.lane).toBe(byId.get('kishida')!.lane)
    expect(byId.get('post-war')!.lane).toBe(0)
    expect(laneCount(bands)).toBe(3)
  })

  it('needs no lanes without periods', () => {
    expect(laneCount(periodBands([], 'en', 'Period'))).toBe(0)
  })
})
