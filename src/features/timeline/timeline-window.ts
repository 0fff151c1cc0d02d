/** Pure window arithmetic on whole days: the dense first view and what lies outside a window. */
import { compareIsoDays, dayNumberFromIso, isoFromDayNumber } from '../../model'
import type { DayRange } from '../../lib/url-state'

interface Interval {
  start: string
  end: string
}

const dayNumbers = new Map<string, number>()

/**
 * `YYYY-MM-DD` → its day number (the model's), kept: the events of a corpus share a few thousand days (at 100,000 events the first
 * view parsed 400,000 of them), and the cache is small beside a cache per event (cleared past 100,000 days).
 */
export function toDayNumber(iso: string): number {
  let day = dayNumbers.get(iso)
  if (day === undefined) {
    if (dayNumbers.size >= 100_000) dayNumbers.clear()
    dayNumbers.set(iso, (day = dayNumberFromIso(iso)))
  }
  return day
}

/**
 * The smallest window holding `share` of the events (by interval start), but at most `maxEvents` of them, padded
 * on both sides, so that one event decades away does not squeeze the rest into a sliver, and a large corpus
 * opens where its events are drawn as themselves (see level-of-detail.ts). null when there is nothing.
 */
export function densestWindow(events: readonly Interval[], share = 0.8, maxEvents = Infinity): DayRange | null {
  if (events.length === 0) return null
  const starts = events.map((e) => toDayNumber(e.start)).sort((a, b) => a - b)
  const k = Math.max(1, Math.min(maxEvents, Math.ceil(share * starts.length)))
  let best = 0
  for (let i = 1; i + k - 1 < starts.length; i++) {
    if (starts[i + k - 1]! - starts[i]! < starts[best + k - 1]! - starts[best]!) best = i
  }
  const first = starts[best]!
  const lastStart = starts[best + k - 1]!
  const last = Math.max(lastStart, endOfLastStartingOn(events, lastStart))
  const pad = Math.min(Math.max(15, Math.round((last - first) * 0.08)), k < share * starts.length ? 15 : Infinity)
  return { from: isoFromDayNumber(first - pad), to: isoFromDayNumber(last + pad) }
}

/** The end of the last event (in the list's order) starting on that day. */
function endOfLastStartingOn(events: readonly Interval[], day: number): number {
  for (let i = events.length - 1; i >= 0; i--)
    if (toDayNumber(events[i]!.start) === day) return toDayNumber(events[i]!.end)
  return day
}

/** Events entirely before and entirely after the window. */
export function outsideOf<T extends Interval>(events: readonly T[], window: DayRange): { before: T[]; after: T[] } {
  const before: T[] = []
  const after: T[] = []
  for (const event of events) {
    if (compareIsoDays(event.end, window.from) < 0) before.push(event)
    else if (compareIsoDays(event.start, window.to) > 0) after.push(event)
  }
  return { before, after }
}

export function countOutside(events: readonly Interval[], window: DayRange): { before: number; after: number } {
  const { before, after } = outsideOf(events, window)
  return { before: before.length, after: after.length }
}

/**
 * The days the date grammar can name, and so all the timeline ever shows: the first day of 271821 BC (ISO 8601
 * astronomical -271820, the earliest whole year a browser date holds) to 9999-12-31.
 */
export const FIRST_DAY = '-271820-01-01'
export const LAST_DAY = '9999-12-31'

/** Years past 9999 have five digits; negative ones compare by their day numbers (compareIsoDays). */
function clampDay(iso: string): string {
  if (!iso.startsWith('-') && iso.length > LAST_DAY.length) return LAST_DAY
  return compareIsoDays(iso, FIRST_DAY) < 0 ? FIRST_DAY : compareIsoDays(iso, LAST_DAY) > 0 ? LAST_DAY : iso
}

/** A window kept within FIRST_DAY … LAST_DAY: beyond them a day has no four-digit year to be written with. */
export function clampWindow(window: DayRange): DayRange {
  return { from: clampDay(window.from), to: clampDay(window.to) }
}

/** A local calendar day as a Date, for years below 100 and before 1 too (`new Date(1, 0, 1)` would be 1901). */
export function isoDayToDate(iso: string): Date {
  const n = iso.length
  const date = new Date(2000, 0, 1)
  date.setFullYear(Number(iso.slice(0, n - 6)), Number(iso.slice(n - 5, n - 3)) - 1, Number(iso.slice(n - 2)))
  return date
}

