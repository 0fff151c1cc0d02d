/** Pure window arithmetic on whole days: the dense first view and what lies outside a window. */
import { dayNumberFromIso, isoFromDayNumber } from '../../model'
import type { DayRange } from '../../lib/url-state'

interface Interval {
  start: string
  end: string
}

/** `YYYY-MM-DD` → its day number (the model's, under the name the timeline modules use). */
export const toDayNumber = dayNumberFromIso

/**
 * The smallest window holding `share` of the events (by interval start), but at most `maxEvents` of them, padded
 * on both sides, so that one event decades away does not squeeze the rest into a sliver, and a large corpus
 * opens where its events are drawn as themselves (see level-of-detail.ts). null when there is nothing.
 */
export function densestWindow(events: readonly Interval[], share = 0.8, maxEvents = Infinity): DayRange | null {
  if (events.length === 0) return null
  const starts = events.map((e) => toDayNumber(e.start)).sort((a, b) => a - b)
  const ends = new Map(events.map((e) => [toDayNumber(e.start), toDayNumber(e.end)]))
  const k = Math.max(1, Math.min(maxEvents, Math.ceil(share * starts.length)))
  let best = 0
  for (let i = 1; i + k - 1 < starts.length; i++) {
    if (starts[i + k - 1]! - starts[i]! < starts[best + k - 1]! - starts[best]!) best = i
  }
  const first = starts[best]!
  const lastStart = starts[best + k - 1]!
  const last = Math.max(lastStart, ends.get(lastStart) ?? lastStart)
  const pad = Math.min(Math.max(15, Math.round((last - first) * 0.08)), k < share * starts.length ? 15 : Infinity)
  return { from: isoFromDayNumber(first - pad), to: isoFromDayNumber(last + pad) }
}

/** Events entirely before and entirely after the window. */
export function countOutside(events: readonly Interval[], window: DayRange): { before: number; after: number } {
  let before = 0
  let after = 0
  for (const event of events) {
    if (event.end < window.from) before++
    else if (event.start > window.to) after++
  }
  return { before, after }
}

/** A Date from vis-timeline → the local calendar day. */
export function dateToIsoDay(date: Date): string {
  const y = date.getFullYear()
  return `${String(y).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}
