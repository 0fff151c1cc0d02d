/** The English rules (see rule.ts): months, seasons, parts of periods, relative years, weeks and days. */
import type { Season } from '../../model/date'
import { EN_MONTH, EN_NUMBER_WORD, EN_WEEKDAYS, enMonth, enNumber, enOrdinal, enSeason } from './lexicon'
import {
  dayValue,
  monthValue,
  monthYear,
  refDay,
  valid,
  type RefDay,
  seasonByTense,
  thisSeason,
  nextSeason,
  previousSeason,
  refValue,
  relativeMonthYear,
  relativeWeek,
  shiftDays,
  shiftMonths,
  weekdayDay,
} from './resolve'
import { anaphor, partAnaphor } from './anaphora'
import { m, rule, tenseDirection, type Resolved, type Rule } from './rule'
import {
  EN_REL,
  enYear,
  enOffset,
  enRelYearOf,
  capitalised,
  enPart,
  enUntilOr,
  EN_PART,
  isAnaphoric,
} from './rules-en-words'
import { EN_DAY_RULES } from './rules-en-days'

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

/** Adverbs of habit, which make a season named without a year every such season. */
const HABITUAL =
  /(?<![\p{L}])(?:until\s+now|usually|normally|traditionally|typically|often|every\s+year|each\s+year|annually)(?![\p{L}])/iu
