/**
 * The Russian rules (see rule.ts), in the order tried: days with their neighbours (rules-ru-days.ts), parts of
 * periods (rules-ru-parts.ts, two runs), then months, seasons, relative years, weeks, weekdays and wars.
 */
import { RU_MONTH, RU_WEEKDAYS, ruMonth, ruSeason, ruYearOffset } from './lexicon'
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
  valid,
  weekdayDay,
} from './resolve'
import { anaphor } from './anaphora'
import { m, rule, tenseDirection, type Rule } from './rule'
import { RU_REL, RU_G, ruYear, ruYearOf, RU_WEEKDAY, RU_MONTH_ABBR, ruPart, seasonAfter } from './rules-ru-words'
import { RU_DAY_RULES } from './rules-ru-days'
import { RU_MONTH_PART_RULES, RU_YEAR_PART_RULES } from './rules-ru-parts'

/** A weekday's number, Monday 1, from its name in any case. */
const ruWeekday = (word: string) => RU_WEEKDAYS.findIndex((stem) => word.toLowerCase().startsWith(stem)) + 1

export const RU_RULES: Rule[] = [
  ...RU_DAY_RULES,
  ...RU_MONTH_PART_RULES,
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
  ...RU_YEAR_PART_RULES,
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
