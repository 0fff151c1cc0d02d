import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'

function one(text: string, language: 'ru' | 'en', documentDate: string) {
  const found = detectTemporalExpressions(text, { language, documentDate })
  return found.length === 1 ? found[0]?.value : `${found.length} expressions: ${found.map((f) => f.text).join(' · ')}`
}

// [phrase, document date, expected value (null = an expression that is not a date)]
const RU: [string, string, string | null][] = textTable(
  ['phrase', 'document date', 'value?'],
  `
  31 мая 2019 г.                                 | 2019-06-10 | 2019-05-31
  31.05.2019                                     | 2019-06-10 | 2019-05-31
  2019-05-31                                     | 2019-06-10 | 2019-05-31
  в мае                                          | 2019-06-10 | 2019-05
  в марте 2018 года                              | 2019-06-10 | 2018-03
  в 2018 году                                    | 2019-06-10 | 2018
  вчера                                          | 2019-05-31 | 2019-05-30
  сегодня                                        | 2019-05-31 | 2019-05-31
  завтра                                         | 2019-05-31 | 2019-06-01
  во вторник                                     | 2019-05-31 | 2019-05-28
  на прошлой неделе                              | 2019-05-31 | 2019-W21
  на следующей неделе                            | 2019-05-31 | 2019-W23
  в ноябре прошлого года                         | 2019-05-31 | 2018-11
  в конце этого года                             | 2019-05-31 | 2019-END
  в следующем году                               | 2019-05-31 | 2020
  до конца следующего года                       | 2019-05-31 | 2019-05-31/2020-END
  в конце этого года                             | 2019-05-31 | 2019-END
  летом этого года                               | 2019-05-31 | 2019-SU
  весной                                         | 2017-11-24 | 2018-SP
  весной 2018 года                               | 2017-11-24 | 2018-SP
  в начале декабря                               | 2017-11-24 | 2017-12-START
  в середине декабря                             | 2017-11-24 | 2017-12-MID
  в конце декабря                                | 2017-11-24 | 2017-12-END
  в первой декаде декабря                        | 2017-11-24 | 2017-12-START
  во второй половине января                      | 2017-11-24 | 2018-01-H2
  во втором полугодии                            | 2019-05-31 | 2019-H2
  в первой половине года                         | 2019-05-31 | 2019-H1
  в начале 2018 года                             | 2017-11-24 | 2018-START
  в третьем квартале                             | 2019-05-31 | 2019-Q3
  в июле-августе                                 | 2019-05-31 | 2019-07/2019-08
  с 1 по 3 июня                                  | 2019-05-31 | 2019-06-01/2019-06-03
  в январе или феврале                           | 2017-11-24 | 2018-01|2018-02
  во второй половине января или в феврале        | 2017-11-24 | 2018-01-H2|2018-02
  до весны                                       | 2017-11-24 | 2017-11-24/2018-SP
  около 3 часов                                  | 2019-05-31 | null
  через месяц                                    | 2019-05-31 | null
  в последние годы                               | 2019-05-31 | null
  после окончания Второй мировой войны           | 2019-05-31 | 1945
  // The clause's tense (tense.ts) picks the previous or the next month, season or weekday.
  Лавров заявил во вторник                       | 2020-02-14 | 2020-02-11
  Об этом он сообщил в пятницу                   | 2020-02-14 | 2020-02-14
  Рабочая группа соберется в среду               | 2020-02-14 | 2020-02-19
  В декабре прошли переговоры                    | 2019-06-20 | 2018-12
  Следующий раунд договорились провести в январе | 2019-06-20 | 2020-01
  Визит планируется в октябре, а                 | 2020-02-14 | 2020-10
  весной состоялась поездка                      | 2019-06-20 | 2019-SP
  этой зимой                                     | 2018-01-18 | 2017-WI
  прошлым летом                                  | 2018-01-18 | 2017-SU
  по итогам первого полугодия                    | 2020-02-14 | 2020-H1
  до конца третьего квартала                     | 2020-02-14 | 2020-Q3
  до конца года                                  | 2018-01-18 | 2018-01-18/2018-END
  около четырех часов                            | 2019-05-31 | null
  около полутора часов                           | 2019-05-31 | null
  в ближайшие месяцы                             | 2019-05-31 | null
`,
)

