/**
 * The English rules (see rule.ts), in the order tried: days with their neighbours (rules-en-days.ts), parts of
 * the day, parts of periods and seasons (rules-en-parts.ts), then months, years, weeks, weekdays and wars.
 */
import { EN_MONTH, EN_NUMBER_WORD, EN_WEEKDAYS, enMonth, enNumber } from './lexicon'
import {
  dayValue,
  monthValue,
  monthYear,
  refDay,
  valid,
  type RefDay,
  refValue,
  relativeMonthYear,
  relativeWeek,
  shiftDays,
  shiftMonths,
  weekdayDay,
} from './resolve'
import { anaphor } from './anaphora'
import { m, rule, tenseDirection, type Resolved, type Rule } from './rule'
import { EN_REL, enYear, enOffset, enRelYearOf, capitalised, isAnaphoric } from './rules-en-words'
import { EN_DAY_RULES } from './rules-en-days'
import { EN_PART_RULES } from './rules-en-parts'

/** A war a text names: the Second World War, or another one ("the Korean War", "the Cold War", "a war in …"). */
const WAR_NAMED =
  /(?<ww2>Second\s+World\s+War|World\s+War\s+(?:II|2|Two)|WWII|WW2)|(?:\p{Lu}\p{L}+|First\s+World|World\s+War\s+I)\s+War(?![\p{L}])|(?<![\p{L}])wars?\s+(?:in|with|against)\s+\p{Lu}/gu
/** The text before a word ends in a subject pronoun: "You", "it", "they" (then "May" is a verb). */
const PRONOUN_BEFORE = /(?<![\p{L}])(?:I|you|we|they|he|she|it|who)\s+$/iu
/**
 * A coming visit and the day it starts: "a four-day visit to Russia from next Thursday", "a trip … from May 24".
 * The length, when given, bounds the days that belong to it.
 */
const VISIT_FROM = new RegExp(
  `(?:(?<n>${EN_NUMBER_WORD})[-\\s]day\\s+)?(?:visit|trip|tour|stay|mission)(?![\\p{L}])[^.;]{0,80}?(?<![\\p{L}])from\\s+(?:(?<next>next|this\\s+coming)\\s+(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<m>${EN_MONTH})\\.?\\s+(?<d>\\d{1,2})(?!\\d))`,
  'giu',
)
/** How far back a visit's start is looked for: the paragraph or two before a weekday. */
const VISIT_REACH = 1000

/**
 * A weekday in a plan, after the text said when a coming visit starts ("will pay a four-day visit from next
 * Thursday … talks in Moscow on Saturday"), is a day of that visit: read from its first day, not from the
 * document's, when the document's reading falls before the visit and the visit's reading within it.
 */
function dayOfComingVisit(preceding: string, ref: RefDay, weekday: number, day: string): Resolved | undefined {
  const visits = [...preceding.slice(-VISIT_REACH).matchAll(VISIT_FROM)]
  const v = visits[visits.length - 1]?.groups
  if (!v) return undefined
  let first: string | null
  if (v.w !== undefined) first = weekdayDay(ref, EN_WEEKDAYS.indexOf(v.w.toLowerCase()) + 1, 1)
  else {
    if (!capitalised(v.m ?? '')) return undefined
    const month = enMonth(v.m ?? '')
    first = valid(dayValue(monthYear(ref, month, 'future'), month, Number(v.d)))
  }
  if (first === null || first <= refValue(ref) || day >= first) return undefined
  const inVisit = weekdayDay(refDay(first), weekday, 1, true)
  const length = v.n !== undefined ? (enNumber(v.n) ?? 7) : 7
  if (inVisit > shiftDays(refDay(first), length - 1)) return undefined
  return { value: inVisit, reason: `future: a day of the visit from ${first}, named before it` }
}

/** A year of the centuries the documents name, as a word. */
const YEAR_WORD = /(?<![\p{L}\d])(?:1[6-9]|20)\d{2}(?![\p{L}\d])/gu

/** A year of the centuries the documents name. */
const YEAR = '(?:1[6-9]|20)\\d{2}'

