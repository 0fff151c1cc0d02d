import { describe, expect, it } from 'vitest'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'

function one(text: string, language: 'ru' | 'en', documentDate: string) {
  const found = detectTemporalExpressions(text, { language, documentDate })
  return found.length === 1 ? found[0]?.value : `${found.length} expressions: ${found.map((f) => f.text).join(' · ')}`
}

// [phrase, document date, expected value (null = an expression that is not a date)]
const RU: [string, string, string | null][] = [
  ['31 мая 2019 г.', '2019-06-10', '2019-05-31'],
  ['31.05.2019', '2019-06-10', '2019-05-31'],
  ['2019-05-31', '2019-06-10', '2019-05-31'],
  ['в мае', '2019-06-10', '2019-05'],
  ['в марте 2018 года', '2019-06-10', '2018-03'],
  ['в 2018 году', '2019-06-10', '2018'],
  ['вчера', '2019-05-31', '2019-05-30'],
  ['сегодня', '2019-05-31', '2019-05-31'],
  ['завтра', '2019-05-31', '2019-06-01'],
  ['во вторник', '2019-05-31', '2019-05-28'],
  ['на прошлой неделе', '2019-05-31', '2019-W21'],
  ['на следующей неделе', '2019-05-31', '2019-W23'],
  ['в ноябре прошлого года', '2019-05-31', '2018-11'],
  ['в конце этого года', '2019-05-31', '2019-END'],
  ['в следующем году', '2019-05-31', '2020'],
  ['до конца следующего года', '2019-05-31', '2019-05-31/2020-END'],
  ['в конце этого года', '2019-05-31', '2019-END'],
  ['летом этого года', '2019-05-31', '2019-SU'],
  ['весной', '2017-11-24', '2018-SP'],
  ['весной 2018 года', '2017-11-24', '2018-SP'],
  ['в начале декабря', '2017-11-24', '2017-12-START'],
  ['в середине декабря', '2017-11-24', '2017-12-MID'],
  ['в конце декабря', '2017-11-24', '2017-12-END'],
  ['в первой декаде декабря', '2017-11-24', '2017-12-START'],
  ['во второй половине января', '2017-11-24', '2018-01-H2'],
  ['во втором полугодии', '2019-05-31', '2019-H2'],
  ['в первой половине года', '2019-05-31', '2019-H1'],
  ['в начале 2018 года', '2017-11-24', '2018-START'],
  ['в третьем квартале', '2019-05-31', '2019-Q3'],
  ['в июле-августе', '2019-05-31', '2019-07/2019-08'],
  ['с 1 по 3 июня', '2019-05-31', '2019-06-01/2019-06-03'],
  ['в январе или феврале', '2017-11-24', '2018-01|2018-02'],
  ['во второй половине января или в феврале', '2017-11-24', '2018-01-H2|2018-02'],
  ['до весны', '2017-11-24', '2017-11-24/2018-SP'],
  ['около 3 часов', '2019-05-31', null],
  ['через месяц', '2019-05-31', null],
  ['в последние годы', '2019-05-31', null],
  ['после окончания Второй мировой войны', '2019-05-31', '1945'],
]

const EN: [string, string, string | null][] = [
  ['24 Nov 2017', '2017-11-30', '2017-11-24'],
  ['November 24, 2017', '2017-11-30', '2017-11-24'],
  ['Jan. 22', '2017-11-24', '2018-01-22'],
  ['2019-05-31', '2019-06-10', '2019-05-31'],
  ['in 2018', '2019-06-10', '2018'],
  ['yesterday', '2017-11-24', '2017-11-23'],
  ['today', '2017-11-24', '2017-11-24'],
  ['tomorrow', '2017-11-24', '2017-11-25'],
  ['on Tuesday', '2017-11-24', '2017-11-21'],
  ['last week', '2017-11-24', '2017-W46'],
  ['last November', '2017-11-24', '2016-11'],
  ['this year', '2017-11-24', '2017'],
  ['next year', '2017-11-24', '2018'],
  ['earlier the same day', '2017-11-24', '2017-11-24'],
  ['in the spring', '2017-11-24', '2018-SP'],
  ['this coming spring', '2017-11-24', '2018-SP'],
  ['spring 2018', '2017-11-24', '2018-SP'],
  ['early November', '2017-10-02', '2017-11-START'],
  ['mid-November', '2017-10-02', '2017-11-MID'],
  ['late November', '2017-10-02', '2017-11-END'],
  ['the second half of January', '2017-11-24', '2018-01-H2'],
  ['the first half of the year', '2017-11-24', '2017-H1'],
  ['early next year', '2017-11-24', '2018-START'],
  ['in the third quarter of 2018', '2017-11-24', '2018-Q3'],
  ['Q1 2018', '2017-11-24', '2018-Q1'],
  ['from August 16 to 20', '2018-07-31', '2018-08-16/2018-08-20'],
  ['from July to August', '2018-05-31', '2018-07/2018-08'],
  ['January or February', '2017-11-24', '2018-01|2018-02'],
  ['up to the spring', '2017-11-24', '2017-11-24/2018-SP'],
  ['about three hours', '2017-11-24', null],
  ['a six-year plan', '2017-11-24', null],
  ['in a month', '2017-11-24', null],
  ['in recent years', '2017-11-24', null],
]

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
