import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../../src/pipeline/timelinejs/html'
import { importTimeline, MAX_IMPORT_BYTES, writeFolder } from '../../../src/pipeline/timelinejs/import'

const fixtures = path.resolve('tests/fixtures/timelinejs')
const read = (name: string) => fs.readFileSync(path.join(fixtures, name))
const events = (files: Map<string, string>) =>
  [...files]
    .filter(([name]) => name.startsWith('events/'))
    .flatMap(([, text]) => parse(text).events as Record<string, unknown>[])

describe('TimelineJS3 import', () => {
  it('maps a JSON timeline: dates at their precision, spans, groups, eras, links, media', () => {
    const outcome = importTimeline(read('small.json'), 'small.json')
    expect(outcome.format).toBe('timelinejs3-json')
    const files = outcome.folder!.files
    expect(parse(files.get('dataset.yaml')!)).toMatchObject({
      schemaVersion: 2,
      language: 'en',
      title: { en: 'A small test timeline', ru: '' },
    })
    const list = events(files)
    expect(list.map((e) => e.date)).toEqual(['2016-12-15/2016-12-16', '2017-08', '2018'])
    const [summit, talks, embed] = list
    expect(summit).toMatchObject({
      title: { en: 'Summit in Nagato', ru: '' },
      summary: { en: 'Two days of talks. Readout' },
    })
    expect(summit!.sources).toEqual([
      { kind: 'link', url: 'https://example.org/nagato', label: { en: 'Readout', ru: '' } },
      { kind: 'link', url: 'https://example.org/photo.jpg', label: { en: 'The leaders', ru: '' } },
    ])
    expect(summit!.media).toEqual([
      {
        url: 'https://example.org/photo.jpg',
        alt: { en: 'The leaders', ru: '' },
        caption: { en: 'The leaders', ru: '' },
        credit: { en: 'Example Press', ru: '' },
      },
    ])
    expect(talks!.sources).toEqual([])
    expect(embed).toMatchObject({ title: { en: 'An embed' } })
    expect(embed!.media).toBeUndefined()
    const topics = parse(files.get('topics.yaml')!).topics as { id: string }[]
    expect(topics.map((t) => t.id)).toEqual(['summits', 'talks', 'general'])
    expect(parse(files.get('periods.yaml')!).periods).toEqual([
      { id: '2016-first-phase', start: '2016', end: '2018', label: { en: 'First phase', ru: '' } },
    ])
  })

  it('refuses per slide what the grammar cannot hold, and reports what it does not map', () => {
    const { problems } = importTimeline(read('small.json'), 'small.json')
    const refused = problems.filter((p) => p.severity === 'refused').map((p) => `${p.where} ${p.field}: ${p.message}`)
    expect(refused).toEqual([
      expect.stringMatching(/^events\[2\] start_date: 2019-02-30: .*/),
      'events[3] start_date: year 0 does not exist: the year before 1 is -1 (1 BC, as TimelineJS3 shows it)',
    ])
    const notes = problems.filter((p) => p.severity === 'reported').map((p) => `${p.where} ${p.field ?? ''}`)
    expect(notes).toEqual(
      expect.arrayContaining([
        'events[4] location',
        'events[1] display_date',
        'events[1] start_date',
        'events[4] media.url',
        'events[0] text ',
      ]),
    )
  })

  it('never keeps script content or markup', () => {
    expect(htmlToText('<p>a<script>alert(1)</script> b</p><img src=x onerror=alert(1)>')).toEqual({
      text: 'a b',
      links: [],
      dropped: ['script'],
    })
    expect(htmlToText('<a href="javascript:alert(1)">x</a>').links).toEqual([])
    const nested = '<b>'.repeat(40_000) + 'deep' + '</b>'.repeat(40_000)
    expect(htmlToText(nested).text).toBe('deep')
  })

  it('reads the CSV template by column name, reporting unknown columns', () => {
    const outcome = importTimeline(read('small.csv'), 'small.csv')
    expect(outcome.format).toBe('timelinejs3-csv')
    expect(events(outcome.folder!.files).map((e) => e.date)).toEqual(['2016-12-15/2016-12-16', '2017-08'])
    expect(parse(outcome.folder!.files.get('periods.yaml')!).periods).toHaveLength(1)
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        { severity: 'reported', where: 'row 1', field: 'Colour', message: 'unknown column, not imported' },
        expect.objectContaining({ severity: 'refused', where: 'row 6', field: 'start_date' }),
      ]),
    )
  })

  it('refuses a whole file with the reason: bad JSON, missing columns, too big, not a timeline', () => {
    const refuse = (bytes: string | Uint8Array, name: string) => {
      const outcome = importTimeline(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, name)
      expect(outcome.folder).toBeUndefined()
      return outcome.problems.map((p) => p.message).join('; ')
    }
    expect(refuse('{\n"events": [\n}', 'x.json')).toBe('not valid JSON: line 3, column 1: ValueExpected')
    expect(refuse('Month,Day,Text\n1,2,x\n', 'x.csv')).toBe('missing columns "Year", "Headline" (the header is row 1)')
    expect(refuse(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.json')).toMatch(/an import reads at most 5 MB/)
    expect(refuse('{"slides": []}', 'x.json')).toMatch(/no "events" list/)
    expect(refuse(Buffer.from([0xff, 0xfe, 0x41]), 'x.json')).toBe('not UTF-8 text')
  })

  it('detects Russian text, and writes the folder whole, never over an existing one', async () => {
    const json = JSON.stringify({
      events: [{ start_date: { year: 2018 }, text: { headline: 'Встреча в Москве', text: 'Переговоры министров.' } }],
    })
    const outcome = importTimeline(Buffer.from(json), 'ru.json')
    expect(outcome.lang).toBe('ru')
    expect(events(outcome.folder!.files)[0]).toMatchObject({ title: { ru: 'Встреча в Москве', en: '' }, id: '2018' })
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tljs-')), 'folder')
    await writeFolder(outcome.folder!, out)
    expect(fs.readdirSync(out).sort()).toEqual([
      'dataset.yaml',
      'events',
      'kinds.yaml',
      'people.yaml',
      'periods.yaml',
      'places.yaml',
      'sources',
      'topics.yaml',
    ])
    await expect(writeFolder(outcome.folder!, out)).rejects.toThrow(/exists and is not empty/)
  })
})