const FIRST_YEAR = Number(FIRST_DAY.slice(0, -6))

/** A Date from vis-timeline → the local calendar day, within FIRST_DAY … LAST_DAY. */
export function dateToIsoDay(date: Date): string {
  const y = date.getFullYear()
  if (!(y >= FIRST_YEAR)) return FIRST_DAY
  if (y > 9999) return LAST_DAY
  const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0')
  return `${year}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

export const DAY_MS = 1000 * 60 * 60 * 24
/** Zoomed out to the data's span and half as much again (room on both sides)… */
const SPAN_MARGIN = 1.5
/** …but never to less than a decade (a dataset of one event), nor to more than the grammar holds. */
const MIN_ZOOM_MAX = DAY_MS * 365.25 * 10

/** vis-timeline's zoomMax in milliseconds for data covering `span` (null: no data, anything goes). */
export function zoomMaxFor(span: DayRange | null): number {
  const whole = isoDayToDate(LAST_DAY).valueOf() - isoDayToDate(FIRST_DAY).valueOf()
  if (!span) return whole
  const days = isoDayToDate(span.to).valueOf() - isoDayToDate(span.from).valueOf()
  return Math.min(whole, Math.max(MIN_ZOOM_MAX, days * SPAN_MARGIN))
}

/** Outliers are at most this share of the events… */
const OUTLIER_SHARE = 0.2
/** …and are cut off in at most this many steps (a few far-off events on each side). */
const OUTLIER_STEPS = 4

/**
 * The part of the events that "Fit all" shows (docs/decisions/0017-fit-the-dense-part.md): all of them, unless a
 * few lie beyond a gap wider than the rest's whole span (1945 and 1956 before 2016–2019); those are left out,
 * reachable through the counts of events outside the window. Events must come sorted by start.
 */
export function mainPart<T extends Interval>(events: readonly T[]): { from: number; to: number } | null {
  if (events.length === 0) return null
  const starts = events.map((e) => toDayNumber(e.start))
  const ends = events.map((e) => toDayNumber(e.end))
  let lo = 0
  let hi = events.length
  for (let step = 0; step < OUTLIER_STEPS; step++) {
    // The widest gap between an event's start and the latest end before it.
    let gap = 0
    let at = -1
    let reach = ends[lo]!
    for (let i = lo + 1; i < hi; i++) {
      if (starts[i]! - reach > gap) [gap, at] = [starts[i]! - reach, i]
      reach = Math.max(reach, ends[i]!)
    }
    if (at < 0) break
    const dropLeft = at - lo <= hi - at
    const [keepLo, keepHi] = dropLeft ? [at, hi] : [lo, at]
    if (Math.min(at - lo, hi - at) > OUTLIER_SHARE * (hi - lo)) break
    let keptEnd = ends[keepLo]!
    for (let i = keepLo; i < keepHi; i++) keptEnd = Math.max(keptEnd, ends[i]!)
    if (gap <= keptEnd - starts[keepLo]!) break
    ;[lo, hi] = [keepLo, keepHi]
  }
  let to = ends[lo]!
  for (let i = lo; i < hi; i++) to = Math.max(to, ends[i]!)
  return { from: starts[lo]!, to }
}

/** A window over whole days with a little room on the left, and more on the right for the last labels. */
export function paddedWindow(part: { from: number; to: number }): DayRange {
  const span = part.to - part.from
  const pad = (share: number) => Math.max(7, Math.round(span * share))
  return { from: isoFromDayNumber(part.from - pad(0.03)), to: isoFromDayNumber(part.to + pad(0.2)) }
}

/** "1945–1956", or "2017" when they share a year: where the events outside the window are. */
export function yearsOf(events: readonly Interval[]): string {
  if (events.length === 0) return ''
  let first = events[0]!.start
  let last = events[0]!.end
  for (const event of events) {
    if (compareIsoDays(event.start, first) < 0) first = event.start
    if (compareIsoDays(event.end, last) > 0) last = event.end
  }
  // ISO years are astronomical: 0 is 1 BC.
  const [a, b] = [first, last].map((iso) => {
    const year = Number(iso.slice(0, -6))
    return year > 0 ? String(year) : `${1 - year} BC`
  })
  return a === b ? a! : `${a}–${b}`
}
