/**
 * Pure level of detail for the timeline (docs/decisions/0012-level-of-detail.md): for a visible window, either
 * the events themselves (when few enough are in view) or one cluster per time bucket and group. Binary search
 * on the sorted starts keeps it O(log n + what is near the window); vis-timeline only ever gets that.
 */
import { isoFromDayNumber, type DatasetEvent } from '../../model'
import type { DayRange } from '../../lib/url-state'
import { densestWindow, toDayNumber } from './timeline-window'

export interface LodEvent {
  id: string
  /** ISO days, inclusive. */
  start: string
  end: string
  topics: readonly string[]
}

/**
 * Up to this many events starting in view are drawn as themselves (with the longer ones reaching in from
 * before); above it, clusters.
 */
export const EVENT_THRESHOLD = 150
/** Clusters per window: buckets are a power of two of days near window / TARGET_BUCKETS. */
const TARGET_BUCKETS = 24

export interface DayWindow {
  /** Day numbers (days since 1970-01-01), inclusive. */
  from: number
  to: number
}

export interface Cluster {
  /** Stable for a bucket at one zoom level: `cluster:<group>:<first day>:<days>`. */
  id: string
  /** ISO day of the bucket's first day; `end` is exclusive (the day after its last day). */
  start: string
  end: string
  count: number
  /** The group of its events (grouped view), else null. */
  group: string | null
  /** The events' first topics, most frequent first (at most three). */
  topics: string[]
}

export interface LodIndex<T extends LodEvent> {
  events: readonly T[]
  starts: Int32Array
  ends: Int32Array
  /** The longest event in days: how far before a window an event may start and still reach into it. */
  maxSpan: number
}

export type LodResult<T extends LodEvent> =
  { mode: 'events'; events: T[] } | { mode: 'clusters'; events: T[]; clusters: Cluster[]; bucketDays: number }

function days(event: LodEvent): [number, number] {
  return [toDayNumber(event.start), toDayNumber(event.end)]
}

/** Events must come sorted by start (the dataset's order, compareEvents). */
export function createLodIndex<T extends LodEvent>(events: readonly T[]): LodIndex<T> {
  const starts = new Int32Array(events.length)
  const ends = new Int32Array(events.length)
  let maxSpan = 0
  events.forEach((event, i) => {
    const start = toDayNumber(event.start)
    const end = toDayNumber(event.end)
    starts[i] = start
    ends[i] = end
    maxSpan = Math.max(maxSpan, end - start)
  })
  return { events, starts, ends, maxSpan }
}

/** The first index whose start is ≥ day (or > day when `after`). */
function bound(starts: Int32Array, day: number, after: boolean): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (after ? starts[mid]! <= day : starts[mid]! < day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Indexes of the events overlapping the window, stopping once more than `limit` are found. */
function overlapping<T extends LodEvent>(index: LodIndex<T>, window: DayWindow, limit = Infinity): number[] {
  const found: number[] = []
  const last = bound(index.starts, window.to, true)
  for (let i = bound(index.starts, window.from - index.maxSpan, false); i < last; i++) {
    if (index.ends[i]! < window.from) continue
    found.push(i)
    if (found.length > limit) break
  }
  return found
}

/** How many events start in the window: the level of detail's measure, O(log n). */
export function countInWindow<T extends LodEvent>(index: LodIndex<T>, window: DayWindow): number {
  return bound(index.starts, window.to, true) - bound(index.starts, window.from, false)
}

export function bucketDaysFor(window: DayWindow): number {
  const target = Math.max(1, (window.to - window.from + 1) / TARGET_BUCKETS)
  return 2 ** Math.floor(Math.log2(target))
}

function topTopics(counts: Map<string, number>): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([topic]) => topic)
}

/**
 * What to draw for the window, with one window of margin on each side so a pan shows drawn items at once.
 * Events mode: every event overlapping the widened window (only the visible one when the margin is crowded).
 * Clusters mode: the events starting in the widened window, bucketed by start day and group; a bucket holding
 * one event is that event.
 */
