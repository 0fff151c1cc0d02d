/**
 * The Russian rules of parts of periods (see rule.ts), two runs of RU_RULES kept in their places: parts, halves
 * and spans of months and years; then parts of years, weeks and seasons, halves, quarters and first months.
 */
import { RU_MONTH, RU_NUMBER_WORD, ruMonth, ruNumber, ruOrdinal, ruSeason, ruYearOffset } from './lexicon'
import {
  monthValue,
  monthYear,
  seasonByTense,
  thisSeason,
  previousSeason,
  relativeWeek,
  shiftMonths,
  valid,
} from './resolve'
import { partAnaphor } from './anaphora'
import { m, rule, type Clause, type Groups, type Rule } from './rule'
import { RU_REL, RU_G, ruYear, ruYearOf, untilOr, ruPart, seasonAfter } from './rules-ru-words'

/** Why two alternatives took their year: a written or relative year, else the clause's tense. */
function alternativesReason(g: Groups, clause: Clause): string {
  const why =
    g.y !== undefined
      ? 'explicit year'
      : g.r !== undefined
        ? `relative: '${g.r.toLowerCase()}' counted from the document date`
        : clause.tense
          ? `${clause.tense}, by the clause's verb`
          : 'no tense cue: the nearest to the document date'
  return `alternatives: ${why}`
}

/** A part of a period: its start, middle or end. */
const PART = 'начал[еоау]|середин[еыу]|конц[еау]|конец'

/** Parts, halves and spans of months and years. */
export const RU_MONTH_PART_RULES: Rule[] = [
  // «на конец месяца или на начало ноября»: two parts of months, either of them; «месяца» is the one before.
  rule(
    'ru.month-part-alternative',
    'ru',
    `(?:(?:в|на|к)\\s+)?(?<p1>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?:(?<m1>${RU_MONTH})|месяца)\\s+(?:или|либо)\\s+(?:(?:в|на|к)\\s+)?(?<p2>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month2 = ruMonth(m(g, 'm2'))
      const month1 = g.m1 ? ruMonth(g.m1) : month2 === 1 ? 12 : month2 - 1
      const year2 = ruYearOf(g, ref) ?? monthYear(ref, month2, clause.tense)
      const year1 = month1 > month2 ? year2 - 1 : year2
      const value = `${monthValue(year1, month1)}-${ruPart(m(g, 'p1'))}|${monthValue(year2, month2)}-${ruPart(m(g, 'p2'))}`
      return { value, reason: alternativesReason(g, clause) }
    },
  ),
  // «в начале или в середине мая», «в начале — середине мая»: two parts of one month, either of them or the span.
  rule(
    'ru.month-two-parts',
    'ru',
    `(?:(?:в|на)\\s+)?(?<p1>${PART})\\s*(?<join>[-–—−]|\\s(?:или|либо)\\s)\\s*(?:(?:в|на)\\s+)?(?<p2>${PART})\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month = ruMonth(m(g, 'm'))
      const mv = monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)
      const span = /[-–—−]/.test(m(g, 'join'))
      const value = valid(`${mv}-${ruPart(m(g, 'p1'))}${span ? '/' : '|'}${mv}-${ruPart(m(g, 'p2'))}`)
      if (value === null) return undefined
      if (span) return value
      return { value, reason: alternativesReason(g, clause) }
    },
  ),
  // «в конце апреля — начале мая»: a span between parts of two months, joined by any dash (chrono joins only «-»).
  rule(
    'ru.month-part-range',
    'ru',
    `(?:(?:в|с)\\s+)?(?<p1>${PART})\\s+(?<m1>${RU_MONTH})\\s*[-–—−]\\s*(?:(?:в|по|до)\\s+)?(?<p2>${PART})\\s+(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month1 = ruMonth(m(g, 'm1'))
      const month2 = ruMonth(m(g, 'm2'))
      const year2 = ruYearOf(g, ref) ?? monthYear(ref, month2, clause.tense)
      const year1 = month1 > month2 ? year2 - 1 : year2
      return `${monthValue(year1, month1)}-${ruPart(m(g, 'p1'))}/${monthValue(year2, month2)}-${ruPart(m(g, 'p2'))}`
    },
  ),
  // «в конце 2016 — начале 2017 года»: a span between parts of two years.
  rule(
    'ru.year-part-range',
    'ru',
    `(?:(?:в|с)\\s+)?(?<p1>${PART})\\s+(?<y1>\\d{4})${RU_G}?\\s*[-–—−]\\s*(?:(?:в|по|до)\\s+)?(?<p2>${PART})\\s+(?<y2>\\d{4})${RU_G}`,
    (g) => `${m(g, 'y1')}-${ruPart(m(g, 'p1'))}/${m(g, 'y2')}-${ruPart(m(g, 'p2'))}`,
  ),
  // «в 2016–2017 годах», «с 2016 по 2018 год»: a span of years.
  rule(
    'ru.year-range',
    'ru',
    `(?:(?:в|с)\\s+)?(?<y1>(?:1[6-9]|20)\\d{2})(?:\\s*[-–—−]\\s*|\\s+по\\s+|\\s+и\\s+)(?<y2>(?:1[6-9]|20)\\d{2})\\s*(?:годах|годы|годов|года|год|гг\\.)`,
    (g) => `${m(g, 'y1')}/${m(g, 'y2')}`,
  ),
  rule(
    'ru.month-half',
    'ru',
    `(?:во?\\s+)?(?<h>первой|второй)\\s+половин[еы]\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month = ruMonth(m(g, 'm'))
      return `${monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)}-H${ruOrdinal(m(g, 'h'))}`
    },
  ),
  rule(
    'ru.relative-month-part',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец|(?:первой|второй|третьей|последней)\\s+декаде|(?:первых|последних)\\s+числах|(?:первые|последние)\\s+дни)\\s+(?<r>прошлого|минувшего|этого|текущего|следующего|будущего)\\s+месяца`,
    (g, ref, text) => untilOr(text, ref, `${shiftMonths(ref, ruYearOffset(m(g, 'r')))}-${ruPart(m(g, 'p'))}`),
  ),
  // «в середине месяца»: a part of the month the sentence is about (anaphora.ts), the document's unless it named another.
  rule(
    'ru.month-part-bare',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+месяца`,
    (g, ref, text) => {
      const part = ruPart(m(g, 'p')) as 'START' | 'MID' | 'END'
      return /^до\s/i.test(text) ? untilOr(text, ref, `${shiftMonths(ref, 0)}-${part}`) : partAnaphor('month', part)
    },
  ),
]

