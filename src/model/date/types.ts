/**
 * The dataset's date: one uppercase string after ISO-TimeML (TIMEX3) values,
 * parsed into a tagged union whose `kind` is also the date's precision.
 * See docs/decisions/0002-date-model.md and docs/dates.md.
 */
export type Season = 'SP' | 'SU' | 'FA' | 'WI'
export type Part = 'START' | 'MID' | 'END'

export type SingleDate =
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'season'; year: number; season: Season }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'week'; year: number; week: number }
  | { kind: 'month-part'; year: number; month: number; part: Part }
  | { kind: 'month-half'; year: number; month: number; half: 1 | 2 }
  | { kind: 'year-part'; year: number; part: Part }

export type PartialDate =
  | SingleDate
  | { kind: 'span'; from: SingleDate; to: SingleDate }
  | { kind: 'alternative'; first: SingleDate; second: SingleDate }

/** The precision of a date is its kind. */
export type Precision = PartialDate['kind']

export const PRECISIONS: readonly Precision[] = [
  'day',
  'week',
  'month-part',
  'month-half',
  'month',
  'season',
  'quarter',
  'half',
  'year-part',
  'year',
  'span',
  'alternative',
]

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string

/** First and last day of a date, both inclusive. */
export interface DateInterval {
  start: IsoDay
  end: IsoDay
}

export type ParseResult = { ok: true; date: PartialDate } | { ok: false; error: string }
