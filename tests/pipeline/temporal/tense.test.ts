import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { tenseAt } from '../../../src/pipeline/temporal/tense'
import {
  monthYear,
  refDay,
  seasonByTense,
  startedSeason,
  thisSeason,
  weekdayDay,
} from '../../../src/pipeline/temporal/resolve'

/** The tense around the first occurrence of `expression` in `sentence`. */
function tense(sentence: string, expression: string, language: 'ru' | 'en' = 'en') {
  const start = sentence.indexOf(expression)
  if (start < 0) throw new Error(`"${expression}" not in "${sentence}"`)
  return tenseAt(sentence, start, start + expression.length, language)
}

const EN_TENSES = textTable(
  ['sentence', 'expression', 'tense?'],
  `
  Kono said on Tuesday that the talks would resume.                         | on Tuesday     | past
  Kono said on Tuesday that the talks would take place in late March.       | in late March  | future
  A summit is expected in June, on the sidelines of the G20.                | in June        | future
  Abe hopes to visit Vladivostok in the autumn.                             | in the autumn  | future
  Grave visits are planned for this summer.                                 | this summer    | future
  The consultations in July lasted for about two hours.                     | in July        | past
  Their meeting will be held in December.                                   | in December    | future
  The leaders agreed to hold consultations in late August.                  | in late August | future
  The leaders agreed in Singapore in November.                              | in November    | past
  They met in May.                                                          | in May         | past
  They welcomed the mission carried out in August and agreed to hold talks. | in August      | past
  Japan’s deadline for proposals is Jan. 22.                                | Jan. 22        | null
`,
)

const RU_TENSES = textTable(
  ['sentence', 'expression', 'tense?'],
  `
  Лавров заявил во вторник, что переговоры продолжатся.           | во вторник         | past
  В декабре прошли переговоры заместителей министров.             | В декабре          | past
  Визит бизнесменов на острова планируется в октябре.             | в октябре          | future
  Рабочая группа соберется в среду.                               | в среду            | future
  Следующий раунд стороны договорились провести в январе.         | в январе           | future
  Стороны пришли к единому мнению о проведении 11 июня заседания. | 11 июня            | future
  Как напомнил Лавров, в сентябре лидеры провели встречу.         | в сентябре         | past
  Отчет о проекте ожидается в третьем квартале.                   | в третьем квартале | future
  Итоги работы в прошлом месяце.                                  | в прошлом месяце   | null
  Эта идея возникла на встрече лидеров в ноябре.                  | в ноябре           | past
  Договоренность была достигнута в январе.                        | в январе           | past
  Делегации пришли к согласию в декабре.                          | в декабре          | past
  Абэ прилетит в Москву 21 января.                                | 21 января          | future
  Делегация вернется на Хоккайдо 1 июля.                          | 1 июля             | future
  Стороны подпишут документы в декабре.                           | в декабре          | future
  Встреча назначена на понедельник.                               | понедельник        | future
  Мотэги был назначен министром в сентябре.                       | в сентябре         | past
  Кукла в мае.                                                    | в мае              | null
`,
)

