/**
 * Formatting a date for people, per language; docs/dates.md has the table of every form.
 * Only the parsed numbers and the UTC-only interval arithmetic are used, never a local-time Date,
 * so the text does not depend on the machine's time zone or on Intl data.
 */
import type { Language } from '../schema'
import { dateInterval } from './interval'
import {
  EN_HALF,
  EN_MONTHS,
  EN_PARTS,
  EN_SEASONS,
  monthName,
  ROMAN_QUARTERS,
  RU_HALF_OF_MONTH,
  RU_HALF_OF_YEAR,
  RU_MONTHS,
  RU_PARTS,
  RU_QUARTER,
  RU_SEASONS,
  type RuCase,
} from './names'
import { parseDate, serializeDate } from './parse'
import type { IsoDay, PartialDate, SingleDate } from './types'

export interface FormatOptions {
  /** "около …" / "about …" */
  approx?: boolean
}

/** One single date in words. */
interface Words {
  /** The phrase without its year when a neighbour may share the year ("июль" of "июль – август 2018 г."), else null. */
  lead: string | null
  /** The calendar year a shared year would print. */
  year: number
  full: string
}

/** A year for people; one before 1 as "300 BC" / "300 г. до н. э." (the grammar's -0300). */
function yearText(year: number, lang: Language): string {
  if (year < 0) return lang === 'ru' ? `${-year} г. до н. э.` : `${-year} BC`
  return lang === 'ru' ? `${year} г.` : String(year)
}

function shared(lead: string, year: number, lang: Language, glue = ' '): Words {
  return { lead, year, full: `${lead}${glue}${yearText(year, lang)}` }
}

const whole = (full: string, year: number): Words => ({ lead: null, year, full })

/** "2018/19", but "1999/2000" across a century. */
function winterYears(year: number): string {
  const next = year + 1
  return Math.floor(year / 100) === Math.floor(next / 100) ? `${year}/${String(next).slice(-2)}` : `${year}/${next}`
}

function dayLead(month: number, day: number, lang: Language): string {
  return lang === 'ru' ? `${day} ${monthName(RU_MONTHS, month).gen}` : `${day} ${monthName(EN_MONTHS, month)}`
}

const splitDay = (iso: IsoDay) => ({
  year: Number(iso.slice(0, -6)),
  month: Number(iso.slice(-5, -3)),
  day: Number(iso.slice(-2)),
})

/** "31 мая", "20–26 мая", "29 апреля – 5 мая" (with a shared year), or each day with its own year. */
function dayRange(start: IsoDay, end: IsoDay, lang: Language): Words {
  const a = splitDay(start)
  const b = splitDay(end)
  if (a.year !== b.year) {
    const full = `${shared(dayLead(a.month, a.day, lang), a.year, lang).full} – ${shared(dayLead(b.month, b.day, lang), b.year, lang).full}`
    return whole(full, a.year)
  }
  if (a.month !== b.month)
    return shared(`${dayLead(a.month, a.day, lang)} – ${dayLead(b.month, b.day, lang)}`, a.year, lang)
  if (a.day !== b.day) return shared(`${a.day}–${dayLead(b.month, b.day, lang)}`, a.year, lang)
  return shared(dayLead(a.month, a.day, lang), a.year, lang)
}

function ruWords(date: SingleDate, c: RuCase): Words {
  const { year } = date
  switch (date.kind) {
    case 'year':
      return whole(yearText(year, 'ru'), year)
    case 'month':
      return shared(monthName(RU_MONTHS, date.month)[c], year, 'ru')
    case 'day':
      return shared(dayLead(date.month, date.day, 'ru'), year, 'ru')
    case 'season':
      if (date.season === 'WI') return whole(`${RU_SEASONS.WI[c]} ${winterYears(year)} гг.`, year)
      return shared(RU_SEASONS[date.season][c], year, 'ru')
    case 'quarter':
      return shared(`${ROMAN_QUARTERS[date.quarter]} ${RU_QUARTER[c]}`, year, 'ru')
    case 'half':
      return shared(RU_HALF_OF_YEAR[date.half][c], year, 'ru')
    case 'week': {
      const { start, end } = dateInterval(date)
      return dayRange(start, end, 'ru')
    }
    case 'month-part':
      return shared(`${RU_PARTS[date.part][c]} ${monthName(RU_MONTHS, date.month).gen}`, year, 'ru')
    case 'month-half':
      return shared(`${RU_HALF_OF_MONTH[date.half][c]} ${monthName(RU_MONTHS, date.month).gen}`, year, 'ru')
    case 'year-part':
      return shared(RU_PARTS[date.part][c], year, 'ru')
  }
}

