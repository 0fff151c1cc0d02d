/**
 * Named rules for the temporal expressions chrono-node does not resolve to the dataset's grammar.
 * Each rule is a pattern and a resolver: a grammar value, `null` for an expression that is not a
 * date (a duration, a vague reference), or `undefined` to decline the match.
 */
import type { Season } from '../../model/date'
import type { Tense } from './tense'
import {
  EN_MONTH,
  EN_NUMBER_WORD,
  EN_WEEKDAYS,
  RU_MONTH,
  RU_NUMBER_WORD,
  RU_WEEKDAYS,
  enMonth,
  enNumber,
  enOrdinal,
  enSeason,
  enYearOffset,
  ruMonth,
  ruNumber,
  ruOrdinal,
  ruSeason,
  ruYearOffset,
} from './lexicon'
import {
  dayValue,
  monthValue,
  monthYear,
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
  type RefDay,
} from './resolve'

export type Groups = Record<string, string | undefined>
export interface Rule {
  name: string
  language: 'ru' | 'en'
  pattern: RegExp
  /** `tense` is the tense of the clause around the match (tense.ts). */
  resolve: (groups: Groups, ref: RefDay, text: string, tense: Tense) => string | null | undefined
}

const END = '(?![\\p{L}\\d])'
/** A clause's tense as a direction in time, for weekdays named alone. */
const tenseDirection = (t: Tense): -1 | 0 | 1 => (t === 'past' ? -1 : t === 'future' ? 1 : 0)
function rule(name: string, language: 'ru' | 'en', source: string, resolve: Rule['resolve']): Rule {
  return { name, language, pattern: new RegExp(source + END, 'iu'), resolve }
}

// ---------- Russian ----------
const RU_REL = '(?:этого|текущего|прошлого|минувшего|следующего|будущего|наступающего)'
const RU_G = '(?:\\s*(?:г\\.|года|году|г(?!\\p{L})))'
/** An optional year after a month or season: "2019 г.", "этого года". */
const ruYear = (n = '') => `(?:\\s+(?<y${n}>\\d{4})${RU_G}?|\\s+(?<r${n}>${RU_REL})\\s+года)?`

function yearOf(g: Groups, ref: RefDay, offset: (w: string) => number, n = ''): number | undefined {
  const y = g[`y${n}`]
  if (y !== undefined) return Number(y)
  const r = g[`r${n}`]
  if (r !== undefined) return ref.year + offset(r)
  return undefined
}
const ruYearOf = (g: Groups, ref: RefDay, n = '') => yearOf(g, ref, ruYearOffset, n)
const m = (g: Groups, key: string) => g[key] ?? ''

const RU_PART: Record<string, string> = {
  начале: 'START',
  начала: 'START',
  середине: 'MID',
  середины: 'MID',
  конце: 'END',
  конца: 'END',
}
/** "до конца года": from the document's date up to the period. */
const untilOr = (text: string, ref: RefDay, value: string) =>
  /^до\s/i.test(text) ? `${refValue(ref)}/${value}` : value
function ruPart(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (w.includes('декаде')) return ['START', 'MID', 'END'][ruOrdinal(w) - 1] ?? 'END'
  return RU_PART[w] ?? 'MID'
}

