/**
 * Every date form, one row each: the value, its interval, its Russian and English text and its HTML `<time>`
 * value. docs/dates.md shows the same rows; format.test.ts checks both the code and that document against them.
 */
import { textTable } from '../../setup/text-table'

export interface FormRow {
  form: string
  value: string
  start: string
  end: string
  ru: string
  en: string
  html: string
}

export const FORM_TABLE: readonly FormRow[] = textTable(
  ['form', 'value', 'start', 'end', 'ru', 'en', 'html'],
  `
  day                       | 2019-05-31                | 2019-05-31 | 2019-05-31 | 31 мая 2019 г.                             | 31 May 2019                             | 2019-05-31
  month                     | 2018-11                   | 2018-11-01 | 2018-11-30 | ноябрь 2018 г.                             | November 2018                           | 2018-11
  year                      | 2018                      | 2018-01-01 | 2018-12-31 | 2018 г.                                    | 2018                                    | 2018
  season: spring            | 2019-SP                   | 2019-03-01 | 2019-05-31 | весна 2019 г.                              | spring 2019                             | 2019
  season: summer            | 2019-SU                   | 2019-06-01 | 2019-08-31 | лето 2019 г.                               | summer 2019                             | 2019
  season: autumn            | 2019-FA                   | 2019-09-01 | 2019-11-30 | осень 2019 г.                              | autumn 2019                             | 2019
  season: winter            | 2018-WI                   | 2018-12-01 | 2019-02-28 | зима 2018/19 гг.                           | winter 2018/19                          | 2018
  season: winter, leap      | 2019-WI                   | 2019-12-01 | 2020-02-29 | зима 2019/20 гг.                           | winter 2019/20                          | 2019
  season: winter, century   | 1999-WI                   | 1999-12-01 | 2000-02-29 | зима 1999/2000 гг.                         | winter 1999/2000                        | 1999
  quarter                   | 2018-Q2                   | 2018-04-01 | 2018-06-30 | II квартал 2018 г.                         | Q2 2018                                 | 2018
  half                      | 2018-H1                   | 2018-01-01 | 2018-06-30 | первое полугодие 2018 г.                   | first half of 2018                      | 2018
  half                      | 2018-H2                   | 2018-07-01 | 2018-12-31 | второе полугодие 2018 г.                   | second half of 2018                     | 2018
  week                      | 2019-W21                  | 2019-05-20 | 2019-05-26 | 20–26 мая 2019 г.                          | 20–26 May 2019                          | 2019-W21
  week: across months       | 2019-W18                  | 2019-04-29 | 2019-05-05 | 29 апреля – 5 мая 2019 г.                  | 29 April – 5 May 2019                   | 2019-W18
  week: across years        | 2020-W01                  | 2019-12-30 | 2020-01-05 | 30 декабря 2019 г. – 5 января 2020 г.      | 30 December 2019 – 5 January 2020       | 2020-W01
  month part: start         | 2017-12-START             | 2017-12-01 | 2017-12-10 | начало декабря 2017 г.                     | early December 2017                     | 2017-12
  month part: middle        | 2017-12-MID               | 2017-12-11 | 2017-12-20 | середина декабря 2017 г.                   | mid-December 2017                       | 2017-12
  month part: end           | 2017-12-END               | 2017-12-21 | 2017-12-31 | конец декабря 2017 г.                      | late December 2017                      | 2017-12
  month half                | 2018-01-H1                | 2018-01-01 | 2018-01-15 | первая половина января 2018 г.             | first half of January 2018              | 2018-01
  month half                | 2018-01-H2                | 2018-01-16 | 2018-01-31 | вторая половина января 2018 г.             | second half of January 2018             | 2018-01
  year part: start          | 2018-START                | 2018-01-01 | 2018-04-30 | начало 2018 г.                             | early 2018                              | 2018
  year part: middle         | 2018-MID                  | 2018-05-01 | 2018-08-31 | середина 2018 г.                           | mid-2018                                | 2018
  year part: end            | 2018-END                  | 2018-09-01 | 2018-12-31 | конец 2018 г.                              | late 2018                               | 2018
  span: one year            | 2018-07/2018-08           | 2018-07-01 | 2018-08-31 | июль – август 2018 г.                      | July – August 2018                      | 2018
  span: across years        | 2017-12/2018-01           | 2017-12-01 | 2018-01-31 | декабрь 2017 г. – январь 2018 г.           | December 2017 – January 2018            | 2017
  span: days                | 2019-06-01/2019-06-03     | 2019-06-01 | 2019-06-03 | 1–3 июня 2019 г.                           | 1–3 June 2019                           | 2019-06
  span: days across months  | 2019-05-31/2019-06-02     | 2019-05-31 | 2019-06-02 | 31 мая – 2 июня 2019 г.                    | 31 May – 2 June 2019                    | 2019
  span: weeks               | 2019-W21/2019-W22         | 2019-05-20 | 2019-06-02 | 20 мая – 2 июня 2019 г.                    | 20 May – 2 June 2019                    | 2019
  span: seasons             | 2018-SP/2018-SU           | 2018-03-01 | 2018-08-31 | весна – лето 2018 г.                       | spring – summer 2018                    | 2018
  span: year parts          | 2018-MID/2018-END         | 2018-05-01 | 2018-12-31 | середина – конец 2018 г.                   | mid – late 2018                         | 2018
  span: half to quarter     | 2018-H1/2018-Q3           | 2018-01-01 | 2018-09-30 | первое полугодие – III квартал 2018 г.     | first half of 2018 – Q3 2018            | 2018
  span: years               | 2017/2018                 | 2017-01-01 | 2018-12-31 | 2017–2018 гг.                              | 2017–2018                               | 2017
  span: within a month      | 2019-06-START/2019-06-MID | 2019-06-01 | 2019-06-20 | начало июня – середина июня 2019 г.        | early June – mid-June 2019              | 2019-06
  alternative               | 2018-01-H2|2018-02        | 2018-01-16 | 2018-02-28 | вторая половина января или февраль 2018 г. | second half of January or February 2018 | 2018
  alternative: across years | 2018-WI|2019-SP           | 2018-12-01 | 2019-05-31 | зима 2018/19 гг. или весна 2019 г.         | winter 2018/19 or spring 2019           | 2018
  alternative: days         | 2019-05-30|2019-05-31     | 2019-05-30 | 2019-05-31 | 30 мая или 31 мая 2019 г.                  | 30 May or 31 May 2019                   | 2019-05
`,
).map(([form, value, start, end, ru, en, html]) => ({ form, value, start, end, ru, en, html }))