function enWords(date: SingleDate): Words {
  const { year } = date
  switch (date.kind) {
    case 'year':
      return whole(yearText(year, 'en'), year)
    case 'month':
      return shared(monthName(EN_MONTHS, date.month), year, 'en')
    case 'day':
      return shared(dayLead(date.month, date.day, 'en'), year, 'en')
    case 'season':
      if (date.season === 'WI') return whole(`${EN_SEASONS.WI} ${winterYears(year)}`, year)
      return shared(EN_SEASONS[date.season], year, 'en')
    case 'quarter':
      return shared(`Q${date.quarter}`, year, 'en')
    case 'half':
      // "first half of – Q3 2018" reads badly, so a half of a year never shares its year.
      return whole(`${EN_HALF[date.half]} ${year}`, year)
    case 'week': {
      const { start, end } = dateInterval(date)
      return dayRange(start, end, 'en')
    }
    case 'month-part': {
      const [word, glue] = EN_PARTS[date.part]
      return shared(`${word}${glue}${monthName(EN_MONTHS, date.month)}`, year, 'en')
    }
    case 'month-half':
      return shared(`${EN_HALF[date.half]} ${monthName(EN_MONTHS, date.month)}`, year, 'en')
    case 'year-part': {
      const [word, glue] = EN_PARTS[date.part]
      return shared(word, year, 'en', glue)
    }
  }
}

/** The shared year is printed once: "июль – август 2018 г.", otherwise "декабрь 2017 г. – январь 2018 г.". */
function join(a: Words, b: Words, joiner: string): string {
  const share = a.lead !== null && b.lead !== null && a.year === b.year
  return share ? `${a.lead}${joiner}${b.full}` : `${a.full}${joiner}${b.full}`
}

const isDayLike = (date: SingleDate) => date.kind === 'day' || date.kind === 'week'

function phrase(date: PartialDate, lang: Language, c: RuCase): string {
  const words = (single: SingleDate) => (lang === 'ru' ? ruWords(single, c) : enWords(single))
  switch (date.kind) {
    case 'span': {
      // Days and weeks read best as one run of days: "1–3 июня 2019 г.", "20 мая – 2 июня 2019 г.".
      if (isDayLike(date.from) && isDayLike(date.to)) {
        const { start, end } = dateInterval(date)
        return dayRange(start, end, lang).full
      }
      if (date.from.kind === 'year' && date.to.kind === 'year' && date.from.year < 0) {
        // "3500 – 300 BC", "300 BC – 100": the era is said once when both sides share it.
        if (date.to.year > 0) return `${yearText(date.from.year, lang)} – ${yearText(date.to.year, lang)}`
        return `${-date.from.year}–${yearText(date.to.year, lang)}`
      }
      if (date.from.kind === 'year' && date.to.kind === 'year') {
        return `${date.from.year}–${date.to.year}${lang === 'ru' ? ' гг.' : ''}`
      }
      return join(words(date.from), words(date.to), ' – ')
    }
    case 'alternative':
      return join(words(date.first), words(date.second), lang === 'ru' ? ' или ' : ' or ')
    default:
      return words(date).full
  }
}

/**
 * "31 мая 2019 г." / "31 May 2019", "середина декабря 2017 г." / "mid-December 2017", …
 * With `approx`, "около" takes the genitive: "около ноября 2018 г.". An invalid string is returned unchanged.
 */
export function formatDate(date: PartialDate | string, lang: Language, options: FormatOptions = {}): string {
  const parsed = typeof date === 'string' ? parseDate(date) : { ok: true as const, date }
  if (!parsed.ok) return String(date)
  const text = phrase(parsed.date, lang, options.approx ? 'gen' : 'nom')
  if (!options.approx) return text
  return `${lang === 'ru' ? 'около' : 'about'} ${text}`
}

/**
 * The narrowest valid HTML `<time datetime>` value that covers the whole date: a day or an ISO week as itself,
 * anything inside one month as "YYYY-MM", anything inside one year as "YYYY", and anything crossing years
 * (a winter, a week-span, "2017-12/2018-01") as the year it starts in, the same year it sorts by.
 * An invalid string gives "".
 */
export function htmlDateTime(date: PartialDate | string): string {
  const parsed = typeof date === 'string' ? parseDate(date) : { ok: true as const, date }
  if (!parsed.ok) return ''
  if (parsed.date.kind === 'day' || parsed.date.kind === 'week') return serializeDate(parsed.date)
  const { start, end } = dateInterval(parsed.date)
  // HTML's <time> has no year before 0001: a date that starts before it has no machine-readable value.
  if (start.startsWith('-') || start.startsWith('0000')) return ''
  return start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : start.slice(0, 4)
}