export function levelOfDetail<T extends LodEvent>(
  index: LodIndex<T>,
  window: DayWindow,
  groupOf: (event: T) => string | null = () => null,
  threshold = EVENT_THRESHOLD,
): LodResult<T> {
  // Few events in all: vis-timeline gets every one, and a pan changes nothing.
  if (index.events.length <= threshold) return { mode: 'events', events: [...index.events] }
  const width = window.to - window.from + 1
  const wide = { from: window.from - width, to: window.to + width }
  if (countInWindow(index, window) <= threshold) {
    let near = overlapping(index, wide, 3 * threshold)
    if (near.length > 3 * threshold) near = overlapping(index, window)
    return { mode: 'events', events: near.map((i) => index.events[i]!) }
  }
  const bucketDays = bucketDaysFor(window)
  const buckets = new Map<string, { day: number; group: string | null; members: number[] }>()
  const last = bound(index.starts, wide.to, true)
  for (let i = bound(index.starts, wide.from, false); i < last; i++) {
    const day = Math.floor(index.starts[i]! / bucketDays) * bucketDays
    const group = groupOf(index.events[i]!)
    const key = `${group ?? ''}:${day}`
    let bucket = buckets.get(key)
    if (!bucket) buckets.set(key, (bucket = { day, group, members: [] }))
    bucket.members.push(i)
  }
  const events: T[] = []
  const clusters: Cluster[] = []
  for (const [key, bucket] of buckets) {
    if (bucket.members.length === 1) {
      events.push(index.events[bucket.members[0]!]!)
      continue
    }
    const topics = new Map<string, number>()
    for (const i of bucket.members) {
      const topic = index.events[i]!.topics[0]
      if (topic !== undefined) topics.set(topic, (topics.get(topic) ?? 0) + 1)
    }
    clusters.push({
      id: `cluster:${key}:${bucketDays}`,
      start: isoFromDayNumber(bucket.day),
      end: isoFromDayNumber(bucket.day + bucketDays),
      count: bucket.members.length,
      group: bucket.group,
      topics: topTopics(topics),
    })
  }
  return { mode: 'clusters', events, clusters, bucketDays }
}

/** The window, halved around its middle (down to two weeks) until the events in it are drawn as themselves. */
export function narrowWindow<T extends LodEvent>(
  index: LodIndex<T>,
  window: DayWindow,
  threshold = EVENT_THRESHOLD,
): DayWindow {
  const middle = Math.floor((window.from + window.to) / 2)
  let span = Math.max(window.to - window.from, 14)
  for (;;) {
    const half = Math.floor(span / 2)
    const narrowed = { from: middle - half, to: middle + half }
    if (span <= 14 || countInWindow(index, narrowed) <= threshold) return narrowed
    span = Math.floor(span / 2)
  }
}

/** Where the keyboard's selection is shown: centred on it, as wide as `width` or narrower (see narrowWindow). */
export function windowForEvent<T extends LodEvent>(
  index: LodIndex<T>,
  event: LodEvent,
  width: number,
  threshold = EVENT_THRESHOLD,
): DayWindow {
  const [start, end] = days(event)
  const middle = Math.floor((start + end) / 2)
  const half = Math.floor(Math.max(width, 14) / 2)
  return narrowWindow(index, { from: middle - half, to: middle + half }, threshold)
}

/** Whether the event overlaps the window. */
export function inWindow(event: LodEvent, window: DayWindow): boolean {
  const [start, end] = days(event)
  return start <= window.to && end >= window.from
}

export function dayWindow(range: { from: string; to: string }): DayWindow {
  return { from: toDayNumber(range.from), to: toDayNumber(range.to) }
}

/**
 * A large corpus opens on a page's worth of events: its densest stretch of this many starts, with at most
 * FIRST_VIEW_DRAWN drawn (long events reaching in count too). Zooming out shows more, then clusters.
 */
const FIRST_VIEW_STARTS = 60
const FIRST_VIEW_DRAWN = 90

/** The densest part of the corpus, narrowed until its events (long ones reaching in, too) are drawn as themselves. */
export function firstView(events: readonly DatasetEvent[]): DayRange | null {
  const dense = densestWindow(events, 0.8, FIRST_VIEW_STARTS)
  if (!dense || events.length <= EVENT_THRESHOLD) return dense
  const narrowed = narrowWindow(createLodIndex(events), dayWindow(dense), FIRST_VIEW_DRAWN)
  return { from: isoFromDayNumber(narrowed.from), to: isoFromDayNumber(narrowed.to) }
}
