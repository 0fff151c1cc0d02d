/**
 * Acceptance (data contract v2): `--strict` is the definition of done. Every warning fails it, each listed with file,
 * line, field and reason: untranslated texts (every placeholder kind, an empty side, the same text in both
 * languages), a quote found twice, a stale ignore entry, a likely duplicate not told apart. One slip in a file is one
 * error, and schema and quote errors come in the same run. The real data, migrated, passes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { formatProblems } from '../../src/pipeline/report'
import { fixture } from './fixture'

/** The good fixture's detector-free build: uncovered expressions are not what these tests are about. */
function run(dir: string, strict: boolean) {
  const result = buildDataset(dir, { buildDate: '2024-01-01', strict })
  return { ...result, lines: formatProblems(result.problems, dir) }
}

/** One source citing the good fixture's Russian release, as the YAML of an event's `sources:`. */
const quoting = (quote: string, translation: string, more = '') =>
  `\n      - document: press-2019-ru\n        quote: ${quote}\n        translation: ${translation}${more}`

/** An event citing the good fixture's Russian release, with `fields` (YAML lines) replacing the defaults. */
function event(id: string, fields: Record<string, string> = {}): string {
  const lines = {
    date: "'2019-05-31'",
    status: 'held',
    kind: 'meeting',
    title: '{ ru: Встреча министров, en: The ministers meet }',
    summary: '{ ru: Министры встретились., en: The ministers met. }',
    topics: '[political-dialogue]',
    sources: quoting('31 мая состоялась встреча', 'On 31 May, a meeting was held'),
    ...fields,
  }
  return [`  - id: ${id}`, ...Object.entries(lines).map(([key, value]) => `    ${key}: ${value}`)].join('\n')
}

/** A copy of the good fixture with one event `added` in events/zz-added.yaml, `fields` replacing its defaults. */
function withAdded(fields: Record<string, string> = {}): string {
  const dir = fixture()
  fs.writeFileSync(path.join(dir, 'events/zz-added.yaml'), `events:\n${event('added', fields)}\n`)
  return dir
}

describe('--strict refuses every untranslated text, and a normal build marks it', () => {
  const placeholders = ['TODO translate', 'TODO', 'TBD', 'FIXME: later', '???', '…', '...']
  it.each(placeholders)('a placeholder: %s', (placeholder) => {
    const dir = withAdded({ title: `{ ru: '${placeholder}', en: The ministers meet }` })
    const strict = run(dir, true)
    expect(strict.dataset).toBeUndefined()
    expect(strict.lines).toEqual(['error: events/zz-added.yaml:6: events[0].title.ru: untranslated (placeholder)'])
    const normal = run(dir, false)
    expect(normal.lines).toEqual(['warning: events/zz-added.yaml:6: events[0].title.ru: untranslated (placeholder)'])
    expect(normal.dataset?.events.find((e) => e.id === 'added')?.untranslated).toEqual(['title.ru'])
  })

  it('an empty side, and a quote translation left empty', () => {
    const dir = withAdded({
      summary: "{ ru: '', en: The ministers met. }",
      sources: quoting('31 мая состоялась встреча', "''"),
    })
    expect(run(dir, true).lines).toEqual([
      'error: events/zz-added.yaml:7: events[0].summary.ru: untranslated (empty)',
      'error: events/zz-added.yaml:12: events[0].sources[0].translation: untranslated (empty)',
    ])
    const built = run(dir, false).dataset?.events.find((e) => e.id === 'added')
    expect(built?.untranslated).toEqual(['summary.ru', 'sources.0.translation'])
    expect(built?.summary.ru).toBe('')
  })

  it('the same text in both languages, reported once at the field', () => {
    const dir = withAdded({ title: '{ ru: Kono–Lavrov, en: Kono–Lavrov }' })
    expect(run(dir, true).lines).toEqual([
      'error: events/zz-added.yaml:6: events[0].title: untranslated (same as the other language)',
    ])
  })

  it('passes a real translation, and names spelled alike (people, places) are not untranslated', () => {
    const dir = fixture()
    const people = path.join(dir, 'people.yaml')
    fs.appendFileSync(people, '  - id: g20\n    name: { ru: G20, en: G20 }\n')
    expect(run(dir, true).lines).toEqual([])
  })
})