/** The sentence that ends a text, up to 400 characters: after its last full stop or line break. */
function sentenceSoFar(preceding: string): string {
  const tail = preceding.slice(-400)
  const cut = Math.max(...['\n', '. ', '! ', '? '].map((p) => tail.lastIndexOf(p)))
  return tail.slice(cut + 1)
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
  rule(
    'en.relative-month-part',
    'en',
    `(?:(?:in|at|by|until)\\s+)?(?:the\\s+)?${EN_PART}[-\\s]+(?<r>last|next|this|the\\s+coming)\\s+month`,
    (g, ref) => `${shiftMonths(ref, enOffset(m(g, 'r')))}-${enPart(m(g, 'p'))}`,
  ),
  rule(
    'en.month-range',
    'en',
    `(?:(?:in|from|between)\\s+)?(?<m1>${EN_MONTH})\\s*(?:[-–—−]|\\s+to\\s+|\\s+through\\s+|\\s+and\\s+)\\s*(?<m2>${EN_MONTH})${enYear()}`,
    (g, ref, _text, clause) => {
      if (!capitalised(m(g, 'm1')) || !capitalised(m(g, 'm2'))) return undefined
      const month1 = enMonth(m(g, 'm1'))
      const month2 = enMonth(m(g, 'm2'))
      const year = enRelYearOf(g, ref) ?? monthYear(ref, month1, clause.tense)
      return `${monthValue(month2 < month1 ? year - 1 : year, month1)}/${monthValue(year, month2)}`
    },
  ),
  rule(
    'en.month-part',
    'en',
    `(?:(?:in|at|by|until)\\s+)?(?:the\\s+)?${EN_PART}[-\\s]+(?<m>${EN_MONTH})${enYear()}`,
    (g, ref, _text, clause) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      return `${monthValue(enRelYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)}-${enPart(m(g, 'p'))}`
    },
  ),
  rule(
    'en.month-half',
    'en',
    `(?:in\\s+)?(?:the\\s+)?(?<h>first|second|1st|2nd)\\s+half\\s+of\\s+(?<m>${EN_MONTH})${enYear()}`,
    (g, ref, _text, clause) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      return `${monthValue(enRelYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)}-H${enOrdinal(m(g, 'h'))}`
    },
  ),
  rule(
    'en.year-part',
    'en',
    `(?:(?:in|at|by|until|till|up\\s+to)\\s+)?(?:the\\s+)?${EN_PART}[-\\s]+(?:the\\s+year|(?<y>\\d{4})|(?<r>${EN_REL})\\s+year)`,
    (g, ref, text) => {
      const year = enRelYearOf(g, ref)
      const part = enPart(m(g, 'p')) as 'START' | 'MID' | 'END'
      // A bare "the year" is the year the sentence is about (anaphora.ts), the document's unless it named another.
      if (year === undefined && !/^(?:until|till|up\s+to)\s/i.test(text)) return partAnaphor('year', part)
      return enUntilOr(text, ref, `${year ?? ref.year}-${part}`)
    },
  ),
  // "mid-month", "at the end of the month": a part of the month the sentence is about (anaphora.ts).
  rule(
    'en.month-part-bare',
    'en',
    `(?:(?:in|at|by|until|till)\\s+)?(?:(?<p1>mid|late|early)-month|(?:the\\s+)?${EN_PART}\\s+the\\s+(?<same>same\\s+)?month)`,
    (g, ref, text) => {
      const part = enPart(g.p1 ?? m(g, 'p')) as 'START' | 'MID' | 'END'
      // "the end of the same month": of the month the text has just named, wherever it was named.
      if (g.same !== undefined) return { anaphor: 'month', offset: 0, part }
      if (/^(?:until|till)\s/i.test(text)) return enUntilOr(text, ref, `${shiftMonths(ref, 0)}-${part}`)
      return partAnaphor('month', part)
    },
  ),
  // "before year-end", "by the year's end": the end of the document's year.
  rule(
    'en.year-end',
    'en',
    `(?:(?:by|before|at|until|till)\\s+)?(?:the\\s+)?(?:year[-\\s]end|year's\\s+end)`,
    (_g, ref, text) => enUntilOr(text, ref, `${ref.year}-END`),
  ),
  rule(
    'en.year-half',
    'en',
    `(?:in\\s+)?(?:the\\s+)?(?<h>first|second|1st|2nd)\\s+half\\s+of\\s+(?:the\\s+year|(?<y>\\d{4})|(?<r>${EN_REL})\\s+year)`,
    (g, ref) => `${enRelYearOf(g, ref) ?? ref.year}-H${enOrdinal(m(g, 'h'))}`,
  ),
  rule('en.half-code', 'en', `(?:in\\s+)?H(?<h>[12])\\s+(?<y>\\d{4})`, (g) => `${m(g, 'y')}-H${m(g, 'h')}`),
  rule(
    'en.quarter',
    'en',
    `(?:in\\s+)?(?:the\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(?:the\\s+year|(?<y>\\d{4})|(?<r>${EN_REL})\\s+year)|,?\\s+(?<y2>\\d{4}))?`,
    (g, ref) => `${g.y2 ?? enRelYearOf(g, ref) ?? ref.year}-Q${enOrdinal(m(g, 'q'))}`,
  ),
  rule('en.quarter-code', 'en', `(?:in\\s+)?Q(?<q>[1-4])\\s+(?<y>\\d{4})`, (g) => `${m(g, 'y')}-Q${m(g, 'q')}`),
  rule(
    'en.first-months',
    'en',
    `(?:(?:in|for|over|during)\\s+)?the\\s+first\\s+(?<n>${EN_NUMBER_WORD})\\s+months\\s+of\\s+(?:the\\s+year|(?<y>\\d{4})|(?<r>${EN_REL})\\s+year)`,
    (g, ref) => {
      const n = enNumber(m(g, 'n'))
      if (n === null || n < 2 || n > 12) return undefined
      const year = enRelYearOf(g, ref) ?? ref.year
      return `${monthValue(year, 1)}/${monthValue(year, n)}`
    },
  ),
  rule(
    'en.until-season',
    'en',
    `(?:(?:in|during)\\s+the\\s+period\\s+)?(?:up\\s+to|until|till|before)\\s+(?:the\\s+)?(?<s>spring|summer|autumn|fall|winter)`,
    (g, ref) => `${refValue(ref)}/${nextSeason(ref, enSeason(m(g, 's')))}`,
  ),
  rule(
    'en.season',
    'en',
    `(?:(?:in|during|by|over)\\s+)?(?<the>the\\s+)?(?:(?<r>this\\s+coming|this\\s+past|this|next|last|coming|past)\\s+)?(?<!hot\\s+)(?<s>spring|summer|autumn|fall|winter)(?!\\s+(?:Olympics?|Paralympics?|Games|Universiade|Palace|Garden|School|Davos)(?![\\p{L}]))(?:\\s+(?:of\\s+)?(?<y>\\d{4})(?!\\d)|\\s+of\\s+(?<r2>${EN_REL})\\s+year)?`,
    (g, ref, text, clause) => {
      const season: Season = enSeason(m(g, 's'))
      if (g.y !== undefined) return `${g.y}-${season}`
      if (g.r2 !== undefined) return `${ref.year + enOffset(g.r2)}-${season}`
      const r = g.r?.toLowerCase().replace(/\s+/g, ' ')
      if (r === 'next' || r === 'this coming' || r === 'coming') return nextSeason(ref, season)
      if (r === 'last' || r === 'this past' || r === 'past') return previousSeason(ref, season)
      if (r === 'this') return thisSeason(ref, season)
      if (season === 'FA' && !g.the && !/^(in|during|by|over)\s/i.test(text)) return undefined
      // "Until now, the trips have only been made … during the summer": every summer, no one season.
      // A plan ("usually …, but the next round will take place during the summer") is one season still.
      const habit = clause.tense === 'future' ? null : HABITUAL.exec(sentenceSoFar(clause.preceding))
      if (habit) return { value: null, reason: `vague: a habitual season, after '${habit[0]}'` }
      return seasonByTense(ref, season, clause.tense)
    },
  ),
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