export const EN_RULES: Rule[] = [
  ...EN_DAY_RULES,
  // "in the evening", "that afternoon": a part of the day the text has just named (anaphora.ts); "this morning",
  // "tonight": of the document's day.
  rule(
    'en.part-of-day-bare',
    'en',
    `(?<that>(?:later\\s+|earlier\\s+)?(?:in|during)\\s+the\\s+(?:morning|afternoon|evening)|that\\s+(?:morning|afternoon|evening|night))|(?<this>this\\s+(?:morning|afternoon|evening)|tonight)`,
    (g, ref) => (g.that !== undefined ? anaphor('day', 0) : refValue(ref)),
  ),
  ...EN_PART_RULES,
  rule('en.relative-year', 'en', `(?:(?:in|of|during)\\s+)?(?<r>${EN_REL})\\s+year`, (g, ref) =>
    isAnaphoric(m(g, 'r')) ? anaphor('year', enOffset(m(g, 'r'))) : String(ref.year + enOffset(m(g, 'r'))),
  ),
  rule(
    'en.month',
    'en',
    `(?:(?:in|since|by|until|of)\\s+)?(?:(?<rel>last|next|this(?:\\s+coming|\\s+past)?)\\s+)?(?<m>${EN_MONTH})(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))${enYear()}`,
    (g, ref, text, clause) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const explicit = enRelYearOf(g, ref)
      // "APR" (the Asia-Pacific Region), "MAR": an acronym in capitals is not a month without a year.
      if (/^\p{Lu}{3,4}$/u.test(m(g, 'm')) && explicit === undefined) return undefined
      // "You May Also Like", "It May Be Held": a bare "May" after a pronoun is the modal, capitalised in a title.
      if (text === 'May' && PRONOUN_BEFORE.test(clause.preceding)) return undefined
      const month = enMonth(m(g, 'm'))
      if (explicit !== undefined) return monthValue(explicit, month)
      const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ')
      if (rel === 'last' || rel === 'this past') return monthValue(relativeMonthYear(ref, month, -1), month)
      if (rel === 'next' || rel === 'this coming') return monthValue(relativeMonthYear(ref, month, 1), month)
      if (rel === 'this') return monthValue(ref.year, month)
      // "since June": the time it opens is already past, whatever the clause's tense.
      if (/^since\s/i.test(text))
        return { value: monthValue(monthYear(ref, month, 'past'), month), reason: "past: governed by 'since'" }
      return monthValue(monthYear(ref, month, clause.tense), month)
    },
  ),
  // "in 2016-2017", "from 2018 to 2020": the years between, a span (the second year after the first).
  rule(
    'en.year-range',
    'en',
    `(?:between\\s+(?<b1>${YEAR})\\s+and\\s+(?<b2>${YEAR})|(?:(?:in|from|during|for)\\s+)?(?:the\\s+years\\s+)?(?<y1>${YEAR})\\s*(?:[-–—−]|\\s+to\\s+|\\s+through\\s+)\\s*(?<y2>${YEAR}))(?!\\d|%|[.,:/-]\\d)`,
    (g) => {
      const [from, to] = [g.b1 ?? m(g, 'y1'), g.b2 ?? m(g, 'y2')]
      return Number(to) > Number(from) ? { value: `${from}/${to}`, reason: 'explicit years' } : undefined
    },
  ),
  // "2019-01" (a page's "date 2019-01"): a year and a month, ISO-style. "2011-12" is rather a span of two years.
  rule('en.iso-month', 'en', `(?<y>(?:19|20)\\d{2})-(?<mo>0[1-9]|1[0-2])(?![\\d-])`, (g) => {
    const [y, mo] = [Number(g.y), Number(g.mo)]
    return mo === (y + 1) % 100 ? undefined : { value: monthValue(y, mo), reason: 'explicit year and month (ISO)' }
  }),
  // "In August 1945, … Today, only about 6,300 … are alive": a sentence opened by "Today," after the text named a
  // year a decade or more before the document's, with no verb of an event, is the present against that past
  // (nowadays), not a day.
  rule('en.today-nowadays', 'en', `Today(?=,)`, (_g, ref, text, clause) => {
    if (text !== 'Today' || !/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(clause.preceding.slice(-20))) return undefined
    const years = [...clause.preceding.slice(-600).matchAll(YEAR_WORD)].map((y) => Number(y[0]))
    const last = years[years.length - 1]
    // "Today, Abe will meet Putin", "Today, the sides signed …": an event of the day, whatever came before.
    if (last === undefined || ref.year - last < 10 || clause.tense !== null) return undefined
    return { value: null, reason: `vague: 'Today' set against ${last}, named before it, means nowadays` }
  }),
  // "at that time": the time the text named last, as it was named (anaphora.ts).
  rule('en.that-time', 'en', `(?:at|by)\\s+that\\s+(?:time|point)`, () => ({ anaphor: 'day', offset: 0, whole: true })),
  rule('en.year', 'en', `(?:(?:in|since|by|until|of)\\s+)?(?<y>(?:1[6-9]|20)\\d{2})(?!\\d|%|[.,:/-]\\d)`, (g) =>
    m(g, 'y'),
  ),
  rule('en.relative-week', 'en', `(?<r>${EN_REL})\\s+week`, (g, ref) =>
    isAnaphoric(m(g, 'r')) ? anaphor('week', enOffset(m(g, 'r'))) : relativeWeek(ref, enOffset(m(g, 'r'))),
  ),
  rule('en.relative-month', 'en', `(?<r>${EN_REL})\\s+month`, (g, ref) =>
    isAnaphoric(m(g, 'r')) ? anaphor('month', enOffset(m(g, 'r'))) : shiftMonths(ref, enOffset(m(g, 'r'))),
  ),
  rule(
    'en.weekend',
    'en',
    `(?:(?:over|on|during|at)\\s+)?(?:the\\s+|(?<r>this|last|next|the\\s+coming|the\\s+past)\\s+)?weekend`,
    (g, ref, _text, clause) => {
      const r = g.r?.toLowerCase().replace(/\s+/g, ' ')
      const direction = r === 'last' || r === 'the past' ? -1 : r === 'next' || r === 'the coming' ? 1 : 0
      const saturday =
        direction !== 0
          ? weekdayDay(ref, 6, direction)
          : weekdayDay(ref, 6, r === 'this' ? 0 : tenseDirection(clause.tense), true)
      return `${saturday}/${shiftDays(refDay(saturday), 1)}`
    },
  ),
  rule(
    'en.weekday',
    'en',
    `(?:on\\s+)?(?:(?<r>last|next|this|this\\s+coming|this\\s+past)\\s+)?(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
    (g, ref, _text, clause) => {
      const weekday = EN_WEEKDAYS.indexOf(m(g, 'w').toLowerCase()) + 1
      const r = g.r?.toLowerCase().replace(/\s+/g, ' ')
      const direction = r === 'last' || r === 'this past' ? -1 : r === 'next' || r === 'this coming' ? 1 : 0
      if (direction !== 0) return weekdayDay(ref, weekday, direction)
      const day = weekdayDay(ref, weekday, tenseDirection(clause.tense), true)
      return clause.tense === 'future' ? (dayOfComingVisit(clause.preceding, ref, weekday, day) ?? day) : day
    },
  ),
  rule(
    'en.anaphoric-day',
    'en',
    `(?:(?:earlier|later)\\s+)?(?:on\\s+|in\\s+)?(?:(?<same>the\\s+same\\s+day|that\\s+(?:same\\s+)?day|(?<=(?:earlier|later)\\s+in\\s+)the\\s+day)|(?<next>the\\s+(?:following|next)\\s+day)|(?<prev>the\\s+(?:previous\\s+day|day\\s+before)))`,
    (g, _ref, _text, clause) => ({
      ...anaphor('day', g.next !== undefined ? 1 : g.prev !== undefined ? -1 : 0),
      ...(clause.tense === 'future' ? { plan: true } : {}),
    }),
  ),
  rule(
    'en.anaphoric-period',
    'en',
    `(?:(?:earlier|later)\\s+)?(?:in\\s+|during\\s+)?that\\s+(?:same\\s+)?(?<u>year|month|week)`,
    (g) => anaphor(m(g, 'u').toLowerCase() as 'year', 0),
  ),
  rule(
    'en.later',
    'en',
    `(?<n>${EN_NUMBER_WORD})\\s+(?<u>day|week|month|year)s?\\s+(?<w>later|earlier|after|before|ahead)`,
    (g) => {
      const n = enNumber(m(g, 'n'))
      if (n === null) return undefined
      const w = m(g, 'w').toLowerCase()
      // "two days after the summit" counts from an event, not a date: a duration.
      if (w === 'after' || w === 'before' || w === 'ahead') return null
      return anaphor(m(g, 'u').toLowerCase() as 'day', w === 'later' ? n : -n)
    },
  ),
  rule('en.ago', 'en', `(?<n>${EN_NUMBER_WORD})\\s+(?<u>day|week|month|year)s?\\s+ago`, (g, ref) => {
    const n = enNumber(m(g, 'n'))
    if (n === null) return undefined
    const u = m(g, 'u').toLowerCase()
    if (u === 'day') return shiftDays(ref, -n)
    if (u === 'week') return relativeWeek(ref, -n)
    if (u === 'month') return shiftMonths(ref, -n)
    return String(ref.year - n)
  }),
  rule(
    'en.historical',
    'en',
    `(?:at\\s+)?(?:the\\s+)?(?:end|(?:closing|final|last)\\s+days|final\\s+stage)\\s+of\\s+(?:the\\s+)?(?:Second\\s+World\\s+War|World\\s+War\\s+(?:II|2|Two)|WWII|WW2)`,
    () => '1945',
  ),
  // "at the end of the war": the war the text named last; 1945 when that was the Second World War.
  rule(
    'en.historical-anaphoric',
    'en',
    `(?:at\\s+)?(?:the\\s+)?(?:end|(?:closing|final|last)\\s+days)\\s+of\\s+the\\s+war`,
    (_g, _ref, _text, clause) => {
      const wars = [...clause.preceding.matchAll(WAR_NAMED)]
      const last = wars[wars.length - 1]
      return last?.groups?.ww2 !== undefined
        ? { value: '1945', reason: `anaphoric: the war named before it, '${last[0]}'` }
        : undefined
    },
  ),
]
