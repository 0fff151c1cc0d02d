/**
 * Anaphoric expressions ("the same day", «в тот же день», "the following week", «на следующий день», "two
 * days later") count from the last date the text named, not from the document's date: the anchor is the
 * latest expression before them, in text order, that resolved to a day (for day units) or to any period (its
 * first day, for weeks, months and years). The same idea as HeidelTime's news handling (reference time = the
 * publication date, the previous resolved date for anaphora), written for this grammar.
 */
import { dateInterval, parseDate } from '../../model/date'
import { dayValue, monthValue, refDay, relativeWeek, shiftDays, shiftMonths } from './resolve'

export interface Anaphor {
  anaphor: 'day' | 'week' | 'month' | 'year'
  /** 0: the same period as the anchor; 1: the one after; -1: the one before; n: n units after. */
  offset: number
  /** A part of the period ("в начале года", "mid-month"): START, MID or END of the anchor's year or month. */
  part?: 'START' | 'MID' | 'END'
  /**
   * Anchored only by a date named earlier in the same sentence, else the document's date: a bare "the year"
   * means the document's year in news unless the sentence has just named another («В следующем году …, но
   * до этого, в начале года»).
   */
  local?: boolean
  /**
   * In a clause about the future ("is set to arrive later in the day"): a day before the document's date cannot
   * be meant, so such an anchor gives way to the document's date.
   */
  notPast?: boolean
  /**
   * The n-th day of an event («во второй день визита», "on the second day of the visit"): counted from the first
   * day of a span of days named before it, where "the next day" counts from its last.
   */
  ordinal?: boolean
  /**
   * An n-th day in a clause not about the future («Во второй день визита японцы продолжают …»): with no first day
   * named before it, the report is of the day it is written on, the document's date.
   */
  reported?: boolean
  /** A month (and day) of the anchor's year: «в июне того же года», «15 июня того же года». */
  month?: number
  day?: number
  /**
   * In a clause about a plan ("will fly back later the same day"): the day counts from the last day of a plan
   * the text named, not from a later day of its report ("sources said on Friday"); when the text named no
   * plan's day and its last day lies in an earlier paragraph, the day it counts from is not named at all.
   */
  plan?: boolean
  /** The last date named, whole, whatever its precision ("at that time" after "on June 28-29, 2019"); null if none. */
  whole?: boolean
}
export const anaphor = (unit: Anaphor['anaphor'], offset: number): Anaphor => ({ anaphor: unit, offset })
/** The n-th day of an event, counted from its first day (see Anaphor.ordinal). */
export const dayOfEvent = (n: number): Anaphor => ({ anaphor: 'day', offset: n - 1, ordinal: true })
/** A part of "the year" or "the month" named without one (see Anaphor.local). */
export const partAnaphor = (unit: 'year' | 'month', part: 'START' | 'MID' | 'END'): Anaphor => ({
  anaphor: unit,
  offset: 0,
  part,
  local: true,
})
export function isAnaphor(x: unknown): x is Anaphor {
  return typeof x === 'object' && x !== null && 'anaphor' in x
}

export interface Anchored {
  start: number
  end: number
  value: string | null
  reason?: string
  anaphor?: Anaphor
}

const UNIT_WORDS: Record<Anaphor['anaphor'], [string, string, string]> = {
  day: ['the same day as', 'the day after', 'the day before'],
  week: ['the week of', 'the week after', 'the week before'],
  month: ['the month of', 'the month after', 'the month before'],
  year: ['the year of', 'the year after', 'the year before'],
}

const PART_WORDS = { START: 'start', MID: 'middle', END: 'end' } as const

function describe(a: Anaphor, anchor: string): string {
  if (a.part) return `the ${PART_WORDS[a.part]} of the ${a.anaphor} of ${anchor}`
  if (a.month) return `${a.day ? 'a day' : 'a month'} of the year of ${anchor}`
  const [same, after, before] = UNIT_WORDS[a.anaphor]
  const relation =
    a.offset === 0 ? same : a.offset === 1 ? after : a.offset === -1 ? before : `${a.offset} ${a.anaphor}s from`
  return `${relation} ${anchor}`
}

/** The first day of a value's period, or null for a value that is not one period ("A|B"). */
function firstDay(value: string): string | null {
  if (value.includes('|')) return null
  const parsed = parseDate(value)
  return parsed.ok ? dateInterval(parsed.date).start : null
}

export function resolveAnaphor(a: Anaphor, anchorDay: string): string {
  const ref = refDay(anchorDay)
  if (a.anaphor === 'day') return shiftDays(ref, a.offset)
  if (a.anaphor === 'week') return relativeWeek(ref, a.offset)
  if (a.anaphor === 'month') return a.part ? `${shiftMonths(ref, a.offset)}-${a.part}` : shiftMonths(ref, a.offset)
  const year = ref.year + a.offset
  if (a.month) return a.day ? dayValue(year, a.month, a.day) : monthValue(year, a.month)
  return a.part ? `${year}-${a.part}` : String(year)
}

/** A sentence ends between two offsets: a full stop, ! or ? before white space, or a line break. */
const SENTENCE_BREAK = /[.!?]\s|\n/
/** An aside in parentheses ("(в японской Осаке. – Прим. ред.)") does not end its sentence. */
const sameSentence = (text: string, from: number, to: number) =>
  !SENTENCE_BREAK.test(text.slice(from, to).replace(/\([^()\n]*\)/g, ''))

