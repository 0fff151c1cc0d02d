/**
 * The English rules of parts of periods (see rule.ts): parts, halves and quarters of months and years, spans of
 * months, the first months of a year, and seasons.
 */
import type { Season } from '../../model/date'
import { EN_MONTH, EN_NUMBER_WORD, enMonth, enNumber, enOrdinal, enSeason } from './lexicon'
import {
  monthValue,
  monthYear,
  nextSeason,
  previousSeason,
  refValue,
  seasonByTense,
  shiftMonths,
  thisSeason,
} from './resolve'
import { partAnaphor } from './anaphora'
import { m, rule, type Rule } from './rule'
import { EN_REL, enYear, enOffset, enRelYearOf, capitalised, enPart, enUntilOr, EN_PART } from './rules-en-words'

/** Adverbs of habit, which make a season named without a year every such season. */
const HABITUAL =
  /(?<![\p{L}])(?:until\s+now|usually|normally|traditionally|typically|often|every\s+year|each\s+year|annually)(?![\p{L}])/iu
/** The sentence that ends a text, up to 400 characters: after its last full stop or line break. */
function sentenceSoFar(preceding: string): string {
  const tail = preceding.slice(-400)
  const cut = Math.max(...['\n', '. ', '! ', '? '].map((p) => tail.lastIndexOf(p)))
  return tail.slice(cut + 1)
}

export const EN_PART_RULES: Rule[] = [
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
]
