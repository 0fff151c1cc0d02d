/**
 * The drafts of suggestDrafts, behaviour by behaviour: one per event, names from the paragraph, a short title cut
 * at a word, status from tense and the document's date, likely duplicates named, and nothing of the project's
 * subject in the code (the same behaviours on an invented data folder about the Moon).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftsForSelection, loadSuggestData, suggestDrafts, type SuggestData } from '../../../src/pipeline/suggest'
import { clauseTitle, TITLE_LENGTH } from '../../../src/pipeline/suggest/title'

const project = loadSuggestData('data')
const moon = loadSuggestData('tests/fixtures/other-subject')

function drafts(text: string, data: SuggestData, published = '2019-05-31', language: 'ru' | 'en' = 'ru') {
  return suggestDrafts({ text, meta: { id: 'test-doc', published, language }, data }).drafts
}

describe('one draft per event', () => {
  it('gives one draft for a sentence with three dates of one event, over their span', () => {
    const found = drafts('Встреча состоялась 12 мая, 13 мая и 14 мая 2019 года в Москве.', project)
    expect(found.map((d) => d.date)).toEqual(['2019-05-12/2019-05-14'])
    expect(found[0]?.places).toEqual(['moscow'])
  })

  it('drops a weekday beside its day and a year that frames it', () => {
    const found = drafts(
      'On Monday, 13 May 2019, this year, the ministers held a meeting in Tokyo.',
      project,
      '2019-05-31',
      'en',
    )
    expect(found.map((d) => [d.date, d.kind])).toEqual([['2019-05-13', 'meeting']])
  })

  it('joins the same day dated in the headline, a date line and the text, and keeps every mention', () => {
    const text = [
      'Kono and Lavrov meet in Tokyo on 31 May',
      '',
      'May 31, 2019',
      '',
      'On 31 May the foreign ministers Taro Kono and Sergey Lavrov held a meeting in Tokyo.',
    ].join('\n')
    const found = drafts(text, project, '2019-05-31', 'en')
    expect(found).toHaveLength(1)
    expect(found[0]?.mentions).toHaveLength(3)
    // The quote is the sentence that states the event, not the headline or the date line.
    expect(found[0]?.quote.text).toMatch(/^On 31 May the foreign ministers/)
  })

  it('keeps two events of one sentence apart, each with its own names', () => {
    const found = drafts(
      'Стороны действовали по договоренности, достигнутой в ноябре прошлого года в Сингапуре, и готовились к встрече на высшем уровне в Осаке, которая состоится в июне.',
      project,
    )
    expect(found.map((d) => [d.date, d.places])).toEqual([
      ['2018-11', ['singapore']],
      ['2019-06', ['osaka']],
    ])
  })

  it('quotes a news dateline with the lead sentence it dates, when nothing else dates that day', () => {
    const text =
      'МОСКВА, 22 января. /ТАСС/. Регулярные встречи лидеров позволяют обсуждать многое. Об этом заявил Владимир Путин на переговорах с Синдзо Абэ.'
    const [draft, ...rest] = drafts(text, project, '2019-01-22')
    expect(rest).toEqual([])
    expect(draft).toMatchObject({
      date: '2019-01-22',
      kind: 'summit',
      people: ['vladimir-putin', 'shinzo-abe'],
      quote: { text: 'МОСКВА, 22 января. /ТАСС/. Регулярные встречи лидеров позволяют обсуждать многое.' },
    })
  })

  it('lists a date line with no sentence dating it, with its reason, instead of drafting it', () => {
    const result = suggestDrafts({
      text: '04.01.2019 11:09\n\nThe ministers will meet in Moscow on 14 January.',
      meta: { id: 'test-doc', published: '2019-01-04', language: 'en' },
      data: project,
    })
    expect(result.drafts.map((d) => d.date)).toEqual(['2019-01-14'])
    expect(result.dropped.map((d) => d.reason)).toEqual([expect.stringMatching(/a date line/)])
  })
})

describe('people, places and kind from the paragraph', () => {
  it('takes the people of a sentence without a date into the event its paragraph dates', () => {
    const [draft] = drafts(
      'Министр Таро Коно прибыл в Россию с официальным визитом. Переговоры с Сергеем Лавровым прошли в Москве 14 января.',
      project,
      '2019-01-20',
    )
    expect(draft?.people).toEqual(['taro-kono', 'sergey-lavrov'])
    expect(draft?.places).toEqual(['moscow'])
    expect(draft?.kind).toBe('negotiations')
    expect(draft?.kindReason).toMatch(/'Переговоры' in the sentence/)
  })

  it('does not take names from another paragraph', () => {
    const [draft] = drafts(
      'Сергей Лавров выступил в Москве.\n\nПереговоры прошли 14 января в Токио.',
      project,
      '2019-01-20',
    )
    expect(draft?.people).toEqual([])
    expect(draft?.places).toEqual(['tokyo'])
  })
})

describe('the kind, from keywords read where they stand', () => {
  const kinds = (...list: [string, string[]][]) => ({
    ...moon,
    vocab: { ...moon.vocab, kinds: list.map(([id, en]) => ({ id, keywords: { en } })) },
  })
  const kindOf = (text: string, data: SuggestData) => drafts(text, data, '2019-06-01', 'en')[0]?.kind
  it('prefers a keyword that holds another ("grave visit" over "visit")', () => {
    expect(
      kindOf('A grave visit took place on 1 May 2019.', kinds(['visit', ['visit']], ['grave', ['grave visit']])),
    ).toBe('grave')
  })
  it('takes the earlier kind of the file when two keywords touch ("Summit Meeting")', () => {
    const data = kinds(['summit', ['summit']], ['meeting', ['meeting']])
    expect(kindOf('The Summit Meeting took place on 1 May 2019.', data)).toBe('summit')
    expect(kindOf('The meeting took place on 1 May 2019, a summit later.', data)).toBe('meeting')
  })
})

describe('a short title', () => {
  const sentence =
    'On July 31, Mr. Taro Kono, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ Meeting with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, in Singapore for approximately an hour.'
  it('is the clause holding the date, cut after a whole word, without a dangling preposition', () => {
    const long =
      'Стороны пришли к единому мнению о проведении 11 июня заседания рабочей группы на уровне директоров департаментов по содержанию проектов'
    const title = clauseTitle(long, long.indexOf('11'), long.indexOf('11') + 7)
    expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH)
    expect(long.startsWith(title)).toBe(true)
    expect(long[title.length]).toBe(' ')
    expect(title).not.toMatch(/\s(?:по|на|о|к)$/)
  })

  it('is built in both languages from the vocabularies when the kind and names are known', () => {
    const [draft] = drafts(sentence, project, '2018-07-31', 'en')
    expect(draft?.title).toEqual({ en: 'Kono–Lavrov meeting in Singapore', ru: 'Встреча: Коно, Лавров, Сингапур' })
    expect(draft?.untranslated).toEqual(['summary.ru', 'sources.0.translation'])
  })

  it('is in the document language only, the other marked untranslated, when nothing is known', () => {
    const [draft] = drafts('Что-то произойдет 11 июня где-то далеко отсюда, как говорят.', project)
    expect(draft?.title).toEqual({ ru: 'Что-то произойдет 11 июня где-то далеко отсюда' })
    expect(draft?.untranslated).toContain('title.en')
  })
})

describe('status from tense and the document date', () => {
  it('reads the tense cue when the date holds the document date, else compares the dates', () => {
    const [planned] = drafts('Консультации пройдут в мае.', project, '2019-05-10')
    expect(planned).toMatchObject({ status: 'planned', statusReason: expect.stringMatching(/^future: .*пройдут/) })
    const [held] = drafts('Консультации прошли в мае.', project, '2019-05-10')
    expect(held).toMatchObject({ status: 'held', statusReason: expect.stringMatching(/^past: .*прошли/) })
    const [after] = drafts('Консультации министров намечены на 20 июня.', project, '2019-05-10')
    expect(after).toMatchObject({ status: 'planned', statusReason: expect.stringMatching(/after the document's date/) })
  })
})

describe('likely duplicates', () => {
  it('names the existing event of the same kind, dates and people, with its id', () => {
    const [draft] = drafts(
      '31 мая в Токио состоялась встреча министров иностранных дел Таро Коно и Сергея Лаврова.',
      project,
      '2019-06-01',
    )
    expect(draft?.likelyDuplicateOf).toEqual(['2019-05-31-kono-lavrov-tokyo'])
  })

  it('names an event that already quotes the same passage of the same document', () => {
    const file = 'data/sources/mofa-2019-05-31-ru.txt'
    const result = suggestDrafts({
      text: fs.readFileSync(file, 'utf8'),
      meta: { id: 'mofa-2019-05-31-ru', published: '2019-05-31', language: 'ru' },
      data: project,
    })
    const w21 = result.drafts.find((d) => d.date === '2019-W21')
    expect(w21?.likelyDuplicateOf).toEqual(['2019-w21-working-groups-movement-of-people-legal-aspects'])
  })

  it('names nothing for an event the data does not hold', () => {
    const [draft] = drafts('12 марта 2019 года в Токио состоялась встреча Таро Коно и Сергея Лаврова.', project)
    expect(draft?.likelyDuplicateOf).toEqual([])
  })
})

describe('nothing subject-specific in the code', () => {
  it('drafts events of another subject from that folder’s vocabularies and events', () => {
    const text =
      'Mission notes. The crew of Apollo 11, Neil Armstrong and Buzz Aldrin, flew the lunar module down. They landed in the Sea of Tranquility on 20 July 1969.'
    const [draft, ...rest] = drafts(text, moon, '1973-01-15', 'en')
    expect(rest).toEqual([])
    expect(draft).toMatchObject({
      date: '1969-07-20',
      status: 'held',
      kind: 'landing',
      people: ['neil-armstrong', 'buzz-aldrin'],
      places: ['sea-of-tranquility'],
      topics: ['crewed-flight', 'surface'],
      title: {
        en: 'Armstrong–Aldrin landing in Sea of Tranquility',
        ru: 'Посадка: Армстронг, Олдрин, Море Спокойствия',
      },
      likelyDuplicateOf: ['1969-07-20-apollo-11-landing'],
    })
  })

  it('has no id, name, alias, label or keyword of the project’s vocabularies in its code (comments aside)', () => {
    const dir = 'src/pipeline/suggest'
    const code = fs
      .readdirSync(dir)
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .toLowerCase()
    const { people, places, kinds, topics } = project.vocab
    const terms = [
      ...[...people, ...places].flatMap((n) => [n.id, n.name.ru, n.name.en, ...(n.aliases ?? [])]),
      ...[...kinds, ...topics].flatMap((k) => [
        k.id,
        k.label?.ru ?? '',
        k.label?.en ?? '',
        ...(k.keywords?.ru ?? []),
        ...(k.keywords?.en ?? []),
      ]),
    ].filter((t) => t.length >= 4)
    expect(terms.length).toBeGreaterThan(50)
    expect(terms.filter((t) => new RegExp(`(?<![\\p{L}])${t.toLowerCase()}(?![\\p{L}])`, 'u').test(code))).toEqual([])
  })
})

describe('a draft from a selection (the studio’s "New event")', () => {
  const text = fs.readFileSync('data/sources/mofa-2019-05-31-ru.txt', 'utf8')
  const suggestion = suggestDrafts({
    text,
    meta: { id: 'mofa-2019-05-31-ru', published: '2019-05-31', language: 'ru' },
    data: project,
  })
  it('offers the event the selected passage dates first, with the selection as its quote', () => {
    const passage = 'о проведении 11 июня заседания рабочей группы'
    const start = suggestion.text.indexOf(passage)
    const [first, ...others] = draftsForSelection(suggestion, { start, end: start + passage.length })
    expect(first).toMatchObject({ date: '2019-06-11', kind: 'working-group', quote: { text: passage, start } })
    // The paragraph's other dates are the choices after it, nearest first: the June summit, last week's groups.
    expect(others.map((d) => d.date)).toEqual(['2019-06', '2019-W21'])
  })
  it('offers nothing when the paragraph dates nothing', () => {
    const passage = 'Проблема заключения мирного договора'
    const start = suggestion.text.indexOf(passage)
    expect(draftsForSelection(suggestion, { start, end: start + passage.length })).toEqual([])
  })
})