/** A blank line: a new paragraph. */
const PARAGRAPH_BREAK = /\n\s*\n/

/** "на следующий день, это 26 мая": a day named right beside the anaphor is its value. */
const APPOSITION = /^\s*(?:[,(—–-]\s*)?(?:это|то\s+есть|т\.\s*е\.|that\s+is|i\.e\.)?\s*$/iu

/**
 * Resolves the anaphors of a text's expressions in place, in text order. An anaphor with no anchor before it
 * takes the document's date, and says so.
 */
export function resolveAnaphora<T extends Anchored>(text: string, expressions: T[], documentDate: string): T[] {
  let lastDay: string | null = null
  // The last day of a span of days («15–16 декабря»), from which "the next day" counts; else lastDay.
  let lastDayEnd: string | null = null
  let lastPeriod: string | null = null
  let lastPeriodEnd = 0
  let lastValue: string | null = null
  let lastDayAt = 0
  let lastPlanDay: string | null = null
  // The last day of a plan's span of days, from which its "the next day" counts (as lastDayEnd).
  let lastPlanDayLast: string | null = null
  let lastPlanDayEnd = 0
  expressions.forEach((e, i) => {
    if (e.anaphor?.whole) {
      e.value = lastValue
      e.reason = lastValue
        ? `anaphoric: the time of ${lastValue}, the last date named`
        : 'vague: no date named before it to refer to'
    } else if (e.anaphor?.local) {
      const anchored = lastPeriod !== null && sameSentence(text, lastPeriodEnd, e.start)
      const anchor = anchored && lastPeriod ? lastPeriod : documentDate
      e.value = resolveAnaphor(e.anaphor, anchor)
      e.reason = anchored
        ? `anaphoric: ${describe(e.anaphor, anchor)}, the last date named in its sentence`
        : `deictic: ${describe(e.anaphor, anchor)} (the document's date; its sentence names no other)`
    } else if (e.anaphor) {
      const next = expressions[i + 1]
      const beside =
        next && !next.anaphor && next.value && /^\d{4}-\d{2}-\d{2}$/.test(next.value) && e.anaphor.anaphor === 'day'
          ? APPOSITION.test(text.slice(e.end, next.start))
          : false
      const fromEnd = e.anaphor.anaphor === 'day' && e.anaphor.offset > 0 && !e.anaphor.ordinal
      const anchor = e.anaphor.anaphor === 'day' ? (fromEnd ? lastDayEnd : lastDay) : lastPeriod
      const plan = e.anaphor.plan === true && e.anaphor.anaphor === 'day' && !beside
      // The plan's day counts only when it was named in the paragraph of the last day named.
      const planNear = lastPlanDay !== null && !PARAGRAPH_BREAK.test(text.slice(lastPlanDayEnd, lastDayAt))
      const planAnchor = fromEnd ? lastPlanDayLast : lastPlanDay
      if (plan && planNear && planAnchor && lastPlanDay !== lastDay) {
        e.value = resolveAnaphor(e.anaphor, planAnchor)
        e.reason = `anaphoric: ${describe(e.anaphor, planAnchor)}, the last day of a plan named (not ${lastDay ?? ''}, named after it)`
      } else if (plan && !planNear && (lastDay === null || PARAGRAPH_BREAK.test(text.slice(lastDayAt, e.start)))) {
        e.value = null
        e.reason = lastDay
          ? `vague: a day of a plan counted from a day the text does not name (${lastDay} is of another paragraph)`
          : 'vague: a day of a plan counted from a day the text does not name (none is named before it)'
      } else if (beside && next?.value) {
        e.value = next.value
        e.reason = `anaphoric: the day named beside it (${next.value})`
      } else if (anchor && e.anaphor.notPast && resolveAnaphor(e.anaphor, anchor) < documentDate.slice(0, 10)) {
        e.value = resolveAnaphor(e.anaphor, documentDate)
        e.reason = `future: ${describe(e.anaphor, documentDate)} (the document's date), not of ${anchor}, a day already past`
      } else if (anchor) {
        e.value = resolveAnaphor(e.anaphor, anchor)
        e.reason = `anaphoric: ${describe(e.anaphor, anchor)}, the last date named`
      } else if (e.anaphor.ordinal && e.anaphor.reported) {
        e.value = documentDate.slice(0, 10)
        e.reason = `deictic: the n-th day of an event whose first day the text does not name, the document's date`
      } else {
        e.value = resolveAnaphor(e.anaphor, documentDate)
        e.reason = `anaphoric: no date named before it, so ${describe(e.anaphor, documentDate)} (the document's date)`
      }
    }
    if (e.value) {
      lastValue = e.value
      const day = /^\d{4}-\d{2}-\d{2}$/.test(e.value) ? e.value : null
      const days = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(e.value)
      if (day) lastDay = lastDayEnd = day
      else if (days) [lastDay, lastDayEnd] = [days[1] ?? null, days[2] ?? null]
      if (day || days) {
        lastDayAt = e.end
        if (/^(?:span: )?future:/.test(e.reason ?? '')) {
          lastPlanDay = lastDay
          lastPlanDayLast = lastDayEnd
          lastPlanDayEnd = e.end
        }
      }
      const first = firstDay(e.value)
      if (first) {
        lastPeriod = first
        lastPeriodEnd = e.end
      }
    }
  })
  return expressions
}
