import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { eventInputSchema } from '../../../src/model/schema'
import { main, parseArgs, suggest } from '../../../src/pipeline/suggest/cli'
import { loadVocab, resolveInput } from '../../../src/pipeline/suggest/input'
import { findNamed, guessTopics, matchKeywords, sentences, TRANSLATE } from '../../../src/pipeline/suggest/draft'
import { displayText } from '../../../src/pipeline/display-text'
import { loadSuggestData, suggestDrafts } from '../../../src/pipeline/suggest'
import { TITLE_LENGTH } from '../../../src/pipeline/suggest/title'

const vocab = loadVocab('data')
const data = loadSuggestData('data')

describe('data:suggest arguments', () => {
  it('requires --date and --lang for a file without metadata', () => {
    const args = parseArgs(['package.json'])
    expect(typeof args).toBe('object')
    expect(resolveInput(args as never)).toMatch(/--date YYYY-MM-DD --lang ru\|en/)
  })
  it('rejects a bad language or date', () => {
    expect(parseArgs(['x.txt', '--lang', 'de'])).toMatch(/--lang/)
    expect(parseArgs(['x.txt', '--date', '31.05.2019'])).toMatch(/--date/)
    expect(parseArgs(['x.txt', '--date', '2019-02-30'])).toMatch(/^--date 2019-02-30: /)
  })
  it('reads a corpus document with its metadata', () => {
    const input = resolveInput(parseArgs(['data/sources/mofa-2019-05-31-ru.txt']) as never)
    expect(input).toMatchObject({ id: 'mofa-2019-05-31-ru', date: '2019-05-31', language: 'ru' })
  })
})

describe('drafts', () => {
  it('finds people and places in any word form', () => {
    expect(findNamed('встреча с Министром Сергеем Лавровым в Москве', vocab.people)).toEqual(['sergey-lavrov'])
    expect(findNamed('встреча с Министром Сергеем Лавровым в Москве', vocab.places)).toEqual(['moscow'])
    expect(findNamed('Mr. Lavrov, Sergey Viktorovich', vocab.people)).toEqual(['sergey-lavrov'])
  })
  it('does not end a sentence at an initial', () => {
    expect(sentences('Министр С.В. Лавров приехал. Он встретился.').map((s) => s.text)).toEqual([
      'Министр С.В. Лавров приехал.',
      'Он встретился.',
    ])
  })
  // Every document of the corpus and of the unseen date fixtures: drafts a person can paste as they are.
  const documents = ['data/sources', 'tests/fixtures/dates'].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(dir, f)),
  )
  it.each(documents)('drafts schema-valid events of %s, quotes verbatim, titles short, no date lost', (file) => {
    const input = resolveInput(parseArgs([file]) as never)
    if (typeof input === 'string') throw new Error(input)
    const { events, drafts, text, expressions, dropped } = suggest(input, data)
    // Nothing silently dropped: every dated expression dates a draft or is listed with its reason.
    for (const e of expressions.filter((x) => x.value !== null)) {
      const used =
        drafts.some((d) => d.dates.some((x) => x.start === e.start)) || dropped.some((x) => x.expression === e)
      expect(used, `"${e.text}" at ${e.start}`).toBe(true)
    }
    const topics = new Set(data.vocab.topics.map((t) => t.id))
    for (const [i, event] of events.entries()) {
      expect(eventInputSchema.safeParse(event).success).toBe(true)
      expect(displayText(input.text)).toContain(event.sources[0]?.quote)
      expect(event.sources[0]?.translation).toBe(TRANSLATE)
      expect(event.topics.every((t) => topics.has(t)) && event.topics.length > 0).toBe(true)
      const draft = drafts[i]
      expect(text.slice(draft?.quote.start, draft?.quote.end)).toBe(draft?.quote.text)
      expect(event.title[input.language].length).toBeLessThanOrEqual(TITLE_LENGTH)
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length)
  })
  it('guesses planned for the future and held for the past', () => {
    const input = resolveInput(parseArgs(['data/sources/mofa-2019-05-31-ru.txt']) as never)
    if (typeof input === 'string') throw new Error(input)
    const { events } = suggest(input, data)
    expect(events.find((e) => e.date === '2019-06-11')?.status).toBe('planned')
    expect(events.find((e) => e.date === '2019-W21')?.status).toBe('held')
    expect(events.find((e) => e.date === '2019-05-31' && e.people.includes('sergey-lavrov'))?.status).toBe('held')
    expect(events.find((e) => e.date === '2019-SU')?.status).toBe('planned')
  })
})

describe('guesses from the vocabularies, not from code', () => {
  const moon = loadVocab('tests/fixtures/other-subject')
  const kindOf = (text: string, folder: ReturnType<typeof loadSuggestData>) =>
    suggestDrafts({ text, meta: { id: 'x', published: '2019-06-01', language: 'en' }, data: folder }).drafts.map(
      (d) => d.kind,
    )
  const moonData = loadSuggestData('tests/fixtures/other-subject')
  it('takes a kind from kinds.yaml keywords (the nearest to the date), else the first kind', () => {
    expect(kindOf('Apollo 11 lifted off on 16 July 1969.', moonData)).toEqual(['launch'])
    expect(kindOf('On 20 July 1969 they landed in the Sea of Tranquility.', moonData)).toEqual(['landing'])
    expect(kindOf('Nothing matches here on 1 May 1970.', moonData)).toEqual(['launch'])
    // The project's own data: "встреча на высшем уровне" is a summit before it is a meeting.
    expect(kindOf('1 июня 2019 года — встреча на высшем уровне в Осаке.', data)).toEqual(['summit'])
    expect(kindOf('1 июня 2019 года — заседание рабочих групп по совместной деятельности.', data)).toEqual([
      'working-group',
    ])
    // The keyword in the date's own clause, not the file's first: a visit, then talks on the 14th.
    expect(kindOf('Он посетит Москву с визитом, а 14 января 2019 года проведет переговоры.', data)).toEqual([
      'negotiations',
    ])
  })

  it('takes topics from topics.yaml keywords, in either language and any word form, else the first topic', () => {
    expect(guessTopics('The crew landed on the surface', moon.topics)).toEqual(['crewed-flight', 'surface'])
    expect(guessTopics('Экипаж совершил посадку', moon.topics)).toEqual(['crewed-flight', 'surface'])
    expect(guessTopics('A quiet day', moon.topics)).toEqual(['crewed-flight'])
    expect(matchKeywords('вопрос мирного договора', vocab.topics)).toEqual(['peace-treaty'])
  })
})

describe('data:suggest prints', () => {
  it('each draft with how it was guessed and the existing event it likely repeats, and the dates left out', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      expect(main(['data/sources/mofa-2019-05-31-ru.txt'])).toBe(0)
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n')
      expect(printed).toMatch(/^mofa-2019-05-31-ru \(ru, 2019-05-31\): \d+ temporal expressions, 6 draft events/)
      expect(printed).toContain(
        '  # likely already in the data: 2019-05-31-kono-lavrov-tokyo (add this quote there as a source)\n  - id: 2019-05-31-mofa-2019-05-31-ru',
      )
      expect(printed).toMatch(/# status planned: after the document's date \(2019-05-31\); kind working-group: keyword/)
      expect(printed).toContain('- "в этом году" at ')
    } finally {
      log.mockRestore()
    }
  })
})
