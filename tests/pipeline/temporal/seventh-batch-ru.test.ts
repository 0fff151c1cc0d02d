/**
 * The Russian rules added for the misses of the seventh fresh batch (issue 20), with the reason a curator sees:
 * agency datelines, a day written as «N числа», parts of days named with their day, alternatives parted by a
 * parenthetical word, an n-th day of a visit with no first day named, lengths of time counted back from now, parts
 * of seasons, «через» after a date, a weekday of a week named and weekends.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const RU: Case[] = textTable(
  CASE_COLUMNS,
  `
  day-month (an agency's abbreviated June) | МОСКВА, 24 июн - РИА Новости. Саммит пройдет в Осаке | 2019-06-24 | 24 июн | 2019-06-24 | no tense cue
  day-month (an agency's abbreviated July) | ТОКИО, 21 июл — РИА Новости. Министры встретятся в Москве | 2018-07-21 | 21 июл | 2018-07-21 | no tense cue: the nearest to the document date
  day-month (a day as «N числа», its month in an editor's brackets) | Встреча пройдет 21 числа (июля – ред.) в Москве | 2018-06-21 | 21 числа (июля – ред.) | 2018-07-21 | future: governed by 'пройдет'
  day-month (a day as «N-го числа» with its month) | Встреча пройдет 5-го числа сентября | 2018-06-21 | 5-го числа сентября | 2018-09-05 | future: governed by 'пройдет'
  part of day (yesterday morning) | Группа вчера утром прибыла на Кунашир | 2019-10-31 | вчера утром | 2019-10-30 | deictic: «вчера» counted from the document date, a part of that day
  part of day (tomorrow evening) | Министры встретятся завтра вечером | 2019-10-31 | завтра вечером | 2019-11-01 | deictic: «завтра»
  part of day (the part before its day) | Делегация вернется вечером сегодня | 2019-10-31 | вечером сегодня | 2019-10-31 | deictic: «сегодня»
  part of day (a weekday's morning beside its date) | Об этом стало известно утром в среду, 28 ноября. | 2018-11-28 | утром в среду, 28 ноября | 2018-11-28 | (its weekday named before it)
  disjunction (a parenthetical word after «или») | Состоится ли она в июле, или, например, в октябре – пока не решено | 2018-06-21 | в июле, или, например, в октябре | 2018-07|2018-10 | alternatives: future: governed by 'Состоится'
  anaphoric (the n-th day, no first day named, a report) | Во второй день визита японцы тоже продолжают демонстрировать гостеприимство | 2016-12-16 | второй день | 2016-12-16 | the n-th day of an event whose first day the text does not name, the document's date
  anaphoric (the n-th day, no first day named, a plan) | Во второй день визита лидеры подпишут документы | 2016-12-15 | второй день | 2016-12-16 | anaphoric: no date named before it
  anaphoric (the n-th day after a first day named) | Визит начнется 15 декабря. Во второй день визита лидеры подпишут документы | 2016-12-01 | второй день | 2016-12-16 | anaphoric: the day after 2016-12-15
  duration (hours and minutes) | Переговоры продолжались три часа десять минут | 2017-04-28 | три часа десять минут | null | ru.duration: names no date
  duration (the first in a year) | На Курилы прибыла первая за год безвизовая делегация | 2018-07-22 | за год | null | ru.duration-back: names no date
  duration (the last year) | В последний год Москва и Токио обсуждают этот вопрос | 2019-06-29 | В последний год | null | ru.duration-back: names no date
  vague (at the present moment) | Правительство в настоящий момент занимается согласованием даты | 2017-02-24 | в настоящий момент | null | ru.vague: names no date
  season (a part of the summer, a plan) | Визит состоится в конце лета | 2019-04-10 | в конце лета | 2019-SU | future, by the clause's verb; the season that holds the part named
  season (a part of the autumn, an explicit year) | Консультации пройдут в начале осени 2020 года | 2019-04-10 | в начале осени 2020 года | 2020-FA | explicit year; the season that holds the part named
  season (a part of last winter) | В середине прошлой зимы прошли переговоры | 2019-04-10 | В середине прошлой зимы | 2018-WI | relative: 'прошлой'
  season (accusative part, a plan) | Визит намечен на конец весны | 2019-04-10 | на конец весны | 2019-SP | the season that holds the part named
  anaphoric (a month after a day named in its sentence) | Переговоры прошли 15 мая, а через месяц министры встретились снова | 2018-07-01 | через месяц | 2018-06 | anaphoric: the month after 2018-05-15
  anaphoric (a week after a day named in its sentence is a day) | Абэ посетит Россию 10 мая, а через неделю Путин приедет в Японию | 2019-04-10 | через неделю | 2019-05-17 | anaphoric: 7 days from 2019-05-10
  anaphoric (a year after a year named in its sentence) | В 2016 году прошли переговоры, а через год лидеры встретились снова | 2018-01-10 | через год | 2017 | anaphoric: the year after 2016-01-01
  duration («через месяц» with no date named in its sentence) | Визит состоится через месяц | 2019-04-10 | через месяц | null | ru.duration: names no date
  duration («через месяц» after a year only) | В 2019 году визит состоится через месяц | 2019-04-10 | через месяц | null | ru.duration: names no date
  duration («через» counted from an event) | 15 мая прошли переговоры, а через две недели после саммита министры встретятся | 2019-04-10 | через две недели | null | ru.duration: names no date
  deictic (a weekday of the next week, no comma) | Переговоры пройдут на будущей неделе в среду | 2019-04-10 | на будущей неделе в среду | 2019-04-17 | relative: the weekday of the week 'будущей' names
  deictic (a weekday before its week) | В пятницу на прошлой неделе министры созвонились | 2019-04-10 | В пятницу на прошлой неделе | 2019-04-05 | relative: the weekday of the week 'прошлой' names
  deictic (a weekday of this week, earlier) | На этой неделе в понедельник прошли консультации | 2019-04-10 | На этой неделе в понедельник | 2019-04-08 | relative: the weekday of the week 'этой' names
  day-month (a week's weekday beside its date) | На следующей неделе во вторник, 16 апреля, пройдут переговоры | 2019-04-10 | На следующей неделе во вторник, 16 апреля | 2019-04-16 | (its weekday named before it)
  week (the coming weekend) | Встреча пройдет в ближайшие выходные | 2019-04-10 | в ближайшие выходные | 2019-W15 | the week that holds the weekend
  week (the last weekend, said on a Monday) | В минувшие выходные министры встретились в Мюнхене | 2019-02-18 | В минувшие выходные | 2019-W07 | relative: 'минувшие'
  week (this weekend, said on its Sunday) | На этих выходных пройдут консультации | 2019-04-14 | На этих выходных | 2019-W15 | the week that holds the weekend
  part of day (the morning of the next day) | Путин прибыл в Токио 15 декабря, а утром следующего дня встретился с Абэ | 2019-04-10 | утром следующего дня | 2018-12-16 | anaphoric: the day after 2018-12-15
  part of day (the next morning) | Переговоры состоятся 22 января. На следующее утро Абэ отправится в Давос | 2019-04-10 | На следующее утро | 2020-01-23 | anaphoric: the day after 2020-01-22
  part of day (the evening before) | Абэ прилетел 21 января, а вечером накануне он был в Лондоне | 2019-04-10 | вечером накануне | 2019-01-20 | anaphoric: the day before 2019-01-21
  season (a plan moved to a season) | Визит перенесен с весны на осень | 2019-04-10 | на осень | 2019-FA | future: governed by 'перенесен'
  month-relative-year (within the next month) | В течение следующего месяца пройдут консультации | 2019-04-10 | В течение следующего месяца | 2019-05 | relative: 'следующего'
  part of month (the first days of the next month) | Визит состоится в первых числах следующего месяца | 2019-04-10 | в первых числах следующего месяца | 2019-05-START | relative: 'следующего'
  vague (as soon as possible) | Абэ хочет посетить Россию в кратчайшие сроки | 2017-02-24 | в кратчайшие сроки | null | ru.vague: names no date
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'text', 'document date', 'found?'],
  `
  «последней» is no «после дней» | Министры на своей последней встрече в Мюнхене провели обмен мнениями | 2019-02-18 | null
  «через» glued to a word is no relative unit | Черезвычайное заседание прошло вчера | 2019-02-18 | вчера=2019-02-17
  a day as «N числа» with no month is no date | Платежи поступают 21 числа | 2019-02-18 | null
  «за год до этого» is no duration | За год до этого Абэ посетил Сочи | 2017-05-06 | null
  «до следующего месяца» is left alone | Ответ дадут до следующего месяца | 2019-04-10 | null
  a full month name is not cut to its abbreviation | 24 июня лидеры встретятся | 2019-06-20 | 24 июня=2019-06-24
`,
)

describe('seventh fresh batch, Russian rules', () => {
  it.each(RU)('%s: %s', (...c) => check(c, 'ru'))
  it.each(READINGS)('%s: %s', (_what, text, documentDate, expected) => {
    const found = detectTemporalExpressions(text, { language: 'ru', documentDate })
    expect(found.map((e) => `${e.text}=${e.value ?? 'null'}`).join(' · ')).toBe(expected ?? '')
  })
})
