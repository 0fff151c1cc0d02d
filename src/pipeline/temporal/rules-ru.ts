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
  refDay,
  refValue,
  relativeWeek,
  shiftDays,
  shiftMonths,
  valid,
  weekdayDay,
  type RefDay,
} from './resolve'
import { anaphor, partAnaphor } from './anaphora'
import { m, rule, tenseDirection, type Groups, type Rule } from './rule'

const RU_REL = '(?:этого|текущего|нынешнего|прошлого|минувшего|следующего|будущего|наступающего)'
const RU_G = '(?:\\s*(?:г\\.|года|году|год|г(?!\\p{L})))'
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

const RU_WEEKDAY = '(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)'
const RU_MONTH_ABBR = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']

const RU_PART: Record<string, string> = {
  начале: 'START',
  начала: 'START',
  началу: 'START',
  начало: 'START',
  середине: 'MID',
  середины: 'MID',
  середину: 'MID',
  конце: 'END',
  конца: 'END',
  концу: 'END',
  конец: 'END',
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
    'ru.part-of-day',
    'ru',
    `(?:(?:утром|дн[её]м|вечером|ночью)\\s+(?<d>\\d{1,2})\\s+(?<m>${RU_MONTH})${ruYear()}|(?<d2>\\d{1,2})\\s+(?<m2>${RU_MONTH})${ruYear('2')}\\s+(?:утром|дн[её]м|вечером|ночью))`,
    (g, ref, _text, clause) => {
      const month = ruMonth(g.m ?? m(g, 'm2'))
      const year = ruYearOf(g, ref) ?? ruYearOf(g, ref, '2') ?? monthYear(ref, month, clause.tense)
      return dayValue(year, month, Number(g.d ?? g.d2))
    },
  ),
  // «днем в пятницу», «в среду вечером»: the weekday's day, by the clause's tense.
  rule(
    'ru.part-of-day-weekday',
    'ru',
    `(?:(?:утром|дн[её]м|вечером|ночью)\\s+(?:во?\\s+)?(?<w>${RU_WEEKDAY})|(?:во?\\s+)?(?<w2>${RU_WEEKDAY})\\s+(?:утром|дн[её]м|вечером|ночью))`,
    (g, ref, _text, clause) => {
      const w = (g.w ?? m(g, 'w2')).toLowerCase()
      const weekday = RU_WEEKDAYS.findIndex((stem) => w.startsWith(stem)) + 1
      return weekdayDay(ref, weekday, tenseDirection(clause.tense), true)
    },
  ),
  // «Вечером» named alone: a part of the day the text has just named (anaphora.ts).
  rule('ru.part-of-day-bare', 'ru', `(?:поздно\\s+|рано\\s+)?(?:утром|вечером|ночью|дн[её]м)|с\\s+утра`, () =>
    anaphor('day', 0),
  ),
  // «на следующий день после 15 декабря», «накануне 15 декабря»: the day beside a day the text names.
  rule(
    'ru.day-after-date',
    'ru',
    `(?:(?<next>на\\s+следующий\\s+день\\s+после)|(?<prev>накануне))\\s+(?<d>\\d{1,2})\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month = ruMonth(m(g, 'm'))
      const day = dayValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month, Number(g.d))
      const v = valid(day)
      if (v === null) return undefined
      return {
        value: shiftDays(refDay(v), g.next !== undefined ? 1 : -1),
        reason: `relative: the day ${g.next !== undefined ? 'after' : 'before'} ${v}, the day it names`,
      }
    },
  ),
  // «первый день» (of a visit): the n-th day counted from the last day the text named (anaphora.ts).
  rule(
    'ru.ordinal-day',
    'ru',
    `(?:(?:в|на)\\s+)?(?<o>первый|второй|третий)\\s+день(?!\\s+(?:рождения|недели|месяца|года))`,
    (g) => anaphor('day', ruOrdinal(m(g, 'o')) - 1),
  ),
  // «сегодняшняя встреча», «вчерашние переговоры»: an adjective of the document's day.
  rule('ru.today-adjective', 'ru', `(?<w>сегодняшн|вчерашн|завтрашн)\\p{L}+`, (g, ref) => {
    const w = m(g, 'w').toLowerCase()
    return shiftDays(ref, w.startsWith('вчера') ? -1 : w.startsWith('завтра') ? 1 : 0)
  }),
  rule(
    'ru.anaphoric-day',
    'ru',
    `(?:(?<same>(?:в\\s+)?(?:тот|этот)\\s+же\\s+день|в\\s+тот\\s+день)|(?<next>на\\s+(?:следующий|другой)\\s+день|на\\s+следующие\\s+сутки)|(?<prev>накануне)|(?<n>${RU_NUMBER_WORD})\\s+(?:дня|дней)\\s+спустя)(?<event>\\s+после(?=\\s+\\p{L}))?`,
    (g) => {
      // «на другой день после окончания войны» counts from an event, not a date: it names none.
      if (g.event !== undefined) return null
      if (g.n !== undefined) {
        const n = ruNumber(g.n)
        return n === null ? undefined : anaphor('day', n)
      }
      return anaphor('day', g.next !== undefined ? 1 : g.prev !== undefined ? -1 : 0)
    },
  ),
  // «8 или 10 мая»: two days of one month, either of them.
  rule(
    'ru.day-alternative',
    'ru',
    `(?<d1>\\d{1,2})\\s+(?:или|либо)\\s+(?<d2>\\d{1,2})\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month = ruMonth(m(g, 'm'))
      const year = ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense)
      return `${dayValue(year, month, Number(g.d1))}|${dayValue(year, month, Number(g.d2))}`
    },
  ),
  rule(
    'ru.day-range',
    'ru',
    `(?:с\\s+)?(?<d1>\\d{1,2})(?:\\s+(?<m1>${RU_MONTH}))?\\s*(?:[-–—−]|\\s+по\\s+|\\s+до\\s+|\\s+и\\s+(?=\\d{1,2}\\s+${RU_MONTH}))\\s*(?<d2>\\d{1,2})\\s+(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, text, clause) => {
      // «13 мая и 14 мая» is an enumeration of days; «15 и 16 декабря» one span.
      if (g.m1 && /\sи\s/u.test(text)) return undefined
      const month2 = ruMonth(m(g, 'm2'))
      const month1 = g.m1 ? ruMonth(g.m1) : month2
      const year = ruYearOf(g, ref) ?? monthYear(ref, month2, clause.tense)
      const year1 = month1 > month2 ? year - 1 : year
      return `${dayValue(year1, month1, Number(g.d1))}/${dayValue(year, month2, Number(g.d2))}`
    },
  ),
  rule('ru.day-month', 'ru', `(?<d>\\d{1,2})\\s+(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, clause) => {
    const month = ruMonth(m(g, 'm'))
    return dayValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month, Number(g.d))
  }),
  rule(
    'ru.month-range',
    'ru',
    `(?:(?:в|с)\\s+)?(?<m1>${RU_MONTH})\\s*(?:[-–—−]|\\s+по\\s+|\\s+и\\s+)\\s*(?<m2>${RU_MONTH})${ruYear()}`,
    (g, ref, _text, clause) => {
      const month1 = ruMonth(m(g, 'm1'))
      const month2 = ruMonth(m(g, 'm2'))
      const year = ruYearOf(g, ref) ?? monthYear(ref, month1, clause.tense)
      return `${monthValue(year, month1)}/${monthValue(month2 < month1 ? year + 1 : year, month2)}`
    },
  ),
  rule(
    'ru.month-part',
    'ru',
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец|(?:первой|второй|третьей)\\s+декаде)\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, text, clause) => {
      const month = ruMonth(m(g, 'm'))
      return untilOr(
        text,
        ref,
        `${monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)}-${ruPart(m(g, 'p'))}`,
      )
    },
  ),
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
      const why =
        g.y !== undefined
          ? 'explicit year'
          : g.r !== undefined
            ? `relative: '${g.r.toLowerCase()}' counted from the document date`
            : clause.tense
              ? `${clause.tense}, by the clause's verb`
              : 'no tense cue: the nearest to the document date'
      return { value, reason: `alternatives: ${why}` }
    },
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
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец)\\s+(?<r>прошлого|минувшего|этого|текущего|следующего|будущего)\\s+месяца`,
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
    (g, ref, text, clause) => {
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
      return seasonByTense(ref, season, clause.tense)
    },
  ),
  rule(
    'ru.relative-year',
    'ru',
    `(?:в\\s+)?(?<r>этом|текущем|нынешнем|прошлом|минувшем|следующем|будущем|наступающем)\\s+году`,
    (g, ref) => String(ref.year + ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.relative-year-genitive', 'ru', `(?<r>${RU_REL})\\s+года`, (g, ref) =>
    String(ref.year + ruYearOffset(m(g, 'r'))),
  ),
  rule('ru.month', 'ru', `(?:(?:в|с|до|к)\\s+)?(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, clause) => {
    const month = ruMonth(m(g, 'm'))
    return monthValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month)
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
    `(?:во?\\s+)?(?:(?<r>прошл\\p{L}+|следующ\\p{L}+|эт[оу]т?)\\s+)?(?<w>${RU_WEEKDAY})`,
    (g, ref, _text, clause) => {
      const w = m(g, 'w').toLowerCase()
      const weekday = RU_WEEKDAYS.findIndex((stem) => w.startsWith(stem)) + 1
      const r = g.r ? ruYearOffset(g.r) : 0
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
