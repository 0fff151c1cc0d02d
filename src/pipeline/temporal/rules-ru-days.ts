/**
 * The Russian rules tried first (see rule.ts): days named with their neighbours: ranges and
 * alternatives of days, the day beside another, days and parts of days counted from the last date named.
 */
import { RU_MONTH, RU_NUMBER_WORD, RU_WEEKDAYS, ruMonth, ruNumber, ruOrdinal } from './lexicon'
import { dayValue, monthValue, monthYear, refDay, refValue, shiftDays, valid, weekdayDay } from './resolve'
import { anaphor, dayOfEvent } from './anaphora'
import { m, rule, tenseDirection, type Rule } from './rule'
import { ruYear, ruYearOf, RU_WEEKDAY, RU_MONTH_ABBR, untilOr, ruPart } from './rules-ru-words'

export const RU_DAY_RULES: Rule[] = [
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
  // «этим утром», «сегодняшним вечером»: a part of the document's own day; «тем же вечером» of the day just named.
  rule(
    'ru.part-of-day-this',
    'ru',
    `(?<this>этим|сегодняшним)\\s+(?:утром|вечером|дн[её]м)|(?:тем\\s+же\\s+(?:утром|вечером|дн[её]м)|в\\s+тот\\s+же\\s+(?:вечер|утро))`,
    (g, ref) => (g.this !== undefined ? refValue(ref) : anaphor('day', 0)),
  ),
  // «вчера утром», «сегодня вечером», «завтра днем»: one day counted from the document's date, with the part of it
  // named; chrono reads the day word alone and would leave the part to be read apart.
  rule(
    'ru.part-of-day-deictic',
    'ru',
    `(?<w>позавчера|вчера|сегодня|завтра|послезавтра)\\s+(?:(?:рано|поздно)\\s+)?(?:утром|дн[её]м|вечером|ночью)|(?:(?:рано|поздно)\\s+)?(?:утром|дн[её]м|вечером|ночью)\\s+(?<w2>позавчера|вчера|сегодня|завтра|послезавтра)`,
    (g, ref) => {
      const w = (g.w ?? m(g, 'w2')).toLowerCase()
      const offset = { позавчера: -2, вчера: -1, сегодня: 0, завтра: 1, послезавтра: 2 }[w] ?? 0
      return {
        value: shiftDays(ref, offset),
        reason: `deictic: «${w}» counted from the document date, a part of that day`,
      }
    },
  ),
  // «утром следующего дня», «на следующее утро», «следующим вечером»: a part of the day after (or the same day as, or
  // the day before) the last day named (anaphora.ts).
  rule(
    'ru.part-of-day-anaphoric',
    'ru',
    `(?:утром|дн[её]м|вечером|ночью)\\s+(?<r>следующего|того\\s+же|этого\\s+же|предыдущего|накануне)(?:\\s+дня)?|(?:на\\s+)?(?<r2>следующее|другое)\\s+утро|(?<r3>следующим)\\s+(?:утром|вечером|дн[её]м)`,
    (g) => {
      const r = (g.r ?? g.r2 ?? m(g, 'r3')).toLowerCase()
      return anaphor('day', /^(?:следующ|друго)/.test(r) ? 1 : /^(?:предыдущего|накануне)$/.test(r) ? -1 : 0)
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
  // «первый день» (of a visit): the n-th day counted from the last day the text named (anaphora.ts); with none named,
  // outside a clause about the future, the day the report is written on.
  rule(
    'ru.ordinal-day',
    'ru',
    `(?:(?:в|на)\\s+)?(?<o>первый|второй|третий)\\s+день(?!\\s+(?:рождения|недели|месяца|года))`,
    (g, _ref, _text, clause) => ({
      ...dayOfEvent(ruOrdinal(m(g, 'o'))),
      ...(clause.tense === 'future' ? {} : { reported: true }),
    }),
  ),
  // «сегодняшняя встреча», «вчерашние переговоры»: an adjective of the document's day.
  rule('ru.today-adjective', 'ru', `(?<w>сегодняшн|вчерашн|завтрашн)\\p{L}+`, (g, ref) => {
    const w = m(g, 'w').toLowerCase()
    return shiftDays(ref, w.startsWith('вчера') ? -1 : w.startsWith('завтра') ? 1 : 0)
  }),
  rule(
    'ru.anaphoric-day',
    'ru',
    `(?:(?<same>(?:в\\s+)?(?:тот|этот)\\s+же\\s+день|в\\s+(?:тот|этот)\\s+день)|(?<next>на\\s+(?:следующий|другой)\\s+день|на\\s+следующие\\s+сутки)|(?<prev>накануне)|(?<n>${RU_NUMBER_WORD})\\s+(?:дня|дней)\\s+спустя)(?<event>\\s+после(?=\\s+\\p{L}))?`,
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
  // «днем ранее», «неделей позже», «за день до этого»: a unit before or after the last date named (anaphora.ts).
  rule(
    'ru.unit-earlier-later',
    'ru',
    `(?<u>дн[её]м|неделей|месяцем|годом)\\s+(?<d>ранее|раньше|позже|позднее)|за\\s+(?:(?<n>${RU_NUMBER_WORD})\\s+)?(?<u2>день|дня|дней|неделю|недели|недель)\\s+до\\s+(?:этого|того)`,
    (g) => {
      if (g.u2 !== undefined) {
        const n = g.n === undefined ? 1 : ruNumber(g.n)
        if (n === null) return null
        return anaphor(g.u2.toLowerCase().startsWith('нед') ? 'week' : 'day', -n)
      }
      const u = m(g, 'u').toLowerCase()
      const unit = u.startsWith('нед') ? 'week' : u.startsWith('меся') ? 'month' : u.startsWith('год') ? 'year' : 'day'
      return anaphor(unit, /^(?:ранее|раньше)$/i.test(m(g, 'd')) ? -1 : 1)
    },
  ),
  // «спустя два месяца», «год спустя»: so many days, weeks, months or years after the last date named (anaphora.ts);
  // «через месяц» stays a duration, as the rule tables have it.
  rule(
    'ru.later-by',
    'ru',
    `спустя\\s+(?:(?<n>${RU_NUMBER_WORD})\\s+)?(?<u>дн(?:я|ей)|день|сутки|недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет)|(?:(?<n2>${RU_NUMBER_WORD})\\s+)?(?<u2>недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет)\\s+спустя`,
    (g) => {
      const word = g.n ?? g.n2
      const n = word === undefined ? 1 : ruNumber(word)
      // «спустя несколько месяцев» counts no whole number of units: vague, no date.
      if (n === null) return null
      const u = (g.u ?? m(g, 'u2')).toLowerCase()
      // A week after a day is a day: «спустя неделю» after 10 May is 17 May.
      if (u.startsWith('нед')) return anaphor('day', 7 * n)
      return anaphor(u.startsWith('меся') ? 'month' : /^(?:год|лет)/.test(u) ? 'year' : 'day', n)
    },
  ),
  // «15 мая …, а через месяц»: «через» after a date named earlier in its sentence counts from that date, as «спустя»
  // does; with none named it stays a duration (ru.duration), as the rule tables have it.
  rule(
    'ru.later-by-after-date',
    'ru',
    `через\\s+(?:(?<n>${RU_NUMBER_WORD})\\s+)?(?<u>дн(?:я|ей)|день|недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет)(?!\\s+после)`,
    (g, _ref, _text, clause) => {
      const u = m(g, 'u').toLowerCase()
      const years = /^(?:год|лет)/.test(u)
      // A day or a month counts from a day or month named before it; a year also from a year («в 2016 году»).
      const sentence = clause.preceding.split(/[.!?]\s|\n/).pop() ?? ''
      if (!new RegExp(`${RU_MONTH}${years ? '|\\d{4}' : ''}`, 'iu').test(sentence)) return undefined
      const n = g.n === undefined ? 1 : ruNumber(g.n)
      if (n === null) return null
      if (u.startsWith('нед')) return anaphor('day', 7 * n)
      return anaphor(u.startsWith('меся') ? 'month' : years ? 'year' : 'day', n)
    },
  ),
  // «в июне того же года», «15 июня того же года»: a month or day of the year the text has just named (anaphora.ts).
  rule(
    'ru.same-year-month',
    'ru',
    `(?:в\\s+)?(?:(?<d>\\d{1,2})\\s+)?(?<m>${RU_MONTH})\\s+(?:того|этого)\\s+же\\s+года`,
    (g) => ({
      anaphor: 'year',
      offset: 0,
      month: ruMonth(m(g, 'm')),
      ...(g.d !== undefined ? { day: Number(g.d) } : {}),
    }),
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
  // «1-го сентября»: the ordinal ending is written after the number.
  rule('ru.day-month', 'ru', `(?<d>\\d{1,2})(?:-?го)?\\s+(?<m>${RU_MONTH})${ruYear()}`, (g, ref, _text, clause) => {
    const month = ruMonth(m(g, 'm'))
    return dayValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month, Number(g.d))
  }),
  // «24 июн», «21 июл» in an agency's dateline: the abbreviations chrono does not know, read as the day-month.
  rule(
    'ru.day-month-abbreviated',
    'ru',
    // «мая» is the whole word, which ru.day-month reads; its full stop ends a sentence.
    `(?<d>\\d{1,2})\\s+(?<m>${RU_MONTH_ABBR.filter((a) => a !== 'мая').join('|')})\\.?(?:\\s+(?<y>\\d{4}))?`,
    (g, ref, _text, clause) => {
      const month = RU_MONTH_ABBR.indexOf(m(g, 'm').toLowerCase()) + 1
      return dayValue(g.y ? Number(g.y) : monthYear(ref, month, clause.tense), month, Number(g.d))
    },
  ),
  // «о 21 числе (июля – ред.)», «21-го числа июля»: a day written as «N числа» with its month after it, in an
  // editor's brackets or not. With no month named it is no date the text states.
  rule(
    'ru.day-number',
    'ru',
    `(?<d>\\d{1,2})(?:-?го)?\\s+числ[оаеу]\\s*(?:\\(\\s*(?<m>${RU_MONTH})(?:\\s*[-–—]\\s*ред\\.?)?\\s*\\)|(?<m2>${RU_MONTH})${ruYear()})`,
    (g, ref, _text, clause) => {
      const month = ruMonth(g.m ?? m(g, 'm2'))
      return dayValue(ruYearOf(g, ref) ?? monthYear(ref, month, clause.tense), month, Number(g.d))
    },
  ),
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
    `(?:(?:в|до|с|к|на)\\s+)?(?<p>начал[еоау]|середин[еыу]|конц[еау]|конец|(?:первой|второй|третьей|последней)\\s+декаде|(?:первых|последних)\\s+числах|(?:первые|последние)\\s+дни)\\s+(?<m>${RU_MONTH})${ruYear()}`,
    (g, ref, text, clause) => {
      const month = ruMonth(m(g, 'm'))
      const part = ruPart(m(g, 'p'))
      const year = ruYearOf(g, ref)
      // «до середины декабря», «к концу мая»: a deadline lies ahead when the clause says nothing else.
      if (year === undefined && clause.tense === null && /^(?:до|к)\s/i.test(text)) {
        const value = untilOr(text, ref, `${monthValue(monthYear(ref, month, 'future'), month)}-${part}`)
        return {
          value,
          reason: `future: «${text.split(/\s/)[0]?.toLowerCase()}» sets a deadline ahead of the document date`,
        }
      }
      return untilOr(text, ref, `${monthValue(year ?? monthYear(ref, month, clause.tense), month)}-${part}`)
    },
  ),
]
