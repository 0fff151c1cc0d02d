/**
 * Pure: the dataset's periods (eras) → the bands drawn behind the events. Periods overlap (a prime minister's
 * years hold a foreign minister's), so each band gets a lane: its label is drawn in that row of the strip above
 * the items, and no two overlapping labels share a row.
 */
import { compareIsoDays, dayNumberFromIso, formatDate, isoFromDayNumber } from '../../model'
import type { Dataset, Language } from '../../model'

type BuiltPeriod = Dataset['periods'][number]

export interface PeriodBand {
  /** `period:<id>`: never an event's id, so a click on a band is not a selection. */
  id: string
  periodId: string
  /** The first day, and the day after the last (vis-timeline's exclusive end). */
  start: string
  end: string
  /** The label, as plain text. */
  text: string
  /** The dates in words ("2012–2020"), for the tooltip and screen readers. */
  dates: string
  /** What a band is ("Period"), read out before its label. */
  kind: string
  /** 0-based row of the label strip. */
  lane: number
}

const PERIOD_PREFIX = 'period:'

/**
 * Lanes by first fit, in start order (the longer first on a tie): a period may start on the day another one
 * ends (one minister hands over to the next) and share its row.
 */
function lanesOf(periods: readonly BuiltPeriod[]): Map<string, number> {
  const ends: string[] = []
  const lanes = new Map<string, number>()
  const order = periods.toSorted((a, b) => compareIsoDays(a.startDay, b.startDay) || compareIsoDays(b.endDay, a.endDay))
  for (const period of order) {
    let lane = ends.findIndex((end) => compareIsoDays(end, period.startDay) <= 0)
    if (lane === -1) lane = ends.length
    ends[lane] = period.endDay
    lanes.set(period.id, lane)
  }
  return lanes
}

const datesOf = (period: BuiltPeriod, lang: Language) =>
  formatDate(period.start === period.end ? period.start : `${period.start}/${period.end}`, lang)

export function periodBands(periods: readonly BuiltPeriod[], lang: Language, kind: string): PeriodBand[] {
  const lanes = lanesOf(periods)
  return periods.map((period) => ({
    id: `${PERIOD_PREFIX}${period.id}`,
    periodId: period.id,
    start: period.startDay,
    end: isoFromDayNumber(dayNumberFromIso(period.endDay) + 1),
    text: period.label[lang],
    dates: datesOf(period, lang),
    kind,
    lane: lanes.get(period.id) ?? 0,
  }))
}

/** How many label rows the bands need. */
export function laneCount(bands: readonly Pick<PeriodBand, 'lane'>[]): number {
  return bands.reduce((most, band) => Math.max(most, band.lane + 1), 0)
}
