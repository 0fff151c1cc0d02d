/**
 * The strip's geometry, pure. Two parts:
 * - the window: the calendar year of the current event, with a tick per month (the year at January), every
 *   slide of that year as a mark and a marker on the current one. Two slides a month apart are 1/12 of the
 *   strip apart; a year is few enough slides that the marks stay apart.
 * - the overview: every year the slides touch, runs of consecutive years as one segment, the empty stretches
 *   between them (1956–2016) cut down to a fixed break, and the window's year lit in it.
 */
import { dayNumberFromIso } from '../../model'
import type { Slide } from './slides'

/** Percent of a width. */
export interface Span {
  left: number
  width: number
}

export interface StripWindow {
  year: number
  /** The first day of each month, in percent; index 0 is January. */
  months: number[]
  /** The slides of the year (clipped to it), in slide order; `current` marks the slide on screen. */
  marks: (Span & { current: boolean })[]
  /** The centre of the current slide's interval within the year. */
  marker: number
}

export interface StripOverview {
  /** Runs of years with slides, e.g. 1945, 1956, 2013, 2016–2019. */
  segments: (Span & { from: number; to: number })[]
  /** The window's year inside its segment. */
  current: Span
}

/** A mark is never thinner than this, so a single day shows. */
const MIN_MARK = 0.6
/** An empty stretch between two runs of years takes the width of this many years, whatever its length. */
const BREAK_YEARS = 0.7

const day = dayNumberFromIso
const yearStart = (year: number) => day(`${String(year).padStart(4, '0')}-01-01`)

function clippedSpan(start: number, end: number, from: number, to: number): Span | null {
  const a = Math.max(start, from)
  const b = Math.min(end, to)
  if (b <= a) return null
  const total = to - from
  const left = ((a - from) / total) * 100
  const width = Math.max(((b - a) / total) * 100, MIN_MARK)
  return { left: Math.min(left, 100 - width), width }
}

/** The window for the slide at `index` (0-based among the events); null when there is none. */
export function stripWindow(slides: readonly Slide[], index: number): StripWindow | null {
  const current = slides[index]
  if (!current) return null
  const year = Number(current.event.start.slice(0, -6))
  const from = yearStart(year)
  const to = yearStart(year + 1)
  const months = Array.from(
    { length: 12 },
    (_, m) =>
      ((day(`${String(year).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`) - from) / (to - from)) * 100,
  )
  const marks: StripWindow['marks'] = []
  slides.forEach(({ event }, i) => {
    const span = clippedSpan(day(event.start), day(event.end) + 1, from, to)
    if (span) marks.push({ ...span, current: i === index })
  })
  const own = marks.find((mark) => mark.current) ?? { left: 0, width: 0 }
  return { year, months, marks, marker: own.left + own.width / 2 }
}

/** The years the slides touch, as runs of consecutive years. */
function yearRuns(slides: readonly Slide[]): { from: number; to: number }[] {
  const years = new Set<number>()
  for (const { event } of slides) {
    const first = Number(event.start.slice(0, -6))
    const last = Number(event.end.slice(0, -6))
    // An interval of many years is its ends, not every year in between: a decade-long event does not fill the gap.
    years.add(first)
    years.add(last)
    if (last - first <= 3) for (let y = first + 1; y < last; y++) years.add(y)
  }
  const runs: { from: number; to: number }[] = []
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && year === last.to + 1) last.to = year
    else runs.push({ from: year, to: year })
  }
  return runs
}

export function stripOverview(slides: readonly Slide[], year: number): StripOverview {
  const runs = yearRuns(slides)
  const units = runs.reduce((sum, run) => sum + run.to - run.from + 1, 0) + BREAK_YEARS * Math.max(runs.length - 1, 0)
  const scale = units > 0 ? 100 / units : 0
  let at = 0
  let current: Span = { left: 0, width: 0 }
  const segments = runs.map((run, i) => {
    if (i > 0) at += BREAK_YEARS * scale
    const left = at
    const width = (run.to - run.from + 1) * scale
    if (year >= run.from && year <= run.to) current = { left: left + (year - run.from) * scale, width: scale }
    at += width
    return { ...run, left, width }
  })
  return { segments, current }
}

/** A period (era) in the strip's window: its band across the year, and whether the slide on screen is in it. */
export interface StripPeriod extends Span {
  id: string
  label: string
  /** The current slide's interval overlaps the period: its name is written under the strip. */
  current: boolean
}

export interface PeriodDays {
  id: string
  startDay: string
  endDay: string
  label: string
}

/** The periods that touch the window's year, in the order given, each clipped to the year. */
export function stripPeriods(periods: readonly PeriodDays[], slides: readonly Slide[], index: number): StripPeriod[] {
  const slide = slides[index]
  if (!slide) return []
  const year = Number(slide.event.start.slice(0, -6))
  const from = yearStart(year)
  const to = yearStart(year + 1)
  const start = day(slide.event.start)
  const end = day(slide.event.end)
  return periods.flatMap((period) => {
    const first = day(period.startDay)
    const last = day(period.endDay)
    const span = clippedSpan(first, last + 1, from, to)
    if (!span) return []
    return [{ ...span, id: period.id, label: period.label, current: first <= end && last >= start }]
  })
}
