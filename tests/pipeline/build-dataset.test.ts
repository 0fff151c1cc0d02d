import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../src/model/schema'
import { buildDataset } from '../../src/pipeline/build-dataset'
import type { Detector } from '../../src/pipeline/coverage'
import { datasetJsonSchema } from '../../src/pipeline/json-schema'
import { formatProblems } from '../../src/pipeline/report'
import { fixture } from './fixture'

const noDates: Detector = () => []

function built(dir = fixture(), detect: Detector = noDates) {
  // Without a detector every ignore entry is stale: that warning aside, nothing to report.
  const result = buildDataset(dir, { buildDate: '2024-01-01', detect })
  expect(formatProblems(result.problems, dir).filter((line) => !line.includes('ignored expression'))).toEqual([])
  if (!result.dataset) throw new Error('expected a dataset')
  return { ...result, dataset: result.dataset }
}

describe('buildDataset on the good fixture', () => {
  it('sorts events by interval start, end, id and computes start, end and asOf', () => {
    const { dataset } = built()
    expect(dataset.events.map((e) => [e.id, e.start, e.end, e.asOf])).toEqual([
      ['2017-12-working-groups', '2017-12-01', '2017-12-31', '2017-11-24'],
      ['2019-05-31-kono-lavrov-tokyo', '2019-05-31', '2019-05-31', '2019-05-31'],
      ['2019-06-summit', '2019-06-01', '2019-06-30', '2019-05-31'],
    ])
  })

  it('records where each quote is in the display text, past typographic quotes, dashes and line breaks', () => {
    const { dataset, documents } = built()
    const news = documents.find((d) => d.id === 'news-2017-en')?.text ?? ''
    const [first, second] = dataset.events[0]?.sources ?? []
    expect(news.slice(first?.start, first?.end)).toBe(
      '«We supported the proposal by our Japanese colleagues to hold a meeting of the two working groups in December,»',
    )
    expect(news.slice(second?.start, second?.end)).toBe('their meeting will be held in December')
  })

  it('serves display texts with HTML tags removed and CRLF made LF, and counts events per document', () => {
    const { dataset, documents } = built()
    const news = documents.find((d) => d.id === 'news-2017-en')
    expect(news?.text).toContain('24 Nov 2017© the image Bank\n')
    expect(news?.text).not.toMatch(/<img|\r/)
    expect(dataset.documents.map((d) => [d.id, d.eventCount])).toEqual([
      ['news-2017-en', 1],
      ['press-2019-ru', 2],
    ])
    expect(dataset.documents[0]).not.toHaveProperty('ignore')
  })

  it('sorts vocabularies by id and keeps every event bilingual', () => {
    const { dataset } = built()
    expect(dataset.topics.map((t) => t.id)).toEqual(['joint-economic-activities', 'peace-treaty', 'political-dialogue'])
    for (const event of dataset.events) {
      for (const text of [event.title, event.summary]) expect(text.ru && text.en).toBeTruthy()
    }
    expect(datasetSchema.safeParse(dataset).success).toBe(true)
  })

  it('validates against the generated JSON Schema', () => {
    const { dataset } = built()
    const ajv = new Ajv2020({ allErrors: true, formats: { uri: true } })
    const validate = ajv.compile(datasetJsonSchema())
    expect(validate(JSON.parse(JSON.stringify(dataset))), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...dataset, events: [{ id: 'x' }] })).toBe(false)
  })

  it('warns when a quote occurs more than once, and uses the first', () => {
    const dir = fixture()
    const file = path.join(dir, 'events/2017.yaml')
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('quote: their meeting will be held in December', 'quote: in December'),
    )
    const result = buildDataset(dir, { buildDate: '2024-01-01', detect: noDates })
    expect(formatProblems(result.problems, dir)).toContain(
      'warning: events/2017.yaml:23: events[0].sources[1].quote: quote occurs 2 times in document "news-2017-en": the first is used; quote more to make it unique',
    )
    const text = result.documents.find((d) => d.id === 'news-2017-en')?.text ?? ''
    expect(result.dataset?.events[0]?.sources[1]?.start).toBe(text.indexOf('in December'))
  })

  it('gives the same dataset whatever the key order in the YAML', () => {
    const dir = fixture()
    const file = path.join(dir, 'places.yaml')
    fs.writeFileSync(
      file,
      'places:\n  - name: { en: Moscow, ru: Москва }\n    id: moscow\n  - id: tokyo\n    name: { ru: Токио, en: Tokyo }\n',
    )
    expect(JSON.stringify(built(dir).dataset)).toBe(JSON.stringify(built().dataset))
  })
})

describe('uncovered temporal expressions', () => {
  // What the real detector would resolve, so quotes agree with their events' dates.
  const values: Record<string, string | null> = {
    'в июне': '2019-06',
    'в декабре': '2017-12',
    December: '2017-12',
    '(31 мая 2019 г.': '2019-05-31',
    'three days': null,
  }
  const detect: Detector = (text) => {
    const found = []
    for (const [word, value] of Object.entries(values)) {
      const at = text.indexOf(word)
      if (at >= 0) found.push({ text: word, start: at, end: at + word.length, value })
    }
    return found
  }

  it('warns about an ignore entry that matches no uncovered expression', () => {
    const dir = fixture()
    const meta = path.join(dir, 'sources/news-2017-en.meta.yaml')
    fs.appendFileSync(meta, 'ignore:\n  - text: 24 Nov 2017\n    reason: the date of the photo caption, not an event\n')
    const result = buildDataset(dir, { buildDate: '2024-01-01', detect })
    expect(formatProblems(result.problems, dir)).toEqual([
      'warning: sources/news-2017-en.meta.yaml:12: ignore[0].text: ignored expression "24 Nov 2017" is not an uncovered expression of the text',
    ])
  })

  it('reports expressions outside every quote, not ignored, with a value, at their line', () => {
    const dir = fixture()
    fs.appendFileSync(path.join(dir, 'sources/news-2017-en.txt'), 'three days')
    const result = buildDataset(dir, { buildDate: '2024-01-01', detect })
    // "three days" has no value; "December" is inside a quote; "(31 мая 2019 г." is trimmed and ignored
    expect(result.uncovered).toEqual([])
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('content changed')])
  })

  it('finds an expression no quote covers; a warning, or an error with strict', () => {
    const dir = fixture()
    const quotes = path.join(dir, 'events/2019.yaml')
    fs.writeFileSync(quotes, fs.readFileSync(quotes, 'utf8').replace('которая состоится в июне', 'которая состоится'))
    const lenient = buildDataset(dir, { buildDate: '2024-01-01', detect })
    expect(lenient.uncovered.map((u) => [u.document, u.text, u.line])).toEqual([['press-2019-ru', 'в июне', 7]])
    expect(formatProblems(lenient.problems, dir).filter((line) => line.includes('uncovered temporal'))).toEqual([
      'warning: sources/press-2019-ru.txt:7: uncovered temporal expression "в июне" (2019-06): cite it in an event or ignore it in press-2019-ru.meta.yaml',
    ])
    const strict = buildDataset(dir, { buildDate: '2024-01-01', detect, strict: true })
    expect(strict.dataset).toBeUndefined()
    expect(strict.problems.filter((p) => p.severity === 'error')).toHaveLength(1)
  })

  it('runs the real detector on the good fixture without errors under --strict', () => {
    const dir = fixture()
    const result = buildDataset(dir, { buildDate: '2024-01-01', strict: true })
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  })
})
