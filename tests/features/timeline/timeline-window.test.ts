/** Fit all's main part, the grammar's edge days and the topic rows of an event: pure, on whole days. */
import { describe, expect, it } from 'vitest'
import { isoFromDayNumber } from '../../../src/model'
import {
  clampWindow,
  dateToIsoDay,
  isoDayToDate,
  mainPart,
  paddedWindow,
  yearsOf,
  zoomMaxFor,
} from '../../../src/features/timeline/timeline-window'
import { applyTopicColours, topicRules } from '../../../src/features/timeline/topic-colours'

const day = (start: string, end = start) => ({ start, end })
const part = (events: { start: string; end: string }[]) => {
  const found = mainPart(events)
  return found && [isoFromDayNumber(found.from), isoFromDayNumber(found.to)]
}

describe("Fit all's main part", () => {
  const dense = [
    '2016-12-15',
    '2017-04-01',
    '2017-06-01',
    '2017-09-07',
    '2018-01-20',
    '2018-05-26',
    '2018-11-14',
    '2019-01-22',
    '2019-06-29',
  ].map((d) => day(d))
  it('leaves out a few events beyond a gap wider than the rest', () => {
    expect(part([day('1945-01-01', '1945-12-31'), day('1956-10-19'), ...dense])).toEqual(['2016-12-15', '2019-06-29'])
    expect(part([...dense, day('2040-01-01')])).toEqual(['2016-12-15', '2019-06-29'])
  })
  it('keeps everything when no far-off few stand apart', () => {
    expect(part(dense)).toEqual(['2016-12-15', '2019-06-29'])
    expect(part([day('1945-01-01'), day('2019-01-01')])).toEqual(['1945-01-01', '2019-01-01'])
    expect(part([])).toBeNull()
  })
  it('counts a long event as reaching to its end', () => {
    expect(part([day('2000-01-01', '2016-12-01'), ...dense])).toEqual(['2000-01-01', '2019-06-29'])
  })
  it('pads the window, more on the right, and names the years of a set', () => {
    expect(paddedWindow({ from: 0, to: 100 })).toEqual({ from: '1969-12-25', to: '1970-05-01' })
    expect(yearsOf([day('1945-01-01', '1945-12-31'), day('1956-10-19')])).toBe('1945–1956')
    expect(yearsOf([day('0001-01-01')])).toBe('1')
  })
})

describe('the edge days of the grammar', () => {
  it('keep windows within 271821 BC (astronomical -271820) and 9999-12-31, years before 1 in time order', () => {
    expect(clampWindow({ from: '-300000-06-15', to: '10000-01-01' })).toEqual({
      from: '-271820-01-01',
      to: '9999-12-31',
    })
    // Astronomical 0000 is 1 BC, -3499 is 3500 BC: kept, though "-3499" sorts after "-0299" as text.
    expect(clampWindow({ from: '-3499-01-01', to: '0000-06-15' })).toEqual({ from: '-3499-01-01', to: '0000-06-15' })
    expect(clampWindow({ from: '2017-01-01', to: '2018-01-01' })).toEqual({ from: '2017-01-01', to: '2018-01-01' })
  })
  it('turn a day of year 1 and of years BC into its Date and back, not 1901', () => {
    const first = isoDayToDate('0001-01-01')
    expect(first.getFullYear()).toBe(1)
    expect(dateToIsoDay(first)).toBe('0001-01-01')
    const bc = isoDayToDate('-0299-07-04')
    expect([bc.getFullYear(), bc.getMonth(), bc.getDate()]).toEqual([-299, 6, 4])
    expect(dateToIsoDay(bc)).toBe('-0299-07-04')
    expect(dateToIsoDay(new Date(Number.NaN))).toBe('-271820-01-01')
    expect(dateToIsoDay(new Date(300_000_000_000_000))).toBe('9999-12-31')
  })
  it('say where events outside the window are, years BC as such', () => {
    expect(yearsOf([day('-3499-01-01', '-3499-12-31'), day('-0299-01-01', '-0299-12-31')])).toBe('3500 BC–300 BC')
  })
})

describe('topic colours', () => {
  it('are set on the element from the data, and only safe ids and colours', () => {
    const root = document.createElement('div')
    const topic = (id: string, color: string) => ({ id, color, label: { en: id, ru: id } }) as never
    const remove = applyTopicColours(root, [
      topic('peace-treaty', '#ff0000'),
      topic('x;}', '#000000'),
      topic('a', 'red'),
    ])
    expect(root.style.getPropertyValue('--topic-color-peace-treaty')).toBe('#ff0000')
    expect(root.getAttribute('style')).toBe('--topic-color-peace-treaty: #ff0000;')
    remove()
    expect(root.getAttribute('style')).toBe('')
  })
  it('get a rule for any topic id of the data, not a fixed list', () => {
    const topic = (id: string) => ({ id, color: '#123456', label: { en: id, ru: id } }) as never
    expect(topicRules([topic('launch'), topic('x;}')])).toEqual([
      '.topic--launch { --topic-color: var(--topic-color-launch); }',
    ])
  })
})

describe('how far out the timeline zooms', () => {
  const years = (ms: number) => ms / (1000 * 60 * 60 * 24 * 365.25)
  it("follows the data's span with room on both sides", () => {
    expect(years(zoomMaxFor({ from: '1945-01-01', to: '2020-09-16' }))).toBeCloseTo(75.7 * 1.5, 0)
    // The cosmological example's dated slides (970 years) can be seen whole, which a fixed 120 years forbade.
    expect(years(zoomMaxFor({ from: '1000-01-01', to: '1970-01-01' }))).toBeGreaterThan(970)
  })
  it('never less than a decade, never more than the grammar holds', () => {
    expect(years(zoomMaxFor({ from: '2019-01-22', to: '2019-01-22' }))).toBeCloseTo(10, 5)
    const whole = years(zoomMaxFor(null))
    expect(whole).toBeCloseTo(271_820 + 9999, -1)
    expect(years(zoomMaxFor({ from: '-271820-01-01', to: '9999-12-31' }))).toBe(whole)
    // The cosmological example's dated slides, 3500 BC to 1990.
    expect(years(zoomMaxFor({ from: '-3499-01-01', to: '1990-04-25' }))).toBeCloseTo(5490 * 1.5, -1)
  })
})
