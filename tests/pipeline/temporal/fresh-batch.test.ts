/**
 * The rules added for the misses of the unseen set and its latest fresh batch (issue 20), each in both
 * languages, with the reason a curator sees. Kept apart from classes.test.ts so the two tables change apart.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const RU: Case[] = textTable(
  CASE_COLUMNS,
  `
  deictic (an adjective of today) | Сегодняшняя встреча министров прошла в Москве | 2019-01-14 | Сегодняшняя | 2019-01-14 | ru.today-adjective: counted from the document date
  anaphoric (the first day of a visit) | Путин в четверг прибыл в Японию с двухдневным визитом, первый день он проводит в Нагато | 2016-12-15 | первый день | 2016-12-15 | anaphoric: the same day as 2016-12-15
  anaphoric (the day after a named day) | Переговоры пройдут на следующий день после 15 декабря в Токио | 2016-11-19 | на следующий день после 15 декабря | 2016-12-16 | relative: the day after 2016-12-15
  disjunction (a bare «месяца» before a named month) | Поездка переносится с 11 октября на конец месяца или на начало ноября этого года | 2019-10-09 | на конец месяца или на начало ноября этого года | 2019-10-END|2019-11-START | alternatives
  range (two days joined by «и») | Визит состоялся 15 и 16 декабря 2016 года | 2017-01-27 | 15 и 16 декабря 2016 года | 2016-12-15/2016-12-16 | span: explicit year
  day before a deadline («до 16 октября») | Министры встретятся до 16 октября | 2019-10-08 | 16 октября | 2019-10-16 | future: governed by 'встретятся'
  anaphoric (later the same day, in a plan) | Судно должно было выйти 16 августа. Делегация прибудет на остров позднее в тот же день. | 2018-08-17 | позднее в тот же день | 2018-08-17 | a day already past
  anaphoric (a part of the same month) | Мотэги назначили в сентябре. В конце того же месяца он встретился с Лавровым. | 2019-11-22 | В конце того же месяца | 2019-09-END | anaphoric: the end of the month of 2019-09-01
  part of year (the new year) | Визит намечен на начало нового года | 2018-12-01 | на начало нового года | 2019-START | ru.new-year-part
  part of year (the new year, said in January) | Визит намечен на начало нового года | 2019-01-05 | на начало нового года | 2019-START | ru.new-year-part
  deictic («нынешний» year) | Первая в нынешнем году делегация | 2017-05-16 | в нынешнем году | 2017 | relative
  part of day («с утра», nothing named before it) | У меня с утра уже была встреча | 2016-09-02 | с утра | 2016-09-02 | the document's date
  month (an invitation is a plan) | Абэ получил приглашение вернуться в сентябре | 2016-05-07 | в сентябре | 2016-09 | future: governed by 'приглашение вернуться'
  month (fronted, before the verb of saying) | В феврале министр заявил, что сотрудничество будет включать рыболовство. | 2017-07-12 | В феврале | 2017-02 | past: governed by 'заявил'
  week, weekday and day in apposition | Встреча пройдет на следующей неделе, во вторник, 22 января | 2019-01-14 | на следующей неделе, во вторник, 22 января | 2019-01-22 | the day named beside it
  day-month (with a relative year after it) | Консультации пройдут 31 июля этого года | 2018-07-30 | 31 июля этого года | 2018-07-31 | relative: 'этого' counted from the document date
  duration (a night) | Одну ночь группа провела на острове | 2018-07-28 | Одну ночь | null | ru.duration
  vague (a decade) | в 90-х годах наблюдался рост | 2001-03-25 | в 90-х годах | null | ru.vague
  vague (a recent summit) | Лидеры обсудили итоги недавнего саммита | 2018-12-01 | недавнего саммита | null | ru.vague
`,
)

const EN: Case[] = textTable(
  CASE_COLUMNS,
  `
  deictic (today’s) | Today's meeting of the ministers took place in Moscow | 2019-01-14 | Today | 2019-01-14 | deictic: today
  anaphoric (the second day of a visit) | Putin arrived in Japan on Thursday. The talks on the second day of the visit will be held in Tokyo. | 2016-12-15 | on the second day | 2016-12-16 | anaphoric: the day after 2016-12-15
  anaphoric (the day after a named day) | He hopes to hold a meeting in Tokyo on the day after the December 15 meeting in Nagato | 2016-11-19 | on the day after the December 15 meeting | 2016-12-16 | relative: the day after 2016-12-15
  disjunction (parts of two months) | The tour is moved to the end of October or early November | 2019-10-09 | the end of October or early November | 2019-10-END|2019-11-START | alternatives
  range (two days joined by "and") | The visit took place on December 15 and 16, 2016 | 2018-10-05 | December 15 and 16, 2016 | 2016-12-15/2016-12-16 | span: explicit year
  range (an en dash) | Putin will make a working trip on September 5–8 | 2017-09-04 | September 5–8 | 2017-09-05/2017-09-08 | span: future: governed by 'will make'
  day before a deadline ("by October 16") | The ministers will meet by October 16 | 2019-10-08 | October 16 | 2019-10-16 | future: governed by 'will meet'
  anaphoric (later in the day, in a plan) | A ship was to leave port on August 16. The delegation is set to arrive at the island later in the day. | 2018-08-17 | later in the day | 2018-08-17 | a day already past
  anaphoric (later in the week) | They are set to tour a museum by Thursday, and then a volcano later in the week. | 2019-10-30 | later in the week | 2019-W44 | anaphoric: the week of 2019-10-31
  anaphoric (a part of the same month) | Motegi was appointed in September. At the end of the same month, he met Lavrov. | 2019-11-22 | At the end of the same month | 2019-09-END | anaphoric: the end of the month of 2019-09-01
  part of year (the new year) | a meeting will be arranged prior to the visit early in the new year | 2018-12-01 | early in the new year | 2019-START | en.new-year-part
  part of year (the new year, said in January) | a meeting will be arranged early in the new year | 2019-01-05 | early in the new year | 2019-START | en.new-year-part
  deictic (the current year) | It will be decided in the current year | 2017-05-16 | in the current year | 2017 | relative
  month (an invitation is a plan) | Abe received an invitation to return in September | 2016-05-07 | in September | 2016-09 | future: governed by 'invitation to return'
  month (fronted, before the verb of saying) | In February, the minister said that the areas would include fishing. | 2017-07-12 | In February | 2017-02 | past: governed by 'said'
  week, weekday and day in apposition | The summit will be held next week, on Tuesday, January 22 | 2019-01-14 | next week, on Tuesday, January 22 | 2019-01-22 | the day named beside it
  day-month (with a relative year after it) | The consultations will be held on July 31 of this year | 2018-07-30 | July 31 of this year | 2018-07-31 | relative: 'this' counted from the document date
  duration (a night) | The group spent one night on the island | 2018-07-28 | one night | null | en.duration
  vague (a decade) | in the 1990s the ties grew | 2001-03-25 | in the 1990s | null | en.vague
  vague (within the day) | a decision is expected within the day | 2017-09-23 | within the day | null | en.vague
  vague (a recent agreement) | Based on the recent agreement reached in Singapore | 2018-12-01 | the recent agreement | null | en.vague
  vague (the middle of a century) | talks since the middle of the 20th centuries | 2016-12-05 | the middle of the 20th centuries | null | en.vague
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'language', 'text', 'document date', 'found?'],
  `
  «сегодня» and its day stay two, as the gold sets annotate them | ru | Сегодня, 28 июня, делегация работает на Кунашире | 2017-06-28 | Сегодня=2017-06-28 · 28 июня=2017-06-28
  "today" and its day stay two, as the gold sets annotate them | en | Today, June 28, the delegation works on Kunashir | 2017-06-28 | Today=2017-06-28 · June 28=2017-06-28
  a greeting is no time | ru | Добрый вечер, коллеги! Доброе утро. | 2017-09-07 | null
  a greeting is no time | en | Good afternoon, colleagues! Good evening. | 2017-09-07 | null
  an age is no duration | ru | 65-летний Абэ заявил об отставке | 2020-08-28 | null
  an age is no duration | en | The 65-year-old Abe resigned | 2020-08-28 | null
`,
)

describe('fresh-batch rules', () => {
  it.each(RU)('Russian, %s: %s', (...c) => check(c, 'ru'))
  it.each(EN)('English, %s: %s', (...c) => check(c, 'en'))
  it.each(READINGS)('%s (%s): %s', (_what, language, text, documentDate, expected) => {
    const found = detectTemporalExpressions(text, { language: language as 'ru' | 'en', documentDate })
    expect(found.map((e) => `${e.text}=${e.value ?? 'null'}`).join(' · ')).toBe(expected ?? '')
  })
})
