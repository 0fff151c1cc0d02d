import { describe, expect, it } from 'vitest'
import { isoFromDayNumber } from '../../../src/model'
import {
  countInWindow,
  createLodIndex,
  dayWindow,
  levelOfDetail,
  windowForEvent,
  type LodEvent,
} from '../../../src/features/timeline/level-of-detail'
import { toDayNumber } from '../../../src/features/timeline/timeline-window'

const TOPICS = ['peace-treaty', 'humanitarian', 'economic-cooperation']

/** `n` one-day events, one every `step` days from 2000-01-01, sorted by start. */
function daily(n: number, step = 1, from = '2000-01-01'): LodEvent[] {
  const first = toDayNumber(from)
  return Array.from({ length: n }, (_, i) => {
    const day = isoFromDayNumber(first + i * step)
    return { id: `ev-${i}`, start: day, end: day, topics: [TOPICS[i % 3]!] }
  })
}

const window = (from: string, to: string) => dayWindow({ from, to })

describe('level of detail', () => {
  it('gives every event when there are no more than the threshold in all', () => {
    const events = daily(30, 100)
    const result = levelOfDetail(createLodIndex(events), window('2000-01-01', '2000-01-10'), undefined, 50)
    expect(result).toEqual({ mode: 'events', events })
  })

  it('draws the events near the window as themselves when few are in view', () => {
    const events = daily(1000)
    const result = levelOfDetail(createLodIndex(events), window('2001-01-01', '2001-01-10'), undefined, 50)
    expect(result.mode).toBe('events')
    // The window (10 days) and one window of margin on each side.
    expect(result.events.map((e) => e.start)).toEqual(
      Array.from({ length: 30 }, (_, i) => isoFromDayNumber(toDayNumber('2000-12-22') + i)),
    )
  })

  it('switches to clusters above the threshold, and their counts add up to the events starting in range', () => {
    const events = daily(1000)
    const index = createLodIndex(events)
    const view = window('2000-03-01', '2000-06-30')
    expect(countInWindow(index, view)).toBe(122)
    const result = levelOfDetail(index, view, undefined, 50)
    if (result.mode !== 'clusters') throw new Error('expected clusters')
    const width = view.to - view.from + 1
    const inRange = events.filter(
      (e) => toDayNumber(e.start) >= view.from - width && toDayNumber(e.start) <= view.to + width,
    ).length
    expect(result.clusters.reduce((sum, c) => sum + c.count, 0) + result.events.length).toBe(inRange)
    expect(result.clusters.every((c) => c.count > 1 && c.id.startsWith('cluster:'))).toBe(true)
    expect(result.bucketDays).toBe(4) // 122 days / 24 → the power of two below
    // The first bucket begins the day before the data; the next holds four days.
    expect(result.clusters[1]).toMatchObject({ count: 4, topics: expect.arrayContaining(TOPICS) })
  })

  it('keeps a cluster id stable when the window pans at the same zoom', () => {
    const index = createLodIndex(daily(2000))
    const ids = (from: string, to: string) => {
      const result = levelOfDetail(index, window(from, to), undefined, 50)
      return result.mode === 'clusters' ? result.clusters.map((c) => `${c.id}=${c.count}`) : []
    }
    const before = ids('2001-01-01', '2001-04-30')
    const after = ids('2001-01-11', '2001-05-10')
    const shared = before.filter((id) => after.includes(id))
    expect(shared.length).toBeGreaterThan(before.length / 2)
  })

  it('buckets by group, and a bucket of one event is that event', () => {
    const events = [...daily(400), ...daily(1, 1, '2010-01-01')].map((e, i) => ({ ...e, id: `e${i}` }))
    const index = createLodIndex(events)
    const result = levelOfDetail(index, window('2000-01-01', '2010-12-31'), (e) => e.topics[0] ?? null, 50)
    if (result.mode !== 'clusters') throw new Error('expected clusters')
    expect(result.events.map((e) => e.start)).toEqual(['2010-01-01'])
    expect(new Set(result.clusters.map((c) => c.group))).toEqual(new Set(TOPICS))
    expect(result.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(400)
  })

  it('measures by the events starting in view, and draws those reaching in from before too', () => {
    const long = { id: 'long', start: '1990-01-01', end: '2005-12-31', topics: [] }
    const index = createLodIndex([long, ...daily(100, 30)])
    const view = window('2004-01-01', '2004-01-02')
    expect(countInWindow(index, view)).toBe(0)
    expect(levelOfDetail(index, view, undefined, 50).events).toContain(long)
  })

  it('narrows the window around a selected event until it is drawn as itself', () => {
    const events = daily(5000)
    const index = createLodIndex(events)
    const target = events[2500]!
    const result = windowForEvent(index, target, 4000, 50)
    expect(countInWindow(index, result)).toBeLessThanOrEqual(50)
    expect(result.from).toBeLessThanOrEqual(toDayNumber(target.start))
    expect(result.to).toBeGreaterThanOrEqual(toDayNumber(target.end))
    expect(levelOfDetail(index, result, undefined, 50).events).toContain(target)
  })
})