export const RU_RULES: Rule[] = [
  rule(
    'ru.day-range',
    'ru',
    `(?:с\\s+)?(?<d1>\\d{1,2})(?:\\s+(?<m1>${RU_MONTH}))?\\s*(?:[-–—]|\\s+по\\s+|\\s+до\\s+)\\s*(?<d2>\\d{1,2})\\s+(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, t) => {
      const month2 = ruMonth(m(g, 'm2'))
      const month1 = g.m1 ? ruMonth(g.m1) : month2
      const year = ruYearOf(g, ref) ?? monthYear(ref, month2, t)
      const year1 = month1 > month2 ? year - 1 : year
      return `${dayValue(year1, month1, Number(g.d1))}/${dayValue(year, month2, Number(g.d2))}`
    },
  ),
  rule('ru.day-month', 'ru', `(?<d>\\d{1,2})\\s+(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, t) => {
    const month = ruMonth(m(g, 'm'))
    return dayValue(ruYearOf(g, ref) ?? monthYear(ref, month, t), month, Number(g.d))
  }),
  rule(
    'ru.month-range',
    'ru',
    `(?:(?:в|с)\\s+)?(?<m1>${RU_MONTH})\\s*(?:[-–—]|\\s+по\\s+|\\s+и\\s+)\\s*(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, t) => {
      const month1 = ruMonth(m(g, 'm1'))
      const month2 = ruMonth(m(g, 'm2'))
      const year = ruYearOf(g, ref) ?? monthYear(ref, month1, t)
      return `${monthValue(year, month1)}/${monthValue(month2 < month1 ? year + 1 : year, month2)}`
    },
  ),
  rule(
    'ru.month-part',
    'ru',
    `(?:(?:в|до|с)\\s+)?(?<p>начал[еа]|середин[еы]|конц[еа]|(?:первой|второй|третьей)\\s+декаде)\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, text, t) => {
      const month = ruMonth(m(g, 'm'))
      return untilOr(
        text,
        ref,
        `${monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, t), month)}-${ruPart(m(g, 'p'))}`,
      )
    },
  ),
  rule(
    'ru.month-half',
    'ru',
    `(?:во?\\s+)?(?<h>первой|второй)\\s+половин[еы]\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, t) => {
      const month = ruMonth(m(g, 'm'))
      return `${monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, t), month)}-H${ruOrdinal(m(g, 'h'))}`
    },
  ),
  rule(
    'ru.year-part',
    'ru',
    `(?:(?:в|до|с)\\s+)?(?<p>начал[еа]|середин[еы]|конц[еа])\\s+(?:(?<y>\\d{4})${RU_G}|(?<r>${RU_REL})\\s+года|года)`,
    (g, ref, text) => untilOr(text, ref, `${ruYearOf(g, ref) ?? ref.year}-${ruPart(m(g, 'p'))}`),
  ),
  rule(
    'ru.year-half',
    'ru',
    `(?:(?:во?|по\\s+итогам|до\\s+конца|с\\s+начала|в\\s+течение)\\s+)?(?:(?<h>первом|втором|первого|второго)\\s+полугоди[ия]|(?<h2>первой|второй)\\s+половин[еы]\\s+(?:года|(?=\\d{4}|${RU_REL})))${ruYear()}`,
    (g, ref) => `${ruYearOf(g, ref) ?? ref.year}-H${ruOrdinal(g.h ?? m(g, 'h2'))}`,
  ),
  rule(
    'ru.quarter',
    'ru',
    `(?:(?:во?|по\\s+итогам|до\\s+конца|с\\s+начала|в\\s+течение)\\s+)?(?<q>первом|втором|третьем|четв[её]ртом|первого|второго|третьего|четв[её]ртого|IV|I{1,3}|[1-4])(?:-м|-го)?\\s+квартал[еа]${ruYear()}`,
    (g, ref) => `${ruYearOf(g, ref) ?? ref.year}-Q${ruOrdinal(m(g, 'q'))}`,
  ),
  rule(
    'ru.first-months',
    'ru',
    `(?:за\\s+)?первые\\s+(?<n>${RU_NUMBER_WORD})\\s+месяц(?:а|ев)${ruYear()}`,
    (g, ref) => {
      const n = ruNumber(m(g, 'n'))
      if (n === null || n < 2 || n > 12) return undefined
      const year = ruYearOf(g, ref) ?? ref.year
      return `${monthValue(year, 1)}/${monthValue(year, n)}`
    },
  ),
  rule('ru.until-season', 'ru', `(?:до|к)\\s+(?<s>весны|лета|осени|зимы|весне|лету|зиме)`, (g, ref) => {
    return `${refValue(ref)}/${nextSeason(ref, ruSeason(m(g, 's')))}`
  }),
  rule(
    'ru.season',
    'ru',
    `(?:(?:в|во|до|с)\\s+)?(?:течение\\s+)?(?:(?<this>этой|этим|этою|прошлой|прошлым|прошедшей|минувшей|минувшим|следующей|следующим|будущей|будущим)\\s+)?(?<s>зимой|весной|летом|осенью|зима|весна|лето|осень|зимы|весны|лета|осени)${ruYear()}`,
    (g, ref, text, t) => {
      const season = ruSeason(m(g, 's'))
      const year = ruYearOf(g, ref)
      if (year !== undefined) return `${year}-${season}`
      if (g.this !== undefined) {
        const offset = ruYearOffset(g.this)
        if (offset < 0) return previousSeason(ref, season)
        if (offset > 0) return nextSeason(ref, season)
        return thisSeason(ref, season)
      }
      if (!/(ой|ом|ью)$/i.test(m(g, 's')) && !/^в\s+течение/i.test(text)) return undefined
      return seasonByTense(ref, season, t)
    },
  ),
  rule(
    'ru.relative-year',
    'ru',
    `(?:в\\s+)?(?<r>этом|текущем|прошлом|минувшем|следующем|будущем|наступающем)\\s+году`,
    (g, ref) => String(ref.year + ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.relative-year-genitive', 'ru', `(?<r>${RU_REL})\\s+года`, (g, ref) =>
    String(ref.year + ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.month', 'ru', `(?:(?:в|с|до|к)\\s+)?(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, t) => {
    const month = ruMonth(m(g, 'm'))
    return monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, t), month)
  }),
  rule('ru.year', 'ru', `(?:(?:в|с|до|к)\\s+)?(?<y>(?:1[6-9]|20)\\d{2})${RU_G}`, (g) => m(g, 'y')),
  rule('ru.relative-week', 'ru', `(?:на\\s+)?(?<r>прошлой|этой|текущей|следующей|будущей)\\s+неделе`, (g, ref) =>
    relativeWeek(ref, ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.relative-month', 'ru', `(?:в\\s+)?(?<r>прошлом|этом|текущем|следующем|будущем)\\s+месяце`, (g, ref) =>
    shiftMonths(ref, ruYearOffset(m(g, 'r'))),
  ),
  rule(
    'ru.weekday',
    'ru',
    `(?:во?\\s+)?(?:(?<r>прошл\\p{L}+|следующ\\p{L}+|эт[оу]т?)\\s+)?(?<w>понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)`,
    (g, ref, _text, t) => {
      const w = m(g, 'w').toLowerCase()
      const weekday = RU_WEEKDAYS.findIndex((stem) => w.startsWith(stem)) + 1
      const r = g.r ? ruYearOffset(g.r) : 0
      if (r !== 0) return weekdayDay(ref, weekday, r < 0 ? -1 : 1)
      return weekdayDay(ref, weekday, tenseDirection(t), true)
    },
  ),
  rule(
    'ru.duration',
    'ru',
    `(?:(?:около|примерно|почти|более|менее|свыше|порядка|за|на|через|в\\s+течение)\\s+)?(?:(?:эти|последние|ближайшие|первые|прошедшие)\\s+)?(?:(?<n>${RU_NUMBER_WORD})\\s+)?(?:час(?:а|ов)?|минут[аы]?|секунд[аы]?|дн(?:я|ей)|день|сут(?:ки|ок)|недел[ьиюя]|месяц(?:а|ев)?|лет|год(?:а)?)`,
    (g, _ref, text) => (g.n !== undefined || /^через/i.test(text) ? null : undefined),
  ),
  rule(
    'ru.vague',
    'ru',
    `в\\s+последние\\s+(?:годы|месяцы|недели|дни)|в\\s+последнее\\s+время|в\\s+ближайшее\\s+время|в\\s+ближайшие\\s+(?:дни|недели|месяцы|годы)|в\\s+настоящее\\s+время|в\\s+будущем(?!\\s+(?:году|месяце))|в\\s+прошлом(?!\\s+(?:году|месяце))`,
    () => null,
  ),
  rule(
    'ru.historical',
    'ru',
    `(?:(?:в|по)\\s+)?(?:конце|окончани[еия]|итогам)\\s+Второй\\s+мировой\\s+войны|(?:после\\s+)?окончания\\s+войны`,
    (_g, _ref, text) => (/мировой/i.test(text) ? '1945' : undefined),
  ),
]