/** Parts of years, weeks and seasons; halves, quarters and the first months of a year. */
export const RU_YEAR_PART_RULES: Rule[] = [
  rule(
    'ru.year-part',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?:(?<y>\\d{4})${RU_G}|(?<r>${RU_REL})\\s+года|года)`,
    (g, ref, text) => {
      const year = ruYearOf(g, ref)
      const part = ruPart(m(g, 'p')) as 'START' | 'MID' | 'END'
      // A bare «года» is the year the sentence is about (anaphora.ts), the document's unless it named another.
      if (year === undefined && !/^до\s/i.test(text)) return partAnaphor('year', part)
      return untilOr(text, ref, `${year ?? ref.year}-${part}`)
    },
  ),
  // «в конце недели», «к концу недели»: a part of the week the sentence is about, the document's unless it named
  // another day; the grammar has no part of a week, so the week itself. «до конца недели» runs from the document's date.
  rule(
    'ru.week-part-bare',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?:начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+недели`,
    (_g, ref, text) =>
      /^до\s/i.test(text) ? untilOr(text, ref, relativeWeek(ref, 0)) : { anaphor: 'week', offset: 0, local: true },
  ),
  rule(
    'ru.year-half',
    'ru',
    `(?:(?:во?|на|по\\s+итогам|до\\s+конца|с\\s+начала|в\\s+течение)\\s+)?(?:(?<h>первом|втором|первого|второго|первое|второе)\\s+полугоди[еия]|(?<h2>первой|второй|первую|вторую|первая|вторая)\\s+половин[аеыу](?:\\s+года|(?=\\s+(?:\\d{4}|${RU_REL}))))${ruYear()}`,
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
  // «в конце лета», «в начале осени 2019 года», «на конец весны»: the grammar has no part of a season, so the season
  // that holds the part, with its year as a season named alone would take it.
  rule(
    'ru.season-part',
    'ru',
    `(?:(?:в|к|на|с)\\s+)?(?:${PART})\\s+(?:(?<this>этой|прошлой|минувшей|следующей|будущей)\\s+)?(?<s>весны|лета|осени|зимы)${ruYear()}`,
    (g, ref, _text, clause) => {
      const season = ruSeason(m(g, 's'))
      const year = ruYearOf(g, ref)
      const why = 'the season that holds the part named'
      if (year !== undefined) return { value: `${year}-${season}`, reason: `explicit year; ${why}` }
      if (g.this !== undefined) {
        const offset = ruYearOffset(g.this)
        const value =
          offset < 0 ? previousSeason(ref, season) : offset > 0 ? seasonAfter(ref, season) : thisSeason(ref, season)
        return { value, reason: `relative: '${g.this.toLowerCase()}' counted from the document date; ${why}` }
      }
      const tense = clause.tense
      const by = tense ? `${tense}, by the clause's verb` : 'no tense cue: the nearest to the document date'
      return { value: seasonByTense(ref, season, tense), reason: `${by}; ${why}` }
    },
  ),
]
