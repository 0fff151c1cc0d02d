/**
 * Read and mark, and select → event, on the server's side: the marks of a document, the draft of a selection and
 * the events likely the same one, a source added to an existing event and an expression ignored, each a minimal
 * diff through the one write module.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { checkFolder } from '../../src/studio/server/check'
import { addDocument, addVocabularyItem, ignoreExpression } from '../../src/studio/server/documents'
import { appendEvent, appendSource } from '../../src/studio/server/events-file'
import { likelySame, selectionAnswer, shortTitle } from '../../src/studio/server/prefill'
import { namesIn, readDocument } from '../../src/studio/server/reader'
import { DataFolder } from '../../src/studio/server/write'
import { dataCopy, withVocabularyHints } from './folder'

const SENTENCE =
  'Two working groups were formed to examine the issue of joint economic activities, their meeting will be held in December, said Russian foreign Minister Sergei Lavrov.'

function selectionOf(folder: DataFolder, passage: string) {
  const read = readDocument(folder, 'news-2017-en')
  const start = read.text.indexOf(passage)
  expect(start).toBeGreaterThanOrEqual(0)
  return { read, start, end: start + passage.length }
}

const prettierCheck = async (text: string) =>
  prettier.check(text, { ...((await prettier.resolveConfig('data/events.yaml')) ?? {}), parser: 'yaml' })

describe('the reader of a document', () => {
  it('marks dates with their reading, quoted passages with their event, names by their aliases', () => {
    const dir = dataCopy()
    withVocabularyHints(dir)
    const folder = new DataFolder(dir)
    const read = readDocument(folder, 'news-2017-en')
    const december = read.dates.filter((d) => d.text === 'in December')
    expect(december.map((d) => [d.value, d.label.en, d.label.ru])).toEqual([
      ['2017-12', 'December 2017', 'декабрь 2017 г.'],
      ['2017-12', 'December 2017', 'декабрь 2017 г.'],
    ])
    // Both are inside passages the event 2017-12-working-groups quotes.
    expect(december.map((d) => d.covered)).toEqual(['quoted', 'quoted'])
    expect(read.quotes.map((q) => q.event)).toEqual(['2017-12-working-groups', '2017-12-working-groups'])
    for (const q of read.quotes) expect(read.text.slice(q.start, q.end)).toMatch(/December/)
    const lavrov = read.names.filter((n) => n.id === 'sergey-lavrov')
    expect(lavrov.map((n) => read.text.slice(n.start, n.end))).toContain('Sergei Lavrov')
    // The photo credit's "Lavrov" is in an alt attribute of markup the display text has removed.
    expect(read.text).not.toContain('<img')
  })

  it('finds Russian names in their declined forms, the longest name first', () => {
    const vocabularies = {
      people: [
        { value: { id: 'sergey-lavrov', name: { ru: 'Сергей Лавров', en: 'Sergey Lavrov' }, aliases: ['Лавров'] } },
      ],
      places: [{ value: { id: 'moscow', name: { ru: 'Москва', en: 'Moscow' }, aliases: [] } }],
    }
    const text = 'Сергей Лавров прибыл в Москву; Лаврова встретили.'
    const found = namesIn(text, { vocabularies } as never).map((n) => text.slice(n.start, n.end))
    expect(found).toEqual(['Сергей Лавров', 'Москву', 'Лаврова'])
  })
})

describe('a selection becomes a draft', () => {
  it('takes the date inside the passage, people, kind and topics from its paragraph, and lists the same event', () => {
    const dir = dataCopy()
    withVocabularyHints(dir)
    const folder = new DataFolder(dir)
    const { read, start, end } = selectionOf(folder, SENTENCE)
    const { prefill, likelySame: same } = selectionAnswer(folder, { document: read.id, start, end })
    expect(prefill.quote).toBe(SENTENCE)
    expect(prefill.date).toBe('2017-12')
    expect(prefill.quoteDates).toEqual(['2017-12'])
    expect(prefill.status).toBe('planned')
    expect(prefill.kind).toBe('working-group')
    expect(prefill.topics).toEqual(['joint-economic-activities'])
    expect(prefill.people).toEqual(['sergey-lavrov'])
    expect(prefill.title.en).toBe('Two working groups were formed to examine the issue of joint economic')
    expect(prefill.title.ru).toBe('')
    // The date and six latin words of the title (src/studio/shared/event-id.ts, as the form makes it).
    expect(prefill.id).toBe('2017-12-two-working-groups-were-formed-examine')
    expect(same.map((s) => [s.id, s.why])).toEqual([['2017-12-working-groups', 'same kind; person sergey-lavrov']])
  })

  it('of a Russian document names the event by the date, as the form does while the English title is empty', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const text = 'Сергей Лавров 20 марта проведет переговоры в Москве.'
    await addDocument(folder, {
      id: 'tass-2019-03-12-ru',
      published: '2019-03-12',
      language: 'ru',
      titleEn: 'Lavrov to hold talks on 20 March',
      titleRu: 'Лавров проведет переговоры 20 марта',
      text,
    })
    const { prefill } = selectionAnswer(folder, { document: 'tass-2019-03-12-ru', start: 0, end: text.length })
    expect(prefill.date).toBe('2019-03-20')
    expect(prefill.title.ru).not.toBe('')
    expect(prefill.title.en).toBe('')
    // Not "2019-03-20-20": the Russian title's only latin characters are the day again.
    expect(prefill.id).toBe('2019-03-20')
  })

  it('becomes a valid event once its titles, summaries and quote translation are written', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const { read, start, end } = selectionOf(folder, SENTENCE)
    const { prefill } = selectionAnswer(folder, { document: read.id, start, end })
    const event = {
      id: prefill.id,
      date: prefill.date,
      status: prefill.status,
      kind: prefill.kind,
      title: { en: prefill.title.en, ru: 'Созданы две рабочие группы' },
      summary: { en: prefill.summary.en, ru: 'Созданы две рабочие группы; их заседание пройдёт в декабре.' },
      topics: prefill.topics,
      people: prefill.people,
      places: prefill.places,
      distinctFrom: [
        { event: '2017-12-working-groups', reason: 'the groups were formed; that event is their meeting' },
      ],
      sources: [{ document: read.id, quote: prefill.quote, translation: 'Созданы две рабочие группы…' }],
    }
    const saved = await appendEvent(folder, event, folder.read('events/2017.yaml').sha256)
    const mine = checkFolder(dir).filter((p) => p.field?.startsWith(`events[${saved.index}]`))
    expect(mine).toEqual([])
  })

  it('makes short titles without cutting a word or leaving an introduction', () => {
    expect(shortTitle('On September 3, commencing at 11:28 p.m., Mr. Shinzo Abe held a telephone talk.')).toBe(
      'Mr. Shinzo Abe held a telephone talk',
    )
    const long = shortTitle(
      'The two ministers confirmed that for the next Summit Meeting, they will cooperate to make further advances',
    )
    expect(long.length).toBeLessThanOrEqual(70)
    expect('The two ministers confirmed that for the next Summit Meeting, they will cooperate to make').toContain(long)
    expect(long).not.toMatch(/\s(?:the|of|to|and|for)$/)
    expect(shortTitle('По словам Лаврова, в декабре стороны договорились провести заседание.')).toBe(
      'В декабре стороны договорились провести заседание',
    )
    // A one-word introduction goes too.
    expect(shortTitle('Furthermore, Prime Minister Abe emphasized that it is important.')).toBe(
      'Prime Minister Abe emphasized that it is important',
    )
    expect(shortTitle('Однако, стороны договорились.')).toBe('Стороны договорились')
  })

  it('lists only events whose dates overlap and whose kind and people or places agree, best first', () => {
    const base = {
      status: 'held',
      summary: { en: 'x', ru: 'x' },
      topics: [],
      related: [],
      distinctFrom: [],
      media: [],
      sources: [],
      approx: false,
    }
    const event = (id: string, date: string, kind: string, people: string[], places: string[] = []) => ({
      event: { ...base, id, date, kind, people, places, title: { en: id, ru: id } } as never,
      file: 'events/2017.yaml',
    })
    const found = likelySame(
      { date: '2017-09-07', kind: 'summit', people: ['abe', 'putin'], places: ['vladivostok'] },
      [
        event('month-summit', '2017-09', 'summit', ['abe', 'putin'], ['vladivostok']),
        event('day-summit', '2017-09-07', 'summit', ['abe', 'putin'], ['vladivostok']),
        event('other-month', '2017-10', 'summit', ['abe', 'putin'], ['vladivostok']),
        event('one-person-other-kind', '2017-09', 'meeting', ['abe']),
        event('same-kind-one-person', '2017', 'summit', ['putin']),
      ],
    )
    // The narrower date first among equals; October does not overlap; one shared person of another kind is not enough.
    expect(found.map((f) => f.id)).toEqual(['day-summit', 'month-summit', 'same-kind-one-person'])
  })
})

describe('adding a source, ignoring an expression', () => {
  it('adds a source to an existing event with only new lines, passing Prettier, refused over a change on disk', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const file = 'events/2017.yaml'
    const before = folder.read(file)
    const source = { document: 'news-2017-en', quote: SENTENCE, translation: 'Созданы две рабочие группы…' }
    const request = { event: '2017-12-working-groups', file, expected: before.sha256, source }
    const saved = await appendSource(folder, request)
    expect(saved).toEqual({ path: file, index: 0, sourceIndex: 2 })
    const after = fs.readFileSync(path.join(dir, file), 'utf8')
    const old = before.bytes.toString('utf8').split('\n')
    const now = after.split('\n')
    // The old lines, in order, with one block of new ones after the event's last source.
    const at = now.findIndex((line) => line.includes(`quote: ${SENTENCE}`)) - 1
    expect(now.slice(at, at + 3)).toEqual([
      '      - document: news-2017-en',
      `        quote: ${SENTENCE}`,
      '        translation: Созданы две рабочие группы…',
    ])
    expect([...now.slice(0, at), ...now.slice(at + 3)]).toEqual(old)
    expect(await prettierCheck(after)).toBe(true)
    expect(checkFolder(dir).filter((p) => p.severity === 'error')).toEqual([])

    // The same request again carries the old SHA-256: the file changed since, nothing is written.
    await expect(appendSource(folder, request)).rejects.toThrow(/changed on disk/)
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(after)
  })

  it('refuses a source whose quote is missing, at its field, and an event that is not in the file', async () => {
    const folder = new DataFolder(dataCopy())
    const file = 'events/2017.yaml'
    const expected = folder.read(file).sha256
    await expect(
      appendSource(folder, { event: '2017-12-working-groups', file, expected, source: { document: 'news-2017-en' } }),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([expect.objectContaining({ field: 'sources.0.quote' })]),
    })
    const source = { document: 'news-2017-en', quote: SENTENCE, translation: 't' }
    await expect(appendSource(folder, { event: 'no-such-event', file, expected, source })).rejects.toThrow(
      /has no event "no-such-event"/,
    )
    await expect(appendSource(folder, { event: 'x', file: '../outside.yaml', expected, source })).rejects.toThrow(
      /not an events file/,
    )
  })

  it('ignores an uncovered expression in the meta file, with its reason, and the checks stop reporting it', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const id = 'mofa-2016-05-06-en'
    const form = { text: 'Sochi, 6 May 2016\n\nThe leaders met.\n', published: '2016-05-06', language: 'en' }
    await addDocument(folder, { ...form, id, titleEn: 'Sochi', titleRu: 'Сочи' })
    const uncovered = () =>
      checkFolder(dir).filter((p) => p.file === `sources/${id}.txt` && p.message.startsWith('uncovered temporal'))
    expect(uncovered().map((p) => p.message)).toEqual([expect.stringContaining('"6 May 2016" (2016-05-06)')])
    const meta = `sources/${id}.meta.yaml`
    const before = folder.read(meta)
    const request = { document: id, text: '6 May 2016', expected: before.sha256 }
    await expect(ignoreExpression(folder, { ...request, reason: ' ' })).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'reason' })],
    })
    await ignoreExpression(folder, { ...request, reason: 'the dateline' })
    const after = fs.readFileSync(path.join(dir, meta), 'utf8')
    expect(after).toBe(`${before.bytes.toString('utf8')}ignore:\n  - text: 6 May 2016\n    reason: the dateline\n`)
    expect(await prettierCheck(after)).toBe(true)
    expect(uncovered()).toEqual([])
  })

  it('adds a person inline: one item at the end of people.yaml, Prettier-clean, a duplicate id refused', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const before = folder.read('people.yaml')
    const request = { list: 'people', id: 'shinzo-abe', nameEn: 'Shinzo Abe', nameRu: 'Синдзо Абэ' }
    await addVocabularyItem(folder, { ...request, expected: before.sha256 })
    const after = fs.readFileSync(path.join(dir, 'people.yaml'), 'utf8')
    expect(after).toBe(
      `${before.bytes.toString('utf8')}  - id: shinzo-abe\n    name:\n      ru: Синдзо Абэ\n      en: Shinzo Abe\n`,
    )
    expect(await prettierCheck(after)).toBe(true)
    expect(checkFolder(dir).filter((p) => p.severity === 'error')).toEqual([])
    const now = folder.read('people.yaml').sha256
    await expect(addVocabularyItem(folder, { ...request, expected: now })).rejects.toMatchObject({
      problems: [{ field: 'id', message: 'people.yaml already has shinzo-abe' }],
    })
    await expect(addVocabularyItem(folder, { ...request, id: 'Bad Id', expected: now })).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'id' })],
    })
  })
})