describe('tenseAt: the cue nearest the expression in its clause', () => {
  it.each(EN_TENSES)('%s — "%s" is %s', (sentence, expression, expected) => {
    expect(tense(sentence, expression)).toBe(expected)
  })
  it.each(RU_TENSES)('%s — "%s" is %s', (sentence, expression, expected) => {
    expect(tense(sentence, expression, 'ru')).toBe(expected)
  })
  it('does not read the month May as the modal "may"', () => {
    expect(tense('Abe recalled their meeting in May.', 'in May')).toBe('past')
    expect(tense('Joint projects may start in June.', 'in June')).toBe('future')
  })
  it('lets a verb of saying decide only its own clause, and not across an event noun it reports', () => {
    // "said" in another clause dates the report, not the visit being prepared.
    expect(tense('Russia is preparing for the visit on May 26, the deputy prime minister said.', 'on May 26')).toBe(
      'future',
    )
    expect(tense('He hopes for progress during the visit in December, Abe said.', 'in December')).toBe('future')
    expect(tense('The minister met his colleague in March, the ministry said.', 'in March')).toBe('past')
    expect(tense('Lavrov confirmed the meeting in May.', 'in May')).toBeNull()
    expect(tense('Lavrov told reporters after the meeting Monday that it would be hard.', 'Monday')).toBeNull()
    expect(tense('Kono said on Tuesday that the talks would resume.', 'on Tuesday')).toBe('past')
    expect(tense('Россия ведет подготовку к визиту 26 мая, заявила вице-премьер.', '26 мая', 'ru')).toBe('future')
    expect(tense('Лавров подтвердил встречу Путина и Абэ в мае', 'в мае', 'ru')).toBeNull()
    expect(tense('В апреле прошли консультации, сообщил МИД.', 'В апреле', 'ru')).toBe('past')
    expect(tense('Об этом заявил в субботу министр.', 'в субботу', 'ru')).toBe('past')
  })
  it('dates a decision, not its plan, by an expression before the decision verb', () => {
    expect(tense('В мае Абэ предложил разработать план из восьми пунктов.', 'В мае', 'ru')).toBe('past')
    expect(tense('Стороны договорились провести консультации в январе.', 'в январе', 'ru')).toBe('future')
    expect(tense('In May Abe proposed to develop an eight-point plan.', 'In May')).toBe('past')
    expect(tense('The leaders agreed to hold consultations in late August.', 'in late August')).toBe('future')
  })
  it('reads a Russian past form after «чтобы» or «бы» as the subjunctive, not the past', () => {
    expect(
      tense(
        'Ускорим работу, чтобы проекты приобрели конкретный характер до середины декабря.',
        'до середины декабря',
        'ru',
      ),
    ).toBe('future')
    expect(tense('Проекты приобрели конкретный характер в декабре.', 'в декабре', 'ru')).toBe('past')
  })
  it('reads a headline\'s "set to" as a plan, and adjectives in -ed as no verb', () => {
    expect(tense('Former islanders set to visit two of disputed isles off Hokkaido in June', 'in June')).toBe('future')
    expect(tense('A G20 summit set to be held in Argentina in November.', 'in November')).toBe('future')
    expect(tense('Visits to the Japanese-claimed islands in July', 'in July')).toBeNull()
  })
  it('does not read nouns with a past-tense ending as verbs', () => {
    expect(tense('В течение недели в декабре.', 'в декабре', 'ru')).toBeNull()
  })
})

describe('resolving by tense', () => {
  const june = refDay('2019-06-20')
  it('monthYear: past → the latest begun, future → the first not ended, neither → the nearest', () => {
    expect(monthYear(june, 12, 'past')).toBe(2018)
    expect(monthYear(june, 12, null)).toBe(2019)
    expect(monthYear(june, 1, 'future')).toBe(2020)
    expect(monthYear(june, 1, null)).toBe(2019)
    expect(monthYear(june, 6, 'past')).toBe(2019)
    expect(monthYear(june, 6, 'future')).toBe(2019)
  })
  it('seasons: past → begun, future → not ended, neither → nearest', () => {
    const march = refDay('2019-03-03')
    expect(seasonByTense(march, 'FA', 'future')).toBe('2019-FA')
    expect(seasonByTense(march, 'FA', null)).toBe('2018-FA')
    expect(seasonByTense(march, 'FA', 'past')).toBe('2018-FA')
    expect(startedSeason(refDay('2018-01-18'), 'WI')).toBe('2017-WI')
  })
  it('"this winter" in January or February is the winter that began in December', () => {
    expect(thisSeason(refDay('2018-01-18'), 'WI')).toBe('2017-WI')
    expect(thisSeason(refDay('2017-12-20'), 'WI')).toBe('2017-WI')
    expect(thisSeason(refDay('2019-03-03'), 'SU')).toBe('2019-SU')
  })
  it('weekdays: a tense may name the document’s own day; "last"/"next" never do', () => {
    const friday = refDay('2020-02-14')
    expect(weekdayDay(friday, 5, -1, true)).toBe('2020-02-14')
    expect(weekdayDay(friday, 5, -1)).toBe('2020-02-07')
    expect(weekdayDay(friday, 3, 1, true)).toBe('2020-02-19')
    expect(weekdayDay(friday, 3, 0)).toBe('2020-02-12')
  })
})