const EN: [string, string, string | null][] = textTable(
  ['phrase', 'document date', 'value?'],
  `
  24 Nov 2017                                  | 2017-11-30 | 2017-11-24
  November 24, 2017                            | 2017-11-30 | 2017-11-24
  Jan. 22                                      | 2017-11-24 | 2018-01-22
  2019-05-31                                   | 2019-06-10 | 2019-05-31
  in 2018                                      | 2019-06-10 | 2018
  yesterday                                    | 2017-11-24 | 2017-11-23
  today                                        | 2017-11-24 | 2017-11-24
  tomorrow                                     | 2017-11-24 | 2017-11-25
  on Tuesday                                   | 2017-11-24 | 2017-11-21
  last week                                    | 2017-11-24 | 2017-W46
  last November                                | 2017-11-24 | 2016-11
  this year                                    | 2017-11-24 | 2017
  next year                                    | 2017-11-24 | 2018
  earlier the same day                         | 2017-11-24 | 2017-11-24
  in the spring                                | 2017-11-24 | 2018-SP
  this coming spring                           | 2017-11-24 | 2018-SP
  spring 2018                                  | 2017-11-24 | 2018-SP
  early November                               | 2017-10-02 | 2017-11-START
  mid-November                                 | 2017-10-02 | 2017-11-MID
  late November                                | 2017-10-02 | 2017-11-END
  the second half of January                   | 2017-11-24 | 2018-01-H2
  the first half of the year                   | 2017-11-24 | 2017-H1
  early next year                              | 2017-11-24 | 2018-START
  in the third quarter of 2018                 | 2017-11-24 | 2018-Q3
  Q1 2018                                      | 2017-11-24 | 2018-Q1
  from August 16 to 20                         | 2018-07-31 | 2018-08-16/2018-08-20
  from July to August                          | 2018-05-31 | 2018-07/2018-08
  January or February                          | 2017-11-24 | 2018-01|2018-02
  up to the spring                             | 2017-11-24 | 2017-11-24/2018-SP
  about three hours                            | 2017-11-24 | null
  a six-year plan                              | 2017-11-24 | null
  in a month                                   | 2017-11-24 | null
  in recent years                              | 2017-11-24 | null
  // The clause's tense (tense.ts), for our rules and for chrono's days without a year.
  Kono said on Tuesday                         | 2019-03-03 | 2019-02-26
  Officials will meet on Friday                | 2017-12-20 | 2017-12-22
  Abe hopes to visit Vladivostok in the autumn | 2019-03-03 | 2019-FA
  The leaders had agreed in December           | 2019-06-20 | 2018-12
  Putin will visit Japan on December 15        | 2017-01-10 | 2017-12-15
  The talks were held on December 15           | 2017-01-10 | 2016-12-15
  this winter                                  | 2020-01-15 | 2019-WI
  until the end of the year                    | 2020-01-15 | 2020-01-15/2020-END
  in the coming weeks                          | 2020-01-15 | null
  approximately two hours and twenty minutes   | 2020-01-15 | null
  for approximately two and a half hours       | 2018-09-12 | null
`,
)

describe('Russian rules', () => {
  it.each(RU)('%s (document %s) → %s', (phrase, date, value) => expect(one(phrase, 'ru', date)).toBe(value))
})
describe('English rules', () => {
  it.each(EN)('%s (document %s) → %s', (phrase, date, value) => expect(one(phrase, 'en', date)).toBe(value))
})

describe('not expressions', () => {
  it('skips numbers inside HTML tags, URLs and photo credits', () => {
    const text =
      'Kono met Lavrov. © RIA Novosti / Photo in Moscow. 24 Nov 2017<img src="/uploads/2017/11/a.jpg" />\nSee https://example.org/2018/05/31 in December.'
    const found = detectTemporalExpressions(text, { language: 'en', documentDate: '2017-11-24' })
    expect(found.map((f) => f.text)).toEqual(['in December'])
  })
  it('skips photo credits and image file names', () => {
    const text =
      'Talks in June.\nPhoto: Cabinet Public Relations Office, 02.09.2016 (IMG_2016_0902_114.jpg)\nФото: Сергей Бобылев/ТАСС, 14.02.2020'
    const found = detectTemporalExpressions(text, { language: 'en', documentDate: '2016-09-02' })
    expect(found.map((f) => f.text)).toEqual(['in June'])
  })
  it('keeps offsets as UTF-16 indices into the text as given', () => {
    const text = '«Встреча» — 😀 в июне'
    const [found] = detectTemporalExpressions(text, { language: 'ru', documentDate: '2019-05-31' })
    expect(found && text.slice(found.start, found.end)).toBe('в июне')
  })
  it('reads "may" as a verb, not a month', () => {
    expect(detectTemporalExpressions('They may meet.', { language: 'en', documentDate: '2017-11-24' })).toEqual([])
  })
  it('gives the interval of a resolved value', () => {
    const [found] = detectTemporalExpressions('в середине декабря', { language: 'ru', documentDate: '2017-11-24' })
    expect(found?.interval).toEqual(['2017-12-11', '2017-12-20'])
    expect(found?.precision).toBe('month-part')
  })
})
