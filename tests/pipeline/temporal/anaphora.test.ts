import { describe, expect, it } from 'vitest'
import {
  anaphor,
  resolveAnaphor,
  resolveAnaphora,
  partAnaphor,
  type Anaphor,
  type Anchored,
} from '../../../src/pipeline/temporal/anaphora'

const e = (start: number, value: string | null, a?: Anaphor): Anchored => ({
  start,
  end: start + 5,
  value,
  ...(a ? { anaphor: a } : {}),
})

describe('resolveAnaphor', () => {
  it('shifts days, weeks, months and years from the anchor', () => {
    expect(resolveAnaphor(anaphor('day', 1), '2019-12-31')).toBe('2020-01-01')
    expect(resolveAnaphor(anaphor('day', -1), '2016-12-15')).toBe('2016-12-14')
    expect(resolveAnaphor(anaphor('week', 1), '2019-03-04')).toBe('2019-W11')
    expect(resolveAnaphor(anaphor('month', 0), '2019-03-04')).toBe('2019-03')
    expect(resolveAnaphor(anaphor('year', -1), '2019-03-04')).toBe('2018')
  })
})

describe('resolveAnaphora', () => {
  const text = ' '.repeat(100)
  it('counts a day anaphor from the last day named, not from a later month or the document date', () => {
    const out = resolveAnaphora(
      text,
      [e(0, '2016-12-16'), e(10, '2017-02'), e(20, null, anaphor('day', 0))],
      '2016-12-13',
    )
    expect(out[2]?.value).toBe('2016-12-16')
    expect(out[2]?.reason).toBe('anaphoric: the same day as 2016-12-16, the last date named')
  })
  it('counts a week anaphor from the first day of the last period named', () => {
    const out = resolveAnaphora(text, [e(0, '2019-03'), e(10, null, anaphor('week', 1))], '2019-05-01')
    expect(out[1]?.value).toBe('2019-W10')
  })
  it('falls back to the document date, and says so, when nothing was named before', () => {
    const [only] = resolveAnaphora(text, [e(0, null, anaphor('day', 1))], '2019-05-31')
    expect(only?.value).toBe('2019-06-01')
    expect(only?.reason).toContain("the document's date")
  })
  it('chains: a resolved anaphor is the anchor of the next', () => {
    const out = resolveAnaphora(
      text,
      [e(0, '2019-01-21'), e(10, null, anaphor('day', 1)), e(20, null, anaphor('day', 1))],
      '2019-01-01',
    )
    expect(out.map((x) => x.value)).toEqual(['2019-01-21', '2019-01-22', '2019-01-23'])
  })
  it('takes the day named right beside it ("на следующий день, это 26 мая")', () => {
    const t = 'на следующий день, это 26 мая'
    const out = resolveAnaphora(
      t,
      [
        { start: 0, end: 17, value: null, anaphor: anaphor('day', 1) },
        { start: 23, end: 29, value: '2018-05-26' },
      ],
      '2018-02-16',
    )
    expect(out[0]?.value).toBe('2018-05-26')
  })
  it('anchors a part of "the year" only in its own sentence, else the document\'s year', () => {
    const t = 'В следующем году саммит (в Осаке. – Прим.), но до этого, в начале года визит. В конце года итоги.'
    const out = resolveAnaphora<Anchored>(
      t,
      [
        { start: 0, end: 16, value: '2019' },
        { start: 58, end: 71, value: null, anaphor: partAnaphor('year', 'START') },
        { start: 80, end: 92, value: null, anaphor: partAnaphor('year', 'END') },
      ],
      '2018-11-14',
    )
    expect(out.map((x) => x.value)).toEqual(['2019', '2019-START', '2018-END'])
    expect(out[1]?.reason).toBe('anaphoric: the start of the year of 2019-01-01, the last date named in its sentence')
    expect(out[2]?.reason).toContain("the document's date; its sentence names no other")
  })
})
