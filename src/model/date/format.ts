/**
 * Formatting a date for people, per language (see docs/dates.md for the table).
 * STUB: the signatures are the contract; the implementation is being written.
 */
import type { Language } from '../schema'
import { parseDate, serializeDate } from './parse'
import type { PartialDate } from './types'

export interface FormatOptions {
  /** "около …" / "about …" */
  approx?: boolean
}

/** "31 мая 2019 г." / "31 May 2019", "середина декабря 2017 г." / "mid-December 2017", … */
export function formatDate(date: PartialDate | string, _lang: Language, _options: FormatOptions = {}): string {
  const parsed = typeof date === 'string' ? parseDate(date) : { ok: true as const, date }
  return parsed.ok ? serializeDate(parsed.date) : String(date)
}

/** The widest valid HTML `<time datetime>` form: year, month, week or day ("2019", "2019-06", "2019-W21", "2019-06-11"). */
export function htmlDateTime(date: PartialDate | string): string {
  const parsed = typeof date === 'string' ? parseDate(date) : { ok: true as const, date }
  return parsed.ok ? serializeDate(parsed.date).slice(0, 4) : ''
}
