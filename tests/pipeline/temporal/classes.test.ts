import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

/** One case per class of issue 20, in both languages (class-case.ts). */

const RU: Case[] = textTable(
  CASE_COLUMNS,
  `
  explicit date | Встреча прошла 31 мая 2019 г. в Токио | 2019-06-10 | 31 мая 2019 г. | 2019-05-31 | explicit year
  day-month | Встреча министров состоится 14 января в Москве | 2018-12-20 | 14 января | 2019-01-14 | future: governed by 'состоится'
  day-month (past) | На встрече в Сингапуре 14 ноября лидеры договорились | 2019-01-04 | 14 ноября | 2018-11-14 | past: governed by 'договорились'
  month with relative year | Лидеры встретились в ноябре прошлого года | 2019-05-31 | в ноябре прошлого года | 2018-11 | relative: 'прошлого'
  season | Визит премьера состоится летом | 2019-03-10 | летом | 2019-SU | future: governed by 'состоится'
  season (this) | Этой зимой прошли консультации | 2018-01-18 | Этой зимой | 2017-WI | relative: 'этой'
  part of month | Визит планируется в начале декабря | 2016-10-19 | в начале декабря | 2016-12-START | future: governed by 'планируется'
  part of month (considered) | Глава МИД задумался о визите в Россию в начале декабря | 2016-10-19 | в начале декабря | 2016-12-START | future: governed by 'задумался'
  part of year | Об этом договорились в конце прошлого года | 2019-05-31 | в конце прошлого года | 2018-END | relative: 'прошлого'
  half | Переговоры пройдут во второй половине января | 2017-11-24 | во второй половине января | 2018-01-H2 | future: governed by 'пройдут'
  week | Рабочая группа соберется на следующей неделе | 2019-05-31 | на следующей неделе | 2019-W23 | relative: 'следующей'
  range | Глава МИД совершит визит в Россию с 12 по 16 января | 2019-01-04 | с 12 по 16 января | 2019-01-12/2019-01-16 | future: governed by 'совершит'
  range (minus sign) | Форум пройдет во Владивостоке 6−7 сентября | 2017-09-01 | 6−7 сентября | 2017-09-06/2017-09-07 | future: governed by 'пройдет'
  disjunction | Мы договорились направить на острова, возможно, в июле или в августе бизнес-миссию | 2018-05-26 | в июле или в августе | 2018-07|2018-08 | future: governed by 'договорились направить'
  anaphoric (same day) | 7 сентября Путин проведет переговоры с Абэ. До заседания в этот же день он встретится с президентом Монголии. | 2017-09-01 | в этот же день | 2017-09-07 | anaphoric: the same day as 2017-09-07
  anaphoric (next day) | Абэ прилетит в Москву 21 января, а на следующий день встретится с Путиным. | 2019-01-14 | на следующий день | 2019-01-22 | anaphoric: the day after 2019-01-21
  anaphoric (beside a day) | Он выступит на форуме, и на следующий день, это 26 мая, откроет Год Японии. | 2018-02-16 | на следующий день | 2018-05-26 | anaphoric: the day named beside it
  anaphoric (eve) | Путин прибыл в Нагато 15 декабря. Накануне прошла акция протеста. | 2016-12-16 | Накануне | 2016-12-14 | anaphoric: the day before 2016-12-15
  deictic | Об этом сообщил вчера помощник президента | 2019-05-31 | вчера | 2019-05-30 | deictic: yesterday
  deictic weekday | Лавров заявил во вторник | 2020-02-14 | во вторник | 2020-02-11 | past: governed by 'заявил'
  part of day | Переговоры пройдут вечером 14 января | 2019-01-10 | вечером 14 января | 2019-01-14 | future: governed by 'пройдут'
  year | Соглашение подписали в 2018 году | 2019-05-31 | в 2018 году | 2018 | explicit year
  duration | Беседа продолжалась около 3 часов | 2019-05-31 | около 3 часов | null | names no date
  duration (adjective) | Путин прилетел с двухдневным визитом | 2016-12-15 | двухдневным | null | names no date
  vague (a set) | Абэ каждый год приезжает на форум | 2019-08-30 | каждый год | null | names no date
  vague | Абэ намерен в скором времени посетить Россию | 2017-01-20 | в скором времени | null | names no date
  part of month (relative month) | Консультации прошли в начале прошлого месяца | 2019-03-10 | в начале прошлого месяца | 2019-02-START | relative: 'прошлого'
  part of year (anaphoric year) | В следующем году будет саммит, но до этого, в начале года, я поеду в Россию | 2018-11-14 | в начале года | 2019-START | the last date named in its sentence
  anaphoric (the same year) | Визит состоялся в мае 2017 года. В том же году стороны подписали соглашение | 2019-03-10 | В том же году | 2017 | anaphoric: the year of 2017-05-01
  disjunction (two days) | Встреча лидеров пройдет 8 или 10 мая | 2020-01-17 | 8 или 10 мая | 2020-05-08|2020-05-10 | future: governed by 'пройдет'
  part of month (the month of its sentence) | Абэ надеется на встречу в ноябре. В середине месяца мы встретимся на саммите | 2016-10-20 | В середине месяца | 2016-10-MID | the document's date; its sentence names no other
  part of month (until) | Проекты должны приобрести конкретный характер до конца месяца | 2016-11-07 | до конца месяца | 2016-11-07/2016-11-END | counted from the document date
  explicit date (abbreviated month first) | 14:47 Сен. 2, 2016 | 2016-09-02 | 14:47 Сен. 2, 2016 | 2016-09-02 | explicit year
  part of day (alone, on the day just named) | Переговоры прошли 5 мая. Вечером лидеры поужинали | 2018-10-05 | Вечером | 2018-05-05 | anaphoric: the same day as 2018-05-05
  part of day (weekday) | Миссия днем в пятницу покинула Курилы | 2018-10-05 | днем в пятницу | 2018-10-05 | past: governed by 'покинула'
  disjunction (parts of months, accusative) | Поездка переносится на конец октября или на начало ноября этого года | 2019-10-09 | на конец октября или на начало ноября этого года | 2019-10-END|2019-11-START | alternatives
  year (nominative) | 2018 год – год особый для отношений | 2018-03-24 | 2018 год | 2018 | explicit year
  vague (now) | Мы сейчас готовимся к визиту | 2018-03-24 | сейчас | null | names no date
  vague (these days) | Делегация за эти дни посетила два острова | 2018-10-05 | за эти дни | null | names no date
  vague (century) | Спор тянется с середины XX века | 2018-10-12 | XX века | null | names no date
`,
)

