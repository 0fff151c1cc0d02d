/**
 * Small, pure calendar resolvers: from a reference day (the document's date) and a few
 * parsed parts to a value of the dataset's date grammar (src/model/date).
 */
import { dateInterval, isoWeekOf, parseDate, type Season } from '../../model/date'
import { dayNumber, fromDayNumber, isoDay } from '../../model/date/calendar'
import type { Tense } from './tense'

export interface RefDay {
  year: number
  month: number
  day: number
}

export function refDay(documentDate: string): RefDay {
  const [year, month, day] = documentDate.split('-').map(Number)
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 }
}

export const pad2 = (n: number): string => String(n).padStart(2, '0')
export const monthValue = (year: number, month: number): string => `${year}-${pad2(month)}`
export const dayValue = (year: number, month: number, day: number): string => isoDay(year, month, day)
export const refValue = (ref: RefDay): string => dayValue(ref.year, ref.month, ref.day)

/** The year that puts a month nearest the reference (within six months either way). */
export function closestMonthYear(ref: RefDay, month: number): number {
  const diff = month - ref.month
  if (diff > 6) return ref.year - 1
  if (diff < -6) return ref.year + 1
  return ref.year
}

/**
 * The year of a month named without one, by the clause's tense: past → the latest such month that has
 * begun by the reference, future → the first that has not ended, neither → the nearest.
 */
export function monthYear(ref: RefDay, month: number, tense: Tense = null): number {
  if (tense === 'past') return month <= ref.month ? ref.year : ref.year - 1
  if (tense === 'future') return month >= ref.month ? ref.year : ref.year + 1
  return closestMonthYear(ref, month)
}

/** `last November`: the latest such month before the reference month; `next`: the first after it. */
export function relativeMonthYear(ref: RefDay, month: number, direction: -1 | 1): number {
  if (direction < 0) return month < ref.month ? ref.year : ref.year - 1
  return month > ref.month ? ref.year : ref.year + 1
}

function distance(ref: RefDay, value: string): number {
  const parsed = parseDate(value)
  if (!parsed.ok) return Number.POSITIVE_INFINITY
  const { start, end } = dateInterval(parsed.date)
  const r = refValue(ref)
  if (r < start) return dayNumberOf(start) - dayNumberOf(r)
  if (r > end) return dayNumberOf(r) - dayNumberOf(end)
  return 0
}

function dayNumberOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return dayNumber(y ?? 1970, m ?? 1, d ?? 1)
}

/** The season of the year nearest the reference ("весной", "in the spring"). */
export function closestSeason(ref: RefDay, season: Season): string {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((y) => `${y}-${season}`)
  return candidates.reduce((best, c) => (distance(ref, c) < distance(ref, best) ? c : best))
}

/** The first such season that has not ended by the reference ("this coming spring", "до весны"). */
export function nextSeason(ref: RefDay, season: Season): string {
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const value = `${y}-${season}`
    const parsed = parseDate(value)
    if (parsed.ok && dateInterval(parsed.date).end >= refValue(ref)) return value
  }
  return `${ref.year + 1}-${season}`
}

/** The season that ended last before the reference ("last spring"). */
export function previousSeason(ref: RefDay, season: Season): string {
  for (const y of [ref.year + 1, ref.year, ref.year - 1, ref.year - 2]) {
    const value = `${y}-${season}`
    const parsed = parseDate(value)
    if (parsed.ok && dateInterval(parsed.date).end < refValue(ref)) return value
  }
  return `${ref.year - 1}-${season}`
}

/** The latest such season that has begun by the reference ("весной состоялась", "этой зимой прошел" in January). */
export function startedSeason(ref: RefDay, season: Season): string {
  for (const y of [ref.year, ref.year - 1, ref.year - 2]) {
    const value = `${y}-${season}`
    const parsed = parseDate(value)
    if (parsed.ok && dateInterval(parsed.date).start <= refValue(ref)) return value
  }
  return `${ref.year - 1}-${season}`
}

/** A season named without a year, by the clause's tense (see monthYear). */
export function seasonByTense(ref: RefDay, season: Season, tense: Tense): string {
  if (tense === 'past') return startedSeason(ref, season)
  if (tense === 'future') return nextSeason(ref, season)
  return closestSeason(ref, season)
}

/** "этой зимой", "this winter": the winter that holds January and February belongs to the year before. */
export function thisSeason(ref: RefDay, season: Season): string {
  return season === 'WI' && ref.month <= 2 ? `${ref.year - 1}-WI` : `${ref.year}-${season}`
}

/** ISO week of the reference shifted by whole weeks ("на прошлой неделе" → -1). */
export function relativeWeek(ref: RefDay, offset: number): string {
  const n = dayNumber(ref.year, ref.month, ref.day) + offset * 7
  const d = fromDayNumber(n)
  const w = isoWeekOf(d.year, d.month, d.day)
  return `${w.year}-W${pad2(w.week)}`
}

export function shiftDays(ref: RefDay, days: number): string {
  const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + days)
  return dayValue(d.year, d.month, d.day)
}

export function shiftMonths(ref: RefDay, months: number): string {
  const index = ref.year * 12 + (ref.month - 1) + months
  return monthValue(Math.floor(index / 12), (index % 12) + 1)
}

/**
 * ISO weekday 1..7 → the nearest such day (the reference itself if it is that weekday); direction forces
 * past or future ("last Tuesday" is never today; with `inclusive`, as for a tense, it may be).
 */
export function weekdayDay(ref: RefDay, weekday: number, direction: -1 | 0 | 1 = 0, inclusive = false): string {
  const n = dayNumber(ref.year, ref.month, ref.day)
  const current = ((((n + 3) % 7) + 7) % 7) + 1
  const forward = (weekday - current + 7) % 7
  const backward = (current - weekday + 7) % 7
  if (direction > 0) return shiftDays(ref, forward === 0 && !inclusive ? 7 : forward)
  if (direction < 0) return shiftDays(ref, backward === 0 && !inclusive ? -7 : -backward)
  return shiftDays(ref, forward <= backward ? forward : -backward)
}

/** A valid grammar value or null. */
export function valid(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return parseDate(value).ok ? value : null
}
