/**
 * The English rules tried first (see rule.ts): days named with their neighbours: ranges and
 * alternatives of days, the day beside another, days and parts of days counted from the last date named.
 */
import { EN_MONTH, enMonth, enNumber, enOrdinal } from './lexicon'
import { dayValue, monthYear, refDay, valid, shiftDays } from './resolve'
import { dayOfEvent } from './anaphora'
import { m, rule, type Rule } from './rule'
import { enOffset, capitalised, enPart, isAnaphoric } from './rules-en-words'

export const EN_DAY_RULES: Rule[] = [
  // "December 15 and 16, 2016", "September 5–8": two days of one month and the days between; in a quote the
  // editor may supply the month in brackets ("On [September] 4-6").
  rule(
    'en.day-range',
    'en',
    `(?:on\\s+)?(?:\\[(?<mb>${EN_MONTH})\\.?\\]|(?<m>${EN_MONTH})\\.?)\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–—−]|\\s+and\\s+|\\s+to\\s+|\\s+through\\s+)\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<y>\\d{4})(?!\\d))?`,
    (g, ref, _text, clause) => {
      const name = g.mb ?? m(g, 'm')
      if (!capitalised(name)) return undefined
      const [d1, d2] = [Number(g.d1), Number(g.d2)]
      if (!(d2 > d1)) return undefined
      const month = enMonth(name)
      const year = g.y !== undefined ? Number(g.y) : monthYear(ref, month, clause.tense)
      return `${dayValue(year, month, d1)}/${dayValue(year, month, d2)}`
    },
  ),
  // "July 31 of this year", "March 3 of next year": a day and the year named after it, one expression.
  rule(
    'en.day-of-relative-year',
    'en',
    `(?<m>${EN_MONTH})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+of\\s+(?<r>this|next|last|the\\s+current|the\\s+following|the\\s+previous|the\\s+same)\\s+year`,
    (g, ref) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const r = m(g, 'r')
      if (isAnaphoric(r)) return undefined
      return dayValue(ref.year + enOffset(r), enMonth(m(g, 'm')), Number(g.d))
    },
  ),
  // "the day after the December 15 meeting": the day beside a day the text names.
  rule(
    'en.day-after-date',
    'en',
    `(?:on\\s+)?the\\s+day\\s+(?<w>after|before)\\s+(?:the\\s+)?(?<m>${EN_MONTH})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<y>\\d{4})(?!\\d))?(?:\\s+(?:meeting|summit|talks|visit|session))?`,
    (g, ref, _text, clause) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      const v = valid(
        dayValue(g.y !== undefined ? Number(g.y) : monthYear(ref, month, clause.tense), month, Number(g.d)),
      )
      if (v === null) return undefined
      const after = m(g, 'w').toLowerCase() === 'after'
      return {
        value: shiftDays(refDay(v), after ? 1 : -1),
        reason: `relative: the day ${after ? 'after' : 'before'} ${v}, the day it names`,
      }
    },
  ),
  // "on the second day" (of a visit), "day one of the summit": the n-th day counted from the last day the text
  // named (anaphora.ts). "day one" must name what it is the day of: "from day one" is an idiom, no date.
  rule(
    'en.ordinal-day',
    'en',
    `(?:on\\s+)?(?:the\\s+(?<o>first|second|third)\\s+day(?!\\s+of\\s+(?:the\\s+)?(?:month|year|week|${EN_MONTH}))|(?<!from\\s)day\\s+(?<n>one|two|three)(?=\\s+of\\s+(?:the|a|an|his|her|their|its)\\s+(?:summit|visit|talks|trip|tour|forum|meeting|conference|negotiations)))`,
    (g) => dayOfEvent(g.n !== undefined ? (enNumber(g.n) ?? 1) : enOrdinal(m(g, 'o'))),
  ),
  // "early in the new year": a part of the year after the document's (of its own year in January).
  rule(
    'en.new-year-part',
    'en',
    `(?<p>early|late)\\s+in\\s+the\\s+(?:new|coming)\\s+year`,
    (g, ref) => `${ref.month === 1 ? ref.year : ref.year + 1}-${enPart(m(g, 'p'))}`,
  ),
  // "later in the day", "earlier in the week": of the last date named; a plan ("is set to arrive later in the
  // day") is not on a day already past, so then of the document's date.
  rule('en.later-in-period', 'en', `(?:later|earlier)\\s+in\\s+the\\s+(?<u>day|week)`, (g, _ref, _text, clause) => ({
    anaphor: m(g, 'u').toLowerCase() as 'day' | 'week',
    offset: 0,
    ...(clause.tense === 'future' ? { notPast: true } : {}),
  })),
  rule(
    'en.part-of-day',
    'en',
    `(?:(?:in|on|during)\\s+)?the\\s+(?:morning|afternoon|evening|night)\\s+(?:of|on)\\s+(?<m>${EN_MONTH})\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?`,
    (g, ref, _text, clause) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      const year = g.y !== undefined ? Number(g.y) : monthYear(ref, month, clause.tense)
      return dayValue(year, month, Number(g.d))
    },
  ),
  // "May 8 or 10", "8 or 10 May": two days of one month, either of them.
  rule(
    'en.day-alternative',
    'en',
    `(?:on\\s+)?(?:(?<m>${EN_MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+or\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?|(?<e1>\\d{1,2})(?:st|nd|rd|th)?\\s+or\\s+(?<e2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<n>${EN_MONTH}))(?![\\d\\p{L}])(?:,?\\s+(?<y>\\d{4}))?`,
    (g, ref, _text, clause) => {
      const name = g.m ?? m(g, 'n')
      if (!capitalised(name)) return undefined
      const month = enMonth(name)
      const year = g.y !== undefined ? Number(g.y) : monthYear(ref, month, clause.tense)
      const [a, b] = [g.d1 ?? g.e1, g.d2 ?? g.e2].map(Number)
      return `${dayValue(year, month, a ?? 1)}|${dayValue(year, month, b ?? 1)}`
    },
  ),
]
