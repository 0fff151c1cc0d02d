/**
 * The project's own corpus (`data/`) under --strict: it builds, validates against its JSON Schema,
 * every event is bilingual, every quote is verbatim, and every source text is as received.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { findQuote } from '../../src/model/text'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { datasetJsonSchema } from '../../src/pipeline/json-schema'
import { formatProblems } from '../../src/pipeline/report'

const DATA = path.resolve('data')
const result = buildDataset(DATA, { buildDate: '2024-01-01', strict: true })

describe('the corpus in data/', () => {
  it('builds with --strict', () => {
    expect(formatProblems(result.problems).filter((line) => line.startsWith('error'))).toEqual([])
    expect(result.dataset?.events.length).toBeGreaterThan(0)
  })

  it('validates against its JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, formats: { uri: true } }).compile(datasetJsonSchema())
    expect(validate(result.dataset), JSON.stringify(validate.errors)).toBe(true)
  })

  it('gives every event and document both languages, and every quote verbatim at its offsets', () => {
    const texts = new Map(result.documents.map((d) => [d.id, d.text]))
    for (const event of result.dataset?.events ?? []) {
      for (const field of [event.title, event.summary])
        expect(field.ru.trim() && field.en.trim(), event.id).toBeTruthy()
      for (const source of event.sources) {
        const text = texts.get(source.document) ?? ''
        const match = findQuote(text, source.quote)
        expect(match && [match.start, match.end], `${event.id} → ${source.document}`).toEqual([
          source.start,
          source.end,
        ])
      }
    }
    for (const document of result.dataset?.documents ?? []) expect(document.title.ru && document.title.en).toBeTruthy()
  })

  it('holds no unmarked likely duplicate and no untranslated text', () => {
    const messages = result.problems.map((problem) => problem.message)
    expect(messages.filter((message) => message.startsWith('likely a duplicate'))).toEqual([])
    expect(messages.filter((message) => message.startsWith('untranslated'))).toEqual([])
    expect((result.dataset?.events ?? []).filter((event) => event.untranslated).map((event) => event.id)).toEqual([])
  })

  it('reviews every planned event whose date has passed: a later source, or its outcome with a reason', () => {
    const published = new Map((result.dataset?.documents ?? []).map((d) => [d.id, d.published]))
    const newest = [...published.values()].sort().at(-1) ?? ''
    const unreviewed = (result.dataset?.events ?? [])
      .filter((event) => event.status === 'planned' && event.end < newest && !event.outcome)
      .filter((event) => !event.sources.some((source) => (published.get(source.document) ?? '') > event.end))
      .map((event) => `${event.id} (${event.date}, as of ${event.asOf})`)
    expect(unreviewed, 'add a later source, or outcome: { status: unknown, reason: { en, ru } }').toEqual([])
  })

  it('keeps every source text byte-identical to what was received (its recorded SHA-256)', () => {
    const sources = path.join(DATA, 'sources')
    const texts = fs.readdirSync(sources).filter((name) => name.endsWith('.txt'))
    expect(texts.length).toBeGreaterThanOrEqual(2)
    for (const name of texts) {
      const meta = fs.readFileSync(path.join(sources, name.replace(/\.txt$/, '.meta.yaml')), 'utf8')
      const digest = createHash('sha256')
        .update(fs.readFileSync(path.join(sources, name)))
        .digest('hex')
      expect(meta, name).toContain(`sha256: ${digest}`)
    }
  })
})