describe('--strict refuses every warning', () => {
  it('a quote found twice', () => {
    const dir = withAdded({ sources: quoting('Японии', 'of Japan') })
    const lines = run(dir, true).lines
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error: events\/zz-added\.yaml:11: events\[0\]\.sources\[0\]\.quote: quote occurs \d times/,
    )
  })

  it('a stale ignore entry', () => {
    const dir = fixture()
    fs.appendFileSync(
      path.join(dir, 'sources/news-2017-en.meta.yaml'),
      'ignore:\n  - text: 1 April\n    reason: no such\n',
    )
    expect(run(dir, true).lines).toEqual([
      'error: sources/news-2017-en.meta.yaml:12: ignore[0].text: ignored expression "1 April" is not an uncovered expression of the text',
    ])
  })

  it('a quote whose dates do not include its event’s date, unless a dateNote says why', () => {
    const dir = withAdded({ date: "'2019-05-30'" })
    expect(run(dir, true).lines).toEqual([
      "error: events/zz-added.yaml:11: events[0].sources[0].quote: the quote's dates (2019-05-31) do not include the event's date 2019-05-30: correct the date, or add dateNote: { reason: ... } to this source",
    ])
    const noted = withAdded({
      date: "'2019-05-30'",
      sources: quoting(
        '31 мая состоялась встреча',
        'On 31 May, a meeting was held',
        '\n        dateNote: { reason: the eve of the meeting is reasoned from another document }',
      ),
    })
    expect(run(noted, true).lines).toEqual([])
  })
})

describe('likely duplicates', () => {
  const people = '[taro-kono, sergey-lavrov]'
  it('refuses an unmarked pair: same kind, within a month, two shared people', () => {
    const dir = withAdded({ people, date: "'2019-05-31'" })
    const lines = run(dir, true).lines
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error: events\/zz-added\.yaml:2: events\[0\]\.id: likely a duplicate of "2019-05-31-kono-lavrov-tokyo" \(.*events\/2019\.yaml:2\): same kind, dates within a month, shared people taro-kono, sergey-lavrov; if they are different events, add distinctFrom/,
    )
  })

  it('refuses a shared person and place', () => {
    const dir = withAdded({ people: '[taro-kono]', places: '[tokyo]' })
    expect(run(dir, true).lines[0]).toContain('shared person taro-kono and place tokyo')
  })

  it('passes when distinctFrom gives a reason, or when the two are related', () => {
    const distinct = withAdded({
      people,
      distinctFrom:
        '\n      - event: 2019-05-31-kono-lavrov-tokyo\n        reason: a second, separate meeting that evening',
    })
    expect(run(distinct, true).lines).toEqual([])
    const related = withAdded({ people, related: '[2019-05-31-kono-lavrov-tokyo]' })
    expect(run(related, true).lines).toEqual([])
  })

  it('refuses a distinctFrom naming an unknown event, or without a reason', () => {
    const unknown = withAdded({ distinctFrom: '[{ event: no-such-event, reason: x }]' })
    expect(run(unknown, true).lines).toEqual([
      expect.stringMatching(
        /^error: events\/zz-added\.yaml:\d+: events\[0\]\.distinctFrom\[0\]\.event: unknown event "no-such-event"/,
      ),
    ])
    const bare = withAdded({ distinctFrom: '[{ event: 2019-05-31-kono-lavrov-tokyo }]' })
    expect(run(bare, true).lines).toEqual([
      expect.stringMatching(/^error: events\/zz-added\.yaml:\d+: events\[0\]\.distinctFrom\[0\]\.reason: missing/),
    ])
  })
})

describe('errors that do not cascade', () => {
  const realCopy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-real-'))
    for (const name of fs.readdirSync('data')) {
      if (name !== 'build') fs.cpSync(path.join('data', name), path.join(dir, name), { recursive: true })
    }
    return dir
  }

  it('one indentation slip in the real data gives one error, for that file, with its line', () => {
    const dir = realCopy()
    const file = path.join(dir, 'events/2018.yaml')
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.startsWith('    status: '))
    lines[at] = lines[at]!.slice(1) // one space too few
    fs.writeFileSync(file, lines.join('\n'))
    const result = run(dir, true)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(result.lines).toHaveLength(1)
    expect(result.lines[0]).toMatch(new RegExp(`^error: events/2018\\.yaml:${at + 1}: malformed YAML: `))
  })

  it('a schema error and a quote error in one run', () => {
    const dir = withAdded({
      date: "'2019-13'",
      sources: quoting('not in the text', 'не в тексте'),
    })
    const lines = run(dir, false).lines
    expect(lines.some((line) => line.startsWith('error: events/zz-added.yaml:3: events[0].date:'))).toBe(true)
    expect(lines).toContain(
      'error: events/zz-added.yaml:11: events[0].sources[0].quote: quote is not verbatim in document "press-2019-ru" (no part of it is)',
    )
  })
})

describe('the real data', () => {
  it('migrated to version 2, passes --strict', () => {
    const result = buildDataset('data', { buildDate: '2024-01-01', strict: true })
    expect(formatProblems(result.problems)).toEqual([])
    expect(result.dataset?.schemaVersion).toBe(2)
    expect(result.dataset?.kinds.length).toBeGreaterThan(5)
    expect(result.dataset?.periods.length).toBeGreaterThanOrEqual(3)
  })
})
