/** The Russian rules (see rule.ts): months, seasons, parts of periods, relative years, weeks and days. */
import { RU_MONTH, RU_NUMBER_WORD, RU_WEEKDAYS, ruMonth, ruNumber, ruOrdinal, ruSeason, ruYearOffset } from './lexicon'
import {
  dayValue,
  monthValue,
  monthYear,
  seasonByTense,
  thisSeason,
  nextSeason,
  previousSeason,
  refValue,
  relativeWeek,
  refDay,
  shiftDays,
  shiftMonths,
  startedSeason,
  valid,
  weekdayDay,
  type RefDay,
} from './resolve'
import type { Season } from '../../model/date'
import { anaphor, partAnaphor } from './anaphora'
import { m, rule, tenseDirection, type Clause, type Groups, type Rule } from './rule'
import { RU_REL, RU_G, ruYear, ruYearOf, RU_WEEKDAY, RU_MONTH_ABBR, untilOr, ruPart } from './rules-ru-words'
import { RU_DAY_RULES } from './rules-ru-days'

/** The first such season that begins after the reference: «следующей весной», «будущим летом». */
function seasonAfter(ref: RefDay, season: Season): string {
  const begun = startedSeason(ref, season)
  return `${Number(begun.slice(0, 4)) + 1}-${season}`
}

/** A weekday's number, Monday 1, from its name in any case. */
const ruWeekday = (word: string) => RU_WEEKDAYS.findIndex((stem) => word.toLowerCase().startsWith(stem)) + 1

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