// ---------- English ----------
const EN_REL = '(?:this|last|next|the\\s+following|the\\s+previous|the\\s+coming|the\\s+same)'
const enYear = (n = '') => `(?:,?\\s+(?<y${n}>\\d{4})(?!\\d)|\\s+(?:of\\s+)?(?<r${n}>${EN_REL})\\s+year)?`
const enOffset = (w: string) => enYearOffset(w.replace(/^the\s+/i, '').replace(/\s+/g, ' '))
const enRelYearOf = (g: Groups, ref: RefDay, n = ''): number | undefined => {
  const y = g[`y${n}`]
  if (y !== undefined) return Number(y)
  const r = g[`r${n}`]
  return r !== undefined ? ref.year + enOffset(r) : undefined
}
/** English month names must be capitalised: "may", "march" are verbs. */
const capitalised = (word: string) => /^\p{Lu}/u.test(word)
function enPart(word: string): string {
  const w = word.toLowerCase()
  if (w.startsWith('early') || w.startsWith('beginning') || w.startsWith('start') || w.startsWith('first'))
    return 'START'
  if (w.startsWith('late') || w.startsWith('end')) return 'END'
  return 'MID'
}
/** "until the end of the year": from the document's date up to the period. */
const enUntilOr = (text: string, ref: RefDay, value: string) =>
  /^(?:until|till|up\s+to)\s/i.test(text) ? `${refValue(ref)}/${value}` : value