const shared = path.resolve('../shared/tljs-examples')
describe.skipIf(!fs.existsSync(shared))('TimelineJS3 examples from ../shared/tljs-examples', () => {
  const files = fs.existsSync(shared) ? fs.readdirSync(shared).filter((name) => /\.(json|csv)$/.test(name)) : []
  it.each(files)('%s imports, every slide mapped, reported or refused', (name) => {
    const outcome = importTimeline(fs.readFileSync(path.join(shared, name)), name)
    expect(outcome.folder, outcome.problems.map((p) => p.message).join('\n')).toBeDefined()
    expect(outcome.folder!.events).toBeGreaterThan(0)
  })
  it('the legacy v2 Houston file converts to the same events as its v3 twin', () => {
    const dates = (name: string) =>
      events(importTimeline(fs.readFileSync(path.join(shared, name)), name).folder!.files).map((e) => e.date)
    expect(dates('houston-timeline2.legacy-v2.json')).toEqual(dates('houston-timeline3.json'))
  })
  it('refuses deep time per slide, keeps the BC years and the rest of the cosmological file', () => {
    const outcome = importTimeline(fs.readFileSync(path.join(shared, 'cosmo-mixed.json')), 'cosmo-mixed.json')
    // -13.8 billion, -4.6 billion, -540 million and -300,000: before -271821, what a browser date holds.
    expect(outcome.problems.filter((p) => /deep time/.test(p.message))).toHaveLength(4)
    expect(outcome.folder!.events).toBe(7)
    const dates = events(outcome.folder!.files).map((e) => e.date)
    expect(dates).toEqual(expect.arrayContaining(['-3500', '-0300', '1021', '1969-07-20']))
  })
})
if (!fs.existsSync(shared)) console.warn(`skipped: ${shared} is absent (the TimelineJS3 examples live in ../shared)`)

describe('round trip: import(export(our dataset))', () => {
  it('gives back every event with its date and precision, title, summary and topics', async () => {
    const { buildDataset } = await import('../../../src/pipeline/build-dataset')
    const { toTimelineJs } = await import('../../../src/model/timelinejs')
    const built = buildDataset(path.resolve('data'), { buildDate: '2026-01-01' })
    const dataset = built.dataset!
    for (const lang of ['en', 'ru'] as const) {
      const exported = Buffer.from(JSON.stringify(toTimelineJs(dataset, dataset.events, lang)))
      const outcome = importTimeline(exported, `export.${lang}.json`, lang)
      const back = new Map(events(outcome.folder!.files).map((e) => [e.id as string, e]))
      expect(back.size).toBe(dataset.events.length)
      for (const event of dataset.events) {
        const got = back.get(event.id)
        expect(got, event.id).toMatchObject({
          date: event.date,
          status: event.status,
          topics: event.topics,
          title: { [lang]: event.title[lang] },
          summary: { [lang]: event.summary[lang] },
        })
        expect(Boolean(got!.approx)).toBe(event.approx)
      }
    }
    // It builds the whole corpus (dates read in every document): seconds, more on a loaded machine.
  }, 60_000)
})