export const RU_RULES: Rule[] = [
  ...RU_DAY_RULES,
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
  // «Сен. 2, 2016»: an abbreviated month in the English order.
  rule(
    'ru.month-day-year',
    'ru',
    `(?<m>${RU_MONTH_ABBR.join('|')})\\p{L}{0,2}\\.?\\s+(?<d>\\d{1,2}),\\s+(?<y>\\d{4})`,
    (g) => dayValue(Number(g.y), RU_MONTH_ABBR.indexOf(m(g, 'm').toLowerCase()) + 1, Number(g.d)),
  ),
  // «в конце того же месяца»: a part of the month or year the text has just named, wherever it was named.
  rule(
    'ru.anaphoric-period-part',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?:того|этого)\\s+же\\s+(?<u>месяца|года)`,
    (g) => ({
      anaphor: m(g, 'u').toLowerCase() === 'года' ? 'year' : 'month',
      offset: 0,
      part: ruPart(m(g, 'p')) as 'START' | 'MID' | 'END',
    }),
  ),
  // «в начале нового года»: a part of the year after the document's (of its own year in January).
  rule(
    'ru.new-year-part',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+нового\\s+года`,
    (g, ref) => `${ref.month === 1 ? ref.year : ref.year + 1}-${ruPart(m(g, 'p'))}`,
  ),
  // «позднее в тот же день»: of the last day named; a plan is not on a day already past (anaphora.ts).
  rule(
    'ru.later-same-day',
    'ru',
    `(?:позже|позднее|ранее)\\s+в\\s+(?:тот|этот)(?:\\s+же)?\\s+день`,
    (_g, _ref, _text, clause) => ({
      anaphor: 'day',
      offset: 0,
      ...(clause.tense === 'future' ? { notPast: true } : {}),
    }),
  ),
  rule('ru.anaphoric-period', 'ru', `(?:(?:в|на)\\s+)?(?:том|той)\\s+же\\s+(?<u>году|месяце|неделе)`, (g) => {
    const u = m(g, 'u').toLowerCase()
    return anaphor(u === 'году' ? 'year' : u === 'месяце' ? 'month' : 'week', 0)
  }),
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
  rule('ru.until-season', 'ru', `(?:до|к)\\s+(?<s>весны|лета|осени|зимы|весне|лету|зиме)`, (g, ref) => {
    return `${refValue(ref)}/${nextSeason(ref, ruSeason(m(g, 's')))}`
  }),
  rule(
    'ru.season',
    'ru',
    `(?:(?:в|во|до|с|на)\\s+)?(?:течение\\s+)?(?:(?<this>этой|этим|этою|прошлой|прошлым|прошедшей|минувшей|минувшим|следующей|следующим|будущей|будущим)\\s+)?(?<s>зимой|весной|летом|осенью|зима|весна|лето|осень|зимы|весны|лета|осени|зиму|весну)${ruYear()}`,
    (g, ref, text, clause) => {
      const season = ruSeason(m(g, 's'))
      const year = ruYearOf(g, ref)
      if (year !== undefined) return `${year}-${season}`
      if (g.this !== undefined) {
        const offset = ruYearOffset(g.this)
        if (offset < 0) return previousSeason(ref, season)
        // «следующей весной» said in spring is the spring after this one, not the rest of this one.
        if (offset > 0) return seasonAfter(ref, season)
        return thisSeason(ref, season)
      }
      // «на осень» (accusative) is the season a plan is set for, as «осенью» is.
      if (!/(ой|ом|ью)$/i.test(m(g, 's')) && !/^(?:в\s+течение|на\s)/i.test(text)) return undefined
      return seasonByTense(ref, season, clause.tense)
    },
  ),
  rule(
    'ru.relative-year',
    'ru',
    `(?:в\\s+)?(?<r>этом|текущем|нынешнем|прошлом|позапрошлом|минувшем|следующем|будущем|наступающем)\\s+году|(?:на|в)\\s+(?<r2>этот|текущий|следующий|будущий|наступающий)\\s+год`,
    (g, ref) => String(ref.year + ruYearOffset(g.r ?? m(g, 'r2'))),
  ),
  // «в новом году»: the year after the document's (its own year when said in January), as «в начале нового года».
  rule('ru.new-year', 'ru', `(?:в|на)\\s+новом\\s+году`, (_g, ref) =>
    String(ref.month === 1 ? ref.year : ref.year + 1),
  ),
  // «летом-осенью 2020 года», «весной–летом следующего года»: a span of seasons; a year after the second is both's.
  rule(
    'ru.season-range',
    'ru',
    `(?<s1>зимой|весной|летом|осенью)\\s*[-–—−]\\s*(?<s2>зимой|весной|летом|осенью)${ruYear()}`,
    (g, ref, _text, clause) => {
      const s1 = ruSeason(m(g, 's1'))
      const s2 = ruSeason(m(g, 's2'))
      const year = ruYearOf(g, ref)
      const second = year !== undefined ? `${year}-${s2}` : seasonByTense(ref, s2, clause.tense)
      const y = Number(second.slice(0, 4))
      return valid(`${y}-${s1}/${second}`) ?? `${y - 1}-${s1}/${second}`
    },
  ),
  rule('ru.relative-year-genitive', 'ru', `(?<r>${RU_REL})\\s+года`, (g, ref) =>
    String(ref.year + ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.month', 'ru', `(?:(?:в|с|до|к)\\s+)?(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, clause) => {
    const month = ruMonth(m(g, 'm'))
    return monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)
  }),
  // «в течение 2019 года» is that year (chrono reads it as a duration of 2019 years).
  rule('ru.year', 'ru', `(?:(?:в|с|до|к|в\\s+течение)\\s+)?(?<y>(?:1[6-9]|20)\\d{2})(?:-?(?:м|го|й))?${RU_G}`, (g) =>
    m(g, 'y'),
  ),
  // «на следующей неделе в среду», «в пятницу на прошлой неделе»: the weekday of the week named, one day. With a
  // comma («на следующей неделе, во вторник, 22 января») the week and the day stay apart for weekdayDayRefiner.
  rule(
    'ru.week-weekday',
    'ru',
    `(?:на\\s+)?(?<r>прошлой|минувшей|прошедшей|этой|текущей|следующей|будущей)\\s+неделе\\s+(?:во?\\s+)?(?<w>${RU_WEEKDAY})|(?:во?\\s+)?(?<w2>${RU_WEEKDAY})\\s+(?:на\\s+)?(?<r2>прошлой|минувшей|прошедшей|этой|текущей|следующей|будущей)\\s+неделе`,
    (g, ref) => {
      const r = (g.r ?? m(g, 'r2')).toLowerCase()
      const monday = refDay(weekdayDay(ref, 1, -1, true))
      return {
        value: shiftDays(monday, 7 * ruYearOffset(r) + ruWeekday(g.w ?? m(g, 'w2')) - 1),
        reason: `relative: the weekday of the week '${r}' names, counted from the document date`,
      }
    },
  ),
  // «в ближайшие выходные», «на прошлых выходных»: the grammar has no weekend, so the week that holds it; the
  // coming one or the last one before the document's date.
  rule(
    'ru.weekend',
    'ru',
    `(?:(?:в|на)\\s+)?(?<r>ближайшие|эти|минувшие|прошлые|прошедшие|следующие|будущие|ближайших|этих|минувших|прошлых|прошедших|следующих|будущих)\\s+выходн(?:ые|ых)`,
    (g, ref) => {
      const r = m(g, 'r').toLowerCase()
      const past = /^(?:минувш|прошл|прошедш)/.test(r)
      const sunday = refDay(weekdayDay(ref, 7, past ? -1 : 1, !past))
      return {
        value: relativeWeek(sunday, 0),
        reason: `relative: '${r}' counted from the document date; the week that holds the weekend`,
      }
    },
  ),
  rule(
    'ru.relative-week',
    'ru',
    `(?:на\\s+)?(?<r>прошлой|минувшей|прошедшей|этой|текущей|следующей|будущей)\\s+неделе`,
    (g, ref) => relativeWeek(ref, ruYearOffset(m(g, 'r'))),
  ),
  // «в начале следующей недели»: the grammar has no part of a week, so the week itself, which holds it.
  rule(
    'ru.relative-week-part',
    'ru',
    `(?:(?:в|к|до|с)\\s+)?(?:начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?<r>прошлой|минувшей|прошедшей|этой|текущей|следующей|будущей)\\s+недели`,
    (g, ref) => ({
      value: relativeWeek(ref, ruYearOffset(m(g, 'r'))),
      reason: `relative: '${m(g, 'r').toLowerCase()}' counted from the document date; the week that holds the part named`,
    }),
  ),
  // «в течение следующего месяца», «с прошлого месяца»: the month named. «до следующего месяца» (until it begins)
  // is left alone: the span would end on the wrong side of the month.
  rule(
    'ru.relative-month-genitive',
    'ru',
    `(?<!\\p{L}\\s?(?:до|к)\\s)(?:(?:в\\s+течение|с)\\s+)?(?<r>прошлого|минувшего|этого|текущего|следующего|будущего)\\s+месяца`,
    (g, ref) => shiftMonths(ref, ruYearOffset(m(g, 'r'))),
  ),
  rule(
    'ru.relative-month',
    'ru',
    `(?:в\\s+)?(?<r>прошлом|этом|текущем|нынешнем|следующем|будущем)\\s+месяце`,
    (g, ref) => shiftMonths(ref, ruYearOffset(m(g, 'r'))),
  ),
  // «в субботу и воскресенье», «в среду или четверг»: the second weekday follows the first, which the clause dates.
  rule(
    'ru.weekday-pair',
    'ru',
    `(?:во?\\s+)?(?<w1>${RU_WEEKDAY})\\s+(?<join>и|или|либо)\\s+(?:во?\\s+)?(?<w2>${RU_WEEKDAY})`,
    (g, ref, _text, clause) => {
      const w1 = ruWeekday(m(g, 'w1'))
      const first = weekdayDay(ref, w1, tenseDirection(clause.tense), true)
      const second = shiftDays(refDay(first), (ruWeekday(m(g, 'w2')) - w1 + 7) % 7 || 7)
      return `${first}${m(g, 'join').toLowerCase() === 'и' ? '/' : '|'}${second}`
    },
  ),
  rule(
    'ru.weekday',
    'ru',
    `(?:(?:во?|на)\\s+)?(?:(?<r>прошл\\p{L}+|минувш\\p{L}+|прошедш\\p{L}+|следующ\\p{L}+|ближайш\\p{L}+|эт[оу]т?)\\s+)?(?<w>${RU_WEEKDAY})`,
    (g, ref, _text, clause) => {
      const weekday = ruWeekday(m(g, 'w'))
      // «в ближайший понедельник»: the coming one.
      const r = g.r ? (/^ближайш/i.test(g.r) ? 1 : ruYearOffset(g.r)) : 0
      if (r !== 0) return weekdayDay(ref, weekday, r < 0 ? -1 : 1)
      return weekdayDay(ref, weekday, tenseDirection(clause.tense), true)
    },
  ),
  rule(
    'ru.historical',
    'ru',
    `(?:(?:в|по)\\s+)?(?:конце|окончани[еия]|итогам)\\s+Второй\\s+мировой\\s+войны|(?:после\\s+)?окончания\\s+войны`,
    (_g, _ref, text) => (/мировой/i.test(text) ? '1945' : undefined),
  ),
]