const EN_PART = '(?<p>early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)'

export const EN_RULES: Rule[] = [
  rule(
    'en.month-range',
    'en',
    `(?:(?:in|from|between)\\s+)?(?<m1>${EN_MONTH})\\s*(?:[-–—]|\\s+to\\s+|\\s+through\\s+|\\s+and\\s+)\\s*(?<m2>${EN_MONTH})${enYear()}`,
    (g, ref, _text, t) => {
      if (!capitalised(m(g, 'm1')) || !capitalised(m(g, 'm2'))) return undefined
      const month1 = enMonth(m(g, 'm1'))
      const month2 = enMonth(m(g, 'm2'))
      const year = enRelYearOf(g, ref) ?? monthYear(ref, month1, t)
      return `${monthValue(month2 < month1 ? year - 1 : year, month1)}/${monthValue(year, month2)}`
    },
  ),
  rule(
    'en.month-part',
    'en',
    `(?:(?:in|at|by|until)\\s+)?(?:the\\s+)?${EN_PART}[-\\s]+(?<m>${EN_MONTH})${enYear()}`,
    (g, ref, _text, t) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      return `${monthValue(enRelYearOf(g, ref) ?? monthYear(ref, month, t), month)}-${enPart(m(g, 'p'))}`
    },
  ),
  rule(
    'en.month-half',
    'en',
    `(?:in\\s+)?(?:the\\s+)?(?<h>first|second|1st|2nd)\\s+half\\s+of\\s+(?<m>${EN_MONTH})${enYear()}`,
    (g, ref, _text, t) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      return `${monthValue(enRelYearOf(g, ref) ?? monthYear(ref, month, t), month)}-H${enOrdinal(m(g, 'h'))}`
    },
  ),
  rule(
    'en.year-part',
    'en',
    `(?:(?:in|at|by|until|till|up\\s+to)\\s+)?(?:the\\s+)?${EN_PART}[-\\s]+(?:the\\s+year|(?<y>\\d{4})|(?<r>${EN_REL})\\s+year)`,
    (g, ref, text) => enUntilOr(text, ref, `${enRelYearOf(g, ref) ?? ref.year}-${enPart(m(g, 'p'))}`),
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
    `(?:(?:in|during|by|over)\\s+)?(?<the>the\\s+)?(?:(?<r>this\\s+coming|this\\s+past|this|next|last|coming|past)\\s+)?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<y>\\d{4})(?!\\d)|\\s+of\\s+(?<r2>${EN_REL})\\s+year)?`,
    (g, ref, text, t) => {
      const season: Season = enSeason(m(g, 's'))
      if (g.y !== undefined) return `${g.y}-${season}`
      if (g.r2 !== undefined) return `${ref.year + enOffset(g.r2)}-${season}`
      const r = g.r?.toLowerCase().replace(/\s+/g, ' ')
      if (r === 'next' || r === 'this coming' || r === 'coming') return nextSeason(ref, season)
      if (r === 'last' || r === 'this past' || r === 'past') return previousSeason(ref, season)
      if (r === 'this') return thisSeason(ref, season)
      if (season === 'FA' && !g.the && !/^(in|during|by|over)\s/i.test(text)) return undefined
      return seasonByTense(ref, season, t)
    },
  ),
  rule('en.relative-year', 'en', `(?:(?:in|of|during)\\s+)?(?<r>${EN_REL})\\s+year`, (g, ref) =>
    String(ref.year + enOffset(m(g, 'r'))),
  ),
  rule(
    'en.month',
    'en',
    `(?:(?:in|since|by|until|of)\\s+)?(?:(?<rel>last|next|this(?:\\s+coming|\\s+past)?)\\s+)?(?<m>${EN_MONTH})${enYear()}`,
    (g, ref, _text, t) => {
      if (!capitalised(m(g, 'm'))) return undefined
      const month = enMonth(m(g, 'm'))
      const explicit = enRelYearOf(g, ref)
      if (explicit !== undefined) return monthValue(explicit, month)
      const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ')
      if (rel === 'last' || rel === 'this past') return monthValue(relativeMonthYear(ref, month, -1), month)
      if (rel === 'next' || rel === 'this coming') return monthValue(relativeMonthYear(ref, month, 1), month)
      if (rel === 'this') return monthValue(ref.year, month)
      return monthValue(monthYear(ref, month, t), month)
    },
  ),
  rule('en.year', 'en', `(?:(?:in|since|by|until|of)\\s+)?(?<y>(?:1[6-9]|20)\\d{2})(?!\\d|%|[.,:/-]\\d)`, (g) =>
    m(g, 'y'),
  ),
  rule('en.relative-week', 'en', `(?<r>${EN_REL})\\s+week`, (g, ref) => relativeWeek(ref, enOffset(m(g, 'r')))),
  rule('en.relative-month', 'en', `(?<r>${EN_REL})\\s+month`, (g, ref) => shiftMonths(ref, enOffset(m(g, 'r')))),
  rule(
    'en.weekday',
    'en',
    `(?:on\\s+)?(?:(?<r>last|next|this|this\\s+coming|this\\s+past)\\s+)?(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
    (g, ref, _text, t) => {
      const weekday = EN_WEEKDAYS.indexOf(m(g, 'w').toLowerCase()) + 1
      const r = g.r?.toLowerCase().replace(/\s+/g, ' ')
      const direction = r === 'last' || r === 'this past' ? -1 : r === 'next' || r === 'this coming' ? 1 : 0
      if (direction !== 0) return weekdayDay(ref, weekday, direction)
      return weekdayDay(ref, weekday, tenseDirection(t), true)
    },
  ),
  rule('en.same-day', 'en', `(?:(?:earlier|later)\\s+)?(?:on\\s+)?the\\s+same\\s+day`, (_g, ref) => refValue(ref)),
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
    'en.duration',
    'en',
    `(?<pre>(?:(?:for|lasting|in|within|after)\\s+)?(?:approximately|about|around|nearly|almost|over|more\\s+than|less\\s+than|some|for|in|within|after|lasting)\\s+)?(?:(?:the\\s+)?(?:past|last|next|first|coming)\\s+)?(?<n>${EN_NUMBER_WORD})(?:\\s+and\\s+a\\s+half)?[-\\s]+(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?)(?:\\s+and\\s+(?:${EN_NUMBER_WORD})\\s+(?:hours?|minutes?|seconds?))?(?!\\s+ago)`,
    (g) => {
      const n = m(g, 'n').toLowerCase()
      if ((n === 'a' || n === 'an') && g.pre === undefined) return undefined
      return null
    },
  ),
  rule(
    'en.vague',
    'en',
    `(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+)?future|(?:in|over|during|for)\\s+the\\s+(?:coming|next|following)\\s+(?:days|weeks|months|years)|(?:in\\s+)?recent\\s+(?:years|months|weeks)|(?:right\\s+)?now|nowadays|these\\s+days|at\\s+present`,
    () => null,
  ),
  rule(
    'en.historical',
    'en',
    `(?:at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:Second\\s+World\\s+War|World\\s+War\\s+(?:II|2|Two))`,
    () => '1945',
  ),
]

export function rulesFor(language: 'ru' | 'en'): Rule[] {
  return language === 'ru' ? RU_RULES : EN_RULES
}