const EN: Case[] = textTable(
  CASE_COLUMNS,
  `
  explicit date | The meeting was held on July 31, 2018 in Singapore | 2018-08-02 | July 31, 2018 | 2018-07-31 | explicit year
  day-month | He will hold a summit with Putin on Jan. 22 | 2019-01-15 | Jan. 22 | 2019-01-22 | future: governed by 'will hold'
  month with relative year | They met in November last year | 2019-05-31 | in November last year | 2018-11 | relative: 'last'
  season | Preparations for the visit in the summer are under way | 2019-04-01 | in the summer | 2019-SU | future: governed by 'Preparations for'
  season (this) | Japanese PM to visit Russia this spring | 2016-02-05 | this spring | 2016-SP | relative: 'this'
  part of month | Abe will visit Russia late April | 2017-03-20 | late April | 2017-04-END | future: governed by 'will visit'
  part of a relative month | The talks began early last month | 2019-03-10 | early last month | 2019-02-START | relative: 'last'
  part of year | A decision is expected late next year | 2019-05-31 | late next year | 2020-END | relative: 'next'
  half | Talks will be held in the second half of January | 2017-11-24 | in the second half of January | 2018-01-H2 | future: governed by 'will be held'
  week (deictic) | The working group will meet next week | 2019-05-31 | next week | 2019-W23 | relative: 'next'
  week (anaphoric) | Talks opened on March 4. The following week the ministers met again. | 2019-03-20 | The following week | 2019-W11 | anaphoric: the week after 2019-03-04
  range | A business mission will be sent from August 16 to 20 | 2018-07-31 | August 16 to 20 | 2018-08-16/2018-08-20 | span
  disjunction | We agreed for this purpose to send a business mission in July or August | 2018-05-27 | in July or August | 2018-07|2018-08 | future: governed by 'agreed for this purpose to send'
  disjunction (comma) | Third visit of the business mission to be in July, August | 2018-05-27 | in July, August | 2018-07|2018-08 | alternatives
  anaphoric (same day) | On December 16, Putin will arrive in Tokyo. On the same day, he will wrap up his visit. | 2016-12-13 | On the same day | 2016-12-16 | anaphoric: the same day as 2016-12-16
  anaphoric (earlier the same day) | Abe met Putin on January 22. Earlier the same day he laid flowers. | 2019-01-24 | Earlier the same day | 2019-01-22 | anaphoric: the same day as 2019-01-22
  anaphoric (days later) | The summit was held on November 14. Two days later the ministers spoke. | 2018-11-20 | Two days later | 2018-11-16 | anaphoric: 2 days from 2018-11-14
  deictic | Abe said on Tuesday that talks would continue | 2019-03-03 | on Tuesday | 2019-02-26 | past: governed by 'said'
  week (weekend) | Matviyenko, who met Kim in Pyongyang over the weekend, said so | 2018-09-10 | over the weekend | 2018-09-08/2018-09-09 | past: governed by 'met'
  month (a decision around it) | Abe and Putin agreed in November to speed up the talks | 2018-12-31 | in November | 2018-11 | past: governed by 'agreed'
  anaphoric (earlier in the day) | Putin met Abe on September 10. Abe arrived earlier in the day. | 2018-09-12 | earlier in the day | 2018-09-10 | anaphoric: the same day as 2018-09-10
  deictic (today) | We will speak about our relations today | 2019-09-05 | today | 2019-09-05 | deictic: today
  part of day | The talks are scheduled for the afternoon of Jan. 22 | 2019-01-14 | the afternoon of Jan. 22 | 2019-01-22 | future: governed by 'are scheduled'
  year | The cross years will open in 2018 | 2017-03-20 | in 2018 | 2018 | explicit year
  duration | They met for approximately one hour | 2020-02-15 | for approximately one hour | null | names no date
  vague | The issue is currently being discussed | 2016-12-02 | currently | null | names no date
  disjunction (two days) | The leaders will meet on May 8 or 10 | 2020-01-17 | on May 8 or 10 | 2020-05-08|2020-05-10 | future: governed by 'will meet'
  part of month (the month of its sentence) | The talks were held in March 2016, and by the end of the month they signed a memo | 2019-03-10 | by the end of the month | 2016-03-END | the end of the month of 2016-03-01, the last date named in its sentence
  part of month (mid-month) | The leaders will meet mid-month in Lima | 2016-11-07 | mid-month | 2016-11-MID | the middle of the month of 2016-11-07
  vague (of late) | Of late, relations have improved | 2016-06-22 | Of late | null | names no date
  duration (for decades) | The two have talked for decades | 2016-06-22 | for decades | null | names no date
  part of day (alone, on the day just named) | The talks were held on November 10. In the evening, Abe met Putin | 2017-11-12 | In the evening | 2017-11-10 | anaphoric: the same day as 2017-11-10
  vague (the last minute) | Ships cancel at the last minute | 2017-05-19 | at the last minute | null | names no date
  anaphoric (later that year) | The talks were held in March 2016; later that year they signed a deal | 2019-03-10 | later that year | 2016 | anaphoric: the year of 2016-03-01
  part of year (the document year) | The sides hope to sign a treaty by the end of the year | 2018-09-14 | by the end of the year | 2018-END | the document's date; its sentence names no other
  part of year (year-end) | Abe, Putin to meet twice before year-end | 2018-10-12 | before year-end | 2018-END | en.year-end
  part of year (current) | Two more meetings before the end of the current year | 2018-10-12 | the end of the current year | 2018-END | relative: 'the current'
  vague (century) | Since the mid-20th century the two have talked | 2018-10-12 | the mid-20th century | null | names no date
  vague (decades ago) | abductions of Japanese nationals decades ago | 2018-05-24 | decades ago | null | names no date
  duration (indefinite) | It may freeze the process for an indefinite period | 2018-10-12 | for an indefinite period | null | names no date
`,
)

