import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { dateInterval, parseDate, PRECISIONS } from '../../../src/model/date'
import { documentMetaSchema, eventInputSchema, type DocumentSource, type EventInput } from '../../../src/model/schema'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { generateCorpus, type CorpusFile } from '../../../scripts/bench/corpus'
import { readVocabularies } from '../../../scripts/bench/generate'

const vocabularies = readVocabularies()

function load(files: CorpusFile[]) {
  const texts = new Map<string, string>()
  const metas = new Map<string, ReturnType<typeof documentMetaSchema.parse>>()
  const events: { file: string; event: EventInput }[] = []
  for (const file of files) {
    if (file.path.endsWith('.txt')) texts.set(file.path.slice('sources/'.length, -'.txt'.length), file.content)
    else if (file.path.endsWith('.meta.yaml')) {
      const meta = documentMetaSchema.parse(parse(file.content))
      metas.set(meta.id, meta)
    } else if (file.path.startsWith('events/')) {
      const list = (parse(file.content) as { events: unknown[] }).events
      for (const raw of list) events.push({ file: file.path, event: eventInputSchema.parse(raw) })
    }
  }
  return { texts, metas, events }
}

describe('generateCorpus', () => {
  const files = generateCorpus({ events: 250, seed: 7, vocabularies })
  const { texts, metas, events } = load(files)

  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    expect(generateCorpus({ events: 250, seed: 7, vocabularies })).toEqual(files)
    expect(generateCorpus({ events: 250, seed: 8, vocabularies })).not.toEqual(files)
  })

  it('writes the requested number of events, ten per document, with unique ids', () => {
    expect(events).toHaveLength(250)
    expect(metas.size).toBe(25)
    expect(new Set(events.map((e) => e.event.id)).size).toBe(250)
    const ids = new Set(events.map((e) => e.event.id))
    for (const { event } of events) for (const related of event.related) expect(ids.has(related)).toBe(true)
  })

  it('copies the vocabularies from data/', () => {
    for (const name of ['topics.yaml', 'people.yaml', 'places.yaml'] as const) {
      expect(files.find((f) => f.path === name)?.content).toBe(vocabularies[name])
    }
  })

  it('gives every document a correct SHA-256 and both languages appear', () => {
    for (const [id, meta] of metas) {
      expect(
        createHash('sha256')
          .update(texts.get(id) ?? '')
          .digest('hex'),
      ).toBe(meta.sha256)
    }
    expect(new Set([...metas.values()].map((m) => m.language))).toEqual(new Set(['ru', 'en']))
  })

  it('puts every quote literally in its document and files events under their start year', () => {
    for (const { file, event } of events) {
      const source = event.sources[0] as DocumentSource | undefined
      expect(texts.get(source?.document ?? '')).toContain(source?.quote)
      const parsed = parseDate(event.date)
      expect(parsed.ok).toBe(true)
      if (parsed.ok) expect(file).toBe(`events/${dateInterval(parsed.date).start.slice(0, 4)}.yaml`)
    }
  })

  it('uses every date form, both statuses and every topic; planned only after the document date', () => {
    const kinds = new Set<string>()
    for (const { event } of events) {
      const parsed = parseDate(event.date)
      if (!parsed.ok) throw new Error(parsed.error)
      kinds.add(parsed.date.kind)
      const interval = dateInterval(parsed.date)
      const published = metas.get((event.sources[0] as DocumentSource | undefined)?.document ?? '')?.published ?? ''
      if (event.status === 'planned') expect(interval.start > published).toBe(true)
      else expect(interval.end <= published).toBe(true)
    }
    expect(kinds).toEqual(new Set(PRECISIONS))
    expect(new Set(events.map((e) => e.event.status))).toEqual(new Set(['held', 'planned']))
    const topicIds = (parse(vocabularies['topics.yaml']) as { topics: { id: string }[] }).topics.map((t) => t.id)
    expect(new Set(events.flatMap((e) => e.event.topics))).toEqual(new Set(topicIds))
  })

  it('writes document texts with no temporal expressions for the pipeline to flag', () => {
    for (const [id, meta] of [...metas].slice(0, 6)) {
      const found = detectTemporalExpressions(texts.get(id) ?? '', {
        language: meta.language,
        documentDate: meta.published,
      })
      expect(found.map((f) => f.text)).toEqual([])
    }
  })
})
