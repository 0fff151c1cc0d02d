/**
 * The Russian rules added for the misses of the sixth fresh batch (issue 20) and of the earlier batches'
 * before-tuning figures, with the reason a curator sees. Kept apart from fresh-batch.test.ts, whose two
 * languages change together, so this table changes on its own.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const RU: Case[] = textTable(
  CASE_COLUMNS,
  `
  month (the past of a verb in -чь: «возникла») | Эта идея возникла на встрече лидеров на полях саммита в ноябре | 2016-05-01 | в ноябре | 2015-11 | past: governed by 'возникла'
  month (the past of «быть» before a participle) | Договоренность об этом была достигнута в январе | 2016-10-01 | в январе | 2016-01 | past: governed by 'была'
  month (the past of a verb in -ти: «пришли») | Стороны пришли к согласию в декабре | 2017-10-01 | в декабре | 2016-12 | past: governed by 'пришли'
  week («минувшей»: the last week) | На минувшей неделе президент побывал с визитом в Японии | 2016-12-20 | На минувшей неделе | 2016-W50 | relative: 'минувшей' counted from the document date
  week («прошедшей»: the last week) | На прошедшей неделе прошли консультации | 2019-03-13 | На прошедшей неделе | 2019-W10 | relative: 'прошедшей'
  week (a part of the next week) | В начале следующей недели в парламенте будет обсуждаться вопрос | 2017-04-27 | В начале следующей недели | 2017-W18 | the week that holds the part named
  week (the end of this week) | Делегация вернется к концу этой недели | 2019-10-30 | к концу этой недели | 2019-W44 | relative: 'этой'
  part of year (until, said inside the year's END part) | Путин предложил Японии заключить мирный договор до конца года | 2018-09-12 | до конца года | 2018-09-12/2018-12-31 | span: ru.year-part: counted from the document date
  part of year (until, said before the END part) | Российская сторона предложила подвести итоги до конца года | 2018-01-18 | до конца года | 2018-01-18/2018-END | span: ru.year-part
  part of month (until, said inside the month's END part) | Проекты должны приобрести конкретный характер до конца месяца | 2016-11-25 | до конца месяца | 2016-11-25/2016-11-30 | span: ru.month-part-bare
  season (accusative «на осень», a plan) | Визит запланирован на осень | 2017-04-27 | на осень | 2017-FA | future: governed by 'запланирован'
  season (accusative, with a relative year) | Визит перенесли на весну следующего года | 2017-04-27 | на весну следующего года | 2018-SP | relative: 'следующего'
  part of month («в последних числах») | Переговоры пройдут в последних числах мая | 2017-04-27 | в последних числах мая | 2017-05-END | future: governed by 'пройдут'
  part of month («в первых числах», with a year) | В первых числах января 2019 года Абэ прилетит в Москву | 2018-12-20 | В первых числах января 2019 года | 2019-01-START | explicit year
  part of month (a deadline, no tense cue) | Проекты должны приобрести конкретный характер до середины декабря | 2017-04-27 | до середины декабря | 2017-04-27/2017-12-MID | future: «до» sets a deadline ahead
  part of month (a deadline with «к») | Отчет подготовят к концу января | 2017-04-27 | к концу января | 2018-01-END | future: «к» sets a deadline ahead
  part of month («до» in a past clause) | Работы продолжались до середины декабря | 2017-04-27 | до середины декабря | 2016-12-MID | past: governed by 'продолжались'
  anaphoric (so many months later) | Абэ посетит Россию в сентябре, а спустя два месяца Путин приедет в Японию | 2017-04-27 | спустя два месяца | 2017-11 | anaphoric: 2 months from 2017-09-01, the last date named
  anaphoric (a year later) | Визит состоялся 15 декабря 2016 года. Год спустя стороны подписали соглашение. | 2018-03-01 | Год спустя | 2017 | anaphoric: the year after 2016-12-15
  anaphoric (a week later is a day) | Встреча прошла 10 мая, спустя неделю министры снова созвонились | 2016-06-01 | спустя неделю | 2016-05-17 | anaphoric: 7 days from 2016-05-10
  vague (some months later) | Спустя несколько месяцев переговоры возобновились | 2018-03-01 | Спустя несколько месяцев | null | ru.later-by: names no date
  disjunction (the year named after the second) | Визит состоится в июле или в августе следующего года | 2019-04-10 | в июле или в августе следующего года | 2020-07|2020-08 | the year named for both
  disjunction (seasons, the year after the second) | Переговоры пройдут весной или летом следующего года | 2019-04-10 | весной или летом следующего года | 2020-SP|2020-SU | the year named for both
  disjunction (the first in the year before) | Визит состоится в декабре или январе 2020 года | 2019-04-10 | в декабре или январе 2020 года | 2019-12|2020-01 | explicit year, the year named for both
  week (a part of the week named alone) | Встреча пройдет в конце недели | 2019-04-10 | в конце недели | 2019-W15 | the document's date; its sentence names no other
  week (a part of the week of a day just named) | Путин прилетит 15 апреля, а в конце недели проведет переговоры | 2019-04-10 | в конце недели | 2019-W16 | anaphoric: the week of 2019-04-15
  week (until its end) | Ответ будет дан до конца недели | 2019-04-10 | до конца недели | 2019-04-10/2019-04-14 | span: ru.week-part-bare
  half (accusative, a plan) | Визит намечен на вторую половину года | 2019-04-10 | на вторую половину года | 2019-H2 | ru.year-half
  half (accusative «полугодие») | Проект перенесли на второе полугодие 2020 года | 2019-04-10 | на второе полугодие 2020 года | 2020-H2 | explicit year
  vague (a decade of four digits) | Отношения ухудшились в начале 2010-х годов | 2019-01-25 | в начале 2010-х годов | null | ru.vague: names no date
  vague («на днях») | Министры встретятся на днях | 2019-04-10 | на днях | null | ru.vague: names no date
  duration (one unit, no number) | Ответ подготовят в течение недели | 2019-04-10 | в течение недели | null | ru.duration: names no date
  anaphoric («в этот день», no «же») | 22 января пройдут переговоры. В этот день лидеры обсудят договор. | 2019-01-21 | В этот день | 2019-01-22 | anaphoric: the same day as 2019-01-22
  anaphoric (a day earlier, not a part of the day) | Абэ прилетел 21 января. Днем ранее он был в Лондоне. | 2019-01-25 | Днем ранее | 2019-01-20 | anaphoric: the day before 2019-01-21
  anaphoric (a week earlier) | Переговоры прошли 22 января, а неделей ранее встречались министры | 2019-01-25 | неделей ранее | 2019-W03 | anaphoric: the week before 2019-01-22
  anaphoric (so many days before it) | Переговоры прошли 22 января. За три дня до этого Абэ прилетел в Москву. | 2019-01-25 | За три дня до этого | 2019-01-19 | anaphoric: -3 days from 2019-01-22
  range (parts of two months, an em dash) | Визит состоится в конце марта — начале апреля | 2019-02-10 | в конце марта — начале апреля | 2019-03-END/2019-04-START | span: future: governed by 'состоится'
  range (parts of two months across the new year) | Визит состоится в конце декабря – начале января | 2019-11-10 | в конце декабря – начале января | 2019-12-END/2020-01-START | span: future
  range (parts of two years) | Переговоры шли в конце 2016 — начале 2017 года | 2019-04-10 | в конце 2016 — начале 2017 года | 2016-END/2017-START | span: explicit year
  range (years) | В 2016–2017 годах прошли четыре встречи | 2019-04-10 | В 2016–2017 годах | 2016/2017 | span: explicit year
  range (years, «с … по …») | С 2016 по 2018 год лидеры встречались часто | 2019-04-10 | С 2016 по 2018 год | 2016/2018 | span: explicit year
  half (of a year named after it) | Визит состоится во второй половине 2019 года | 2019-04-10 | во второй половине 2019 года | 2019-H2 | explicit year
  half (nominative, a relative year) | Вторая половина следующего года станет решающей | 2019-04-10 | Вторая половина следующего года | 2020-H2 | relative: 'следующего'
  year («в течение» a named year) | Соглашение подпишут в течение 2019 года | 2019-04-10 | в течение 2019 года | 2019 | explicit year
  day-month (an ordinal ending, «1-го») | 1-го сентября пройдет встреча лидеров | 2019-04-10 | 1-го сентября | 2019-09-01 | future: governed by 'пройдет'
  part of month («в последней декаде») | Консультации пройдут в последней декаде мая | 2019-04-10 | в последней декаде мая | 2019-05-END | future: governed by 'пройдут'
  deictic weekday («в минувшую субботу») | В минувшую субботу прошли переговоры | 2019-04-10 | В минувшую субботу | 2019-04-06 | relative: 'минувшую'
  season («следующей весной», said in spring) | Следующей весной состоится визит | 2019-04-10 | Следующей весной | 2020-SP | relative: 'следующей'
  season («следующей весной», said in winter) | Следующей весной состоится визит | 2019-02-10 | Следующей весной | 2019-SP | relative: 'следующей'
  year (an ordinal ending, «2020-м») | В 2020-м году пройдет саммит | 2019-04-10 | В 2020-м году | 2020 | explicit year
  deictic («в нынешнем месяце») | Встреча пройдет в нынешнем месяце | 2019-04-10 | в нынешнем месяце | 2019-04 | relative: 'нынешнем'
  anaphoric (the next day after a span of days) | Визит пройдет 15–16 декабря. На следующий день Путин вернется в Москву. | 2016-12-01 | На следующий день | 2016-12-17 | anaphoric: the day after 2016-12-16
  anaphoric (the n-th day of a span of days) | Визит пройдет 15–16 декабря. Во второй день визита лидеры подпишут документы. | 2016-12-01 | второй день | 2016-12-16 | anaphoric: the day after 2016-12-15
  anaphoric (the eve of a span of days) | Визит пройдет 15–16 декабря. Накануне пройдет акция. | 2016-12-01 | Накануне | 2016-12-14 | anaphoric: the day before 2016-12-15
  range (seasons, the year after the second) | Визит может пройти летом-осенью 2020 года | 2019-04-10 | летом-осенью 2020 года | 2020-SU/2020-FA | span: explicit year
  range (seasons across the new year) | Переговоры шли зимой-весной 2020 года | 2020-06-10 | зимой-весной 2020 года | 2019-WI/2020-SP | span: explicit year
  range (seasons, an en dash, a relative year) | Визит пройдет весной–летом следующего года | 2019-04-10 | весной–летом следующего года | 2020-SP/2020-SU | relative: 'следующего'
  year (accusative «на следующий год») | На следующий год запланирован визит | 2019-04-10 | На следующий год | 2020 | relative: 'следующий'
  year («в позапрошлом году») | В позапрошлом году прошли консультации | 2019-04-10 | В позапрошлом году | 2017 | relative: 'позапрошлом'
  part of year («позапрошлого года») | Это было в конце позапрошлого года | 2019-04-10 | в конце позапрошлого года | 2017-END | relative: 'позапрошлого'
  year («в новом году», said in December) | В новом году Абэ посетит Россию | 2018-12-20 | В новом году | 2019 | ru.new-year
  year («в новом году», said in January) | В новом году Абэ посетит Россию | 2019-01-05 | В новом году | 2019 | ru.new-year
  vague («в течение ближайшего месяца») | Решение примут в течение ближайшего месяца | 2019-04-10 | в течение ближайшего месяца | null | ru.vague
  disjunction (two parts of one month) | Визит пройдет в начале или в середине мая | 2019-04-10 | в начале или в середине мая | 2019-05-START|2019-05-MID | alternatives: future
  range (two parts of one month) | Визит пройдет в начале — середине мая | 2019-04-10 | в начале — середине мая | 2019-05-START/2019-05-MID | span: future: governed by 'пройдет'
  month (a possibility looks ahead) | Визит возможен в декабре | 2019-04-10 | в декабре | 2019-12 | future: governed by 'возможен'
  deictic weekday (scheduled «на понедельник») | Встреча назначена на понедельник | 2019-04-10 | на понедельник | 2019-04-15 | future: governed by 'назначена'
  deictic weekday («в ближайший понедельник») | Министры встретятся в ближайший понедельник | 2019-04-10 | в ближайший понедельник | 2019-04-15 | relative: 'ближайший'
  range (two weekdays joined by «и») | Консультации пройдут в субботу и воскресенье | 2019-04-10 | в субботу и воскресенье | 2019-04-13/2019-04-14 | span: future: governed by 'пройдут'
  disjunction (two weekdays) | Встреча пройдет в среду или четверг | 2019-04-10 | в среду или четверг | 2019-04-10|2019-04-11 | future: governed by 'пройдет'
  range (two weekdays, past) | Переговоры прошли в пятницу и субботу | 2019-04-10 | в пятницу и субботу | 2019-04-05/2019-04-06 | span: past: governed by 'прошли'
  part of day («этим утром») | Этим утром Абэ прилетел в Москву | 2019-04-10 | Этим утром | 2019-04-10 | relative: 'этим'
  part of day («тем же вечером», the day just named) | Абэ прилетел 8 апреля. Тем же вечером он встретился с Лавровым. | 2019-04-10 | Тем же вечером | 2019-04-08 | anaphoric: the same day as 2019-04-08
  anaphoric (a month of the same year) | Визит прошел в мае 2017 года. В июне того же года министры встретились. | 2019-04-10 | В июне того же года | 2017-06 | anaphoric: a month of the year of 2017-05-01
  anaphoric (a day of the same year) | Визит прошел в мае 2017 года. 15 июня того же года министры встретились. | 2019-04-10 | 15 июня того же года | 2017-06-15 | anaphoric: a day of the year of 2017-05-01
  part of month («в последние дни июня») | Саммит пройдет в последние дни июня | 2019-06-10 | в последние дни июня | 2019-06-END | future: governed by 'пройдет'
  vague («в последние дни», no month) | В последние дни прошли консультации | 2019-06-10 | В последние дни | null | ru.vague
  vague (a long time) | первый за долгое время визит российского президента | 2016-12-14 | за долгое время | null | ru.vague: names no date
  vague (a long time, without a preposition) | Поездка долгое время откладывалась | 2016-12-14 | долгое время | null | ru.vague
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'text', 'document date', 'found?'],
  `
  a month's name inside a word is no month | сообщила в понедельник газета "Майнити" | 2019-01-21 | в понедельник=2019-01-21
  a month's name inside a word is no month | Мартовский номер журнала вышел в Августовском районе | 2019-01-21 | null
  a month's name as a word stays a month | Номер вышел в марте, а не в мае | 2019-06-21 | в марте=2019-03 · в мае=2019-05
`,
)

/** The shared refiners changed for them, in English too. */
const EN: Case[] = textTable(
  CASE_COLUMNS,
  `
  disjunction (the year named after the second) | The visit will take place in July or August next year | 2019-04-10 | in July or August next year | 2020-07|2020-08 | the year named for both
  anaphoric (the next day after a span of days) | The visit will be held on December 15-16. The next day Putin will return to Moscow. | 2016-12-01 | The next day | 2016-12-17 | anaphoric: the day after 2016-12-16
  anaphoric (the n-th day of a span of days) | The visit will be held on December 15-16. On the second day of the visit they will sign documents. | 2016-12-01 | On the second day | 2016-12-16 | anaphoric: the day after 2016-12-15
  disjunction (an explicit year after the second) | The visit will take place in November or December 2020 | 2019-04-10 | in November or December 2020 | 2020-11|2020-12 | the year named for both
`,
)

describe('sixth fresh batch, Russian rules', () => {
  it.each(RU)('%s: %s', (...c) => check(c, 'ru'))
  it.each(EN)('English, %s: %s', (...c) => check(c, 'en'))
  it.each(READINGS)('%s: %s', (_what, text, documentDate, expected) => {
    const found = detectTemporalExpressions(text, { language: 'ru', documentDate })
    expect(found.map((e) => `${e.text}=${e.value ?? 'null'}`).join(' · ')).toBe(expected ?? '')
  })
})