describe('Russian, by class', () => {
  it.each(RU)('%s: %s', (...c) => check(c, 'ru'))
})
describe('Russian, what names no date', () => {
  it('counts «на другой день после …» from an event, not a date, and «нынешний» is no «ныне»', () => {
    const found = detectTemporalExpressions(
      'Встреча прошла 31 мая. Договор, подписанный на другой день после окончания войны, и нынешний уровень отношений',
      { language: 'ru', documentDate: '2019-05-31' },
    )
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['31 мая', '2019-05-31'],
      ['на другой день после', null],
    ])
  })
})
describe('English, by class', () => {
  it.each(EN)('%s: %s', (...c) => check(c, 'en'))
  it('does not read a number after a day and a comma as a year', () => {
    const found = detectTemporalExpressions('В пятницу, 28 августа, 65-летний Абэ объявил об отставке', {
      language: 'ru',
      documentDate: '2020-08-31',
    })
    expect(found.find((e) => e.text.includes('28 августа'))).toMatchObject({
      text: 'В пятницу, 28 августа',
      value: '2020-08-28',
    })
  })
  it('joins a weekday and the day it names ("Wednesday, April 6") into one expression', () => {
    const found = detectTemporalExpressions('the Kremlin said Wednesday, April 6, according to AP', {
      language: 'en',
      documentDate: '2016-04-06',
    })
    expect(found.map((e) => [e.text, e.value])).toEqual([['Wednesday, April 6', '2016-04-06']])
    expect(found[0]?.reason).toContain('its weekday named before it')
  })
  it('does not read "a hot spring" as a season', () => {
    const found = detectTemporalExpressions('an inn with a hot spring, the leaders said', {
      language: 'en',
      documentDate: '2016-11-20',
    })
    expect(found.map((e) => e.text)).toEqual([])
  })
  it('does not read an acronym in capitals as a month ("the APR", the Asia-Pacific Region)', () => {
    const found = detectTemporalExpressions('deploying in the APR elements of its system', {
      language: 'en',
      documentDate: '2018-07-30',
    })
    expect(found.map((e) => e.text)).toEqual([])
  })
})
