/**
 * The hostile corpus (tests/fixtures/hostile/): the pipeline accepts markup, scripts, `javascript:`
 * text, RTL overrides, emoji, invisible characters and texts as long as their field allows as plain text, drops
 * tags from document texts, and rejects each broken overlay (control characters, over-long or invisible texts
 * among them) with one clear message.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { datasetSchema } from '../../src/model/schema'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { formatProblems } from '../../src/pipeline/report'
import {
  BROKEN,
  HOSTILE_DIR,
  LONG_CYRILLIC_WORD,
  allFiles,
  fit,
  longWord,
  markup,
  unicode,
} from '../fixtures/hostile/generate'

const DATA_PARTS = ['dataset.yaml', 'topics.yaml', 'kinds.yaml', 'people.yaml', 'places.yaml', 'sources', 'events']
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the accepted corpus (its data files only), with a broken overlay laid over it. */
function hostileCopy(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-hostile-'))
  made.push(dir)
  for (const part of DATA_PARTS) fs.cpSync(path.join(HOSTILE_DIR, part), path.join(dir, part), { recursive: true })
  if (overlay) fs.cpSync(path.join(HOSTILE_DIR, 'broken', overlay), dir, { recursive: true })
  return dir
}

function build(dir: string) {
  return buildDataset(dir, { buildDate: '2024-01-01' })
}

describe('the hostile corpus', () => {
  it('is what generate.ts writes (run `npx tsx tests/fixtures/hostile/generate.ts` after changing it)', () => {
    for (const [name, content] of allFiles()) {
      const committed = fs.readFileSync(path.join(HOSTILE_DIR, name))
      expect(committed.equals(Buffer.from(content)), name).toBe(true)
    }
  })

  it('builds, keeping every hostile text verbatim as text', () => {
    const result = build(hostileCopy())
    expect(formatProblems(result.problems).filter((line) => line.startsWith('error'))).toEqual([])
    const dataset = datasetSchema.parse(result.dataset)
    const event = (id: string) => dataset.events.find((e) => e.id === id)
    expect(event('hostile-markup')?.title).toEqual({
      ru: fit(markup('event.title.ru'), 'title'),
      en: fit(markup('event.title.en'), 'title'),
    })
    expect(event('hostile-unicode')?.summary.en).toBe(unicode('event.summary.en'))
    expect(event('hostile-long')?.title.ru).toBe(longWord('title'))
    expect(event('hostile-long')?.title.ru).toHaveLength(300)
    expect(event('hostile-cyrillic')?.summary.ru).toBe(LONG_CYRILLIC_WORD.slice(0, 5000))
    expect(dataset.people.find((p) => p.id === 'hostile-person')?.aliases).toEqual([
      fit(markup('person.aliases'), 'name'),
      unicode('person.aliases'),
    ])
    // Empty optional fields come out as their defaults or stay absent.
    expect(event('hostile-empty')).toMatchObject({ approx: false, people: [], places: [], related: [] })
    const plain = dataset.documents.find((d) => d.id === 'hostile-ru')
    expect(plain && ['place', 'url', 'licence', 'receivedAs'].filter((key) => key in plain)).toEqual([])
  })

  it('drops every tag and comment from document texts, even tags that nest to form new ones', () => {
    const { documents, dataset } = build(hostileCopy())
    const english = documents.find((d) => d.id === 'hostile-en')?.text ?? ''
    expect(english).not.toMatch(/<\/?[a-z][^<>]*>/i)
    expect(english).not.toContain('<!--')
    expect(english).toContain("Nested: window.__pwned='nested'")
    expect(english).toContain('&lt;script&gt;') // entities stay literal: rendered as text, they never decode
    expect(english.startsWith('\uFEFF')).toBe(false)
    expect(english).not.toContain('\r')
    // Offsets point at the quotes in the display text.
    for (const event of dataset?.events ?? []) {
      for (const source of event.sources) {
        const text = documents.find((d) => d.id === source.document)?.text ?? ''
        expect(text.slice(source.start, source.end)).toBe(source.quote)
      }
    }
  })
})

describe('each hostile overlay is rejected with one clear message', () => {
  const cases: Record<keyof typeof BROKEN, string> = {
    'javascript-url':
      'error: sources/hostile-ru.meta.yaml:12: url: "javascript:window.__pwned=\'url\';alert(1)": a URL must start with http:// or https://',
    'data-url':
      'error: sources/hostile-ru.meta.yaml:12: url: "data:text/html,<script>alert(1)</script>": a URL must start with http:// or https://',
    'not-utf8': 'error: sources/latin1-en.txt:1: not valid UTF-8 (first bad byte at offset 3)',
    'surrogate-bytes': 'error: sources/cesu-en.txt:1: not valid UTF-8 (first bad byte at offset 15)',
    'lone-surrogate':
      'error: events/zz-broken.yaml:8: events[0].title.en: "T \\ud83d alone": broken Unicode: a lone surrogate (half of a UTF-16 pair)',
    'empty-text': 'error: events/zz-broken.yaml:10: events[0].summary: must not be empty (in both languages)',
    'invisible-title':
      'error: events/zz-broken.yaml:8: events[0].title.en: "\\u200b\\u200d": only invisible characters (blank or zero-width)',
    'control-character':
      'error: events/zz-broken.yaml:8: events[0].title.en: "bell\\u0007nul\\u0000": a control character (such as NUL or BEL) is not text',
    'too-long': 'error: events/zz-broken.yaml:8: events[0].title.en: "Lorem ipsum',
    'long-id': 'error: events/zz-broken.yaml:2: events[0].id: ',
    'self-related': 'error: events/zz-broken.yaml:19: events[0].related[0]: an event cannot be related to itself',
    'markup-id':
      'error: events/zz-broken.yaml:2: events[0].id: "<script>alert(1)</script>": an id is lowercase latin letters, digits and "-"',
    'markup-date':
      'error: events/zz-broken.yaml:3: events[0].date: "<img src=x onerror=alert(1)>" is not a date (expected',
    'handler-field': 'error: events/zz-broken.yaml:18: events[0]: unknown field "onclick"',
    'proto-key': 'error: events/zz-broken.yaml:4: events[0]: unknown field "__proto__"',
    'tag-in-quote':
      'error: events/zz-broken.yaml:16: events[0].sources[0].quote: quote is not verbatim in document "hostile-ru" (no part of it is)',
    'css-colour':
      'error: topics.yaml:22: topics[2].color: "red;background:url(https://evil.example/x)": a colour is #rrggbb in lowercase',
    'yaml-function-tag':
      'error: events/zz-broken.yaml:11: malformed YAML: Unresolved tag: tag:yaml.org,2002:js/function (column 11)',
    'yaml-alias-bomb':
      'error: events/zz-broken.yaml: malformed YAML: Excessive alias count indicates a resource exhaustion attack',
  }

  it.each(Object.entries(cases))('%s', (overlay, expected) => {
    const dir = hostileCopy(overlay)
    const result = build(dir)
    expect(result.dataset).toBeUndefined()
    const errors = formatProblems(result.problems, dir).filter((line) => line.startsWith('error'))
    expect(
      errors.some((line) => line.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true)
  })

  it('covers every overlay in the corpus', () => {
    expect(Object.keys(cases).sort()).toEqual(fs.readdirSync(path.join(HOSTILE_DIR, 'broken')).sort())
  })
})