/** "около …" / "about …": Russian switches to the genitive after "около". */
export const APPROX_TABLE: readonly { value: string; ru: string; en: string }[] = [
  { value: '2019-05-31', ru: 'около 31 мая 2019 г.', en: 'about 31 May 2019' },
  { value: '2018-11', ru: 'около ноября 2018 г.', en: 'about November 2018' },
  { value: '2018', ru: 'около 2018 г.', en: 'about 2018' },
  { value: '2017/2018', ru: 'около 2017–2018 гг.', en: 'about 2017–2018' },
  { value: '2019-SU', ru: 'около лета 2019 г.', en: 'about summer 2019' },
  { value: '2018-WI', ru: 'около зимы 2018/19 гг.', en: 'about winter 2018/19' },
  { value: '2018-Q2', ru: 'около II квартала 2018 г.', en: 'about Q2 2018' },
  { value: '2018-H2', ru: 'около второго полугодия 2018 г.', en: 'about second half of 2018' },
  { value: '2019-W21', ru: 'около 20–26 мая 2019 г.', en: 'about 20–26 May 2019' },
  { value: '2017-12-MID', ru: 'около середины декабря 2017 г.', en: 'about mid-December 2017' },
  { value: '2018-01-H1', ru: 'около первой половины января 2018 г.', en: 'about first half of January 2018' },
  { value: '2018-END', ru: 'около конца 2018 г.', en: 'about late 2018' },
  { value: '2018-07/2018-08', ru: 'около июля – августа 2018 г.', en: 'about July – August 2018' },
  {
    value: '2018-01-H2|2018-02',
    ru: 'около второй половины января или февраля 2018 г.',
    en: 'about second half of January or February 2018',
  },
]
