import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { formatProblems } from '../../src/pipeline/report'
import { FIXTURES, fixture } from './fixture'

function errorsOf(overlay: string, strict = false): string[] {
  const dir = fixture(overlay)
  const result = buildDataset(dir, { buildDate: '2024-01-01', strict })
  expect(result.dataset).toBeUndefined()
  return formatProblems(result.problems, dir).filter((line) => line.startsWith('error: '))
}

describe('each broken fixture fails with its message (file:line: field: reason)', () => {
  const cases: [string, string][] = [
    [
      'broken-yaml',
      'error: events/broken.yaml:6: malformed YAML: Sequence item without - indicator (column 1) (and 20 more after it, likely caused by it)',
    ],
    [
      'broken-unknown-topic',
      'error: events/broken.yaml:12: events[0].topics[0]: unknown topic "fishing" (not in topics.yaml)',
    ],
    [
      'broken-unknown-person',
      'error: events/broken.yaml:13: events[0].people[0]: unknown person "vladimir-putin" (not in people.yaml)',
    ],
    [
      'broken-unknown-place',
      'error: events/broken.yaml:14: events[0].places[0]: unknown place "kyoto" (not in places.yaml)',
    ],
    [
      'broken-unknown-document',
      'error: events/broken.yaml:17: events[0].sources[0].document: unknown document "no-such-document" (no sources/no-such-document.txt)',
    ],
    ['broken-unknown-kind', 'error: events/broken.yaml:5: events[0].kind: unknown kind "party" (not in kinds.yaml)'],
    [
      'broken-unknown-related',
      'error: events/broken.yaml:15: events[0].related[0]: unknown related event "no-such-event" (not in events/)',
    ],
    [
      'broken-duplicate-id',
      'error: events/broken.yaml:2: events[0].id: duplicate event id "2019-06-summit" (first defined at ',
    ],
    [
      'broken-missing-language',
      'error: events/broken.yaml:7: events[0].title.en: missing the "en" text (every text needs both ru and en)',
    ],
    ['broken-invalid-date', 'error: events/broken.yaml:3: events[0].date: "2019-13": month 13 does not exist'],
    [
      'broken-quote',
      'error: events/broken.yaml:18: events[0].sources[0].quote: quote is not verbatim in document "press-2019-ru" (it departs after "которая состоится в ию")',
    ],
    ['broken-not-utf8', 'error: sources/latin1-en.txt:1: not valid UTF-8 (first bad byte at offset 3)'],
    ['broken-changed-text', 'error: sources/press-2019-ru.txt: content changed since it was received (sha256 '],
    ['broken-orphan-text', 'error: sources/stray.txt: has no meta file stray.meta.yaml'],
    ['broken-orphan-meta', 'error: sources/lost-2017-en.meta.yaml: has no text file lost-2017-en.txt'],
    [
      'broken-meta-id',
      'error: sources/copy-2017-en.meta.yaml:1: id: id "news-2017-en" differs from the file name "copy-2017-en"',
    ],
  ]

  it('covers every broken fixture folder', () => {
    const folders = fs.readdirSync(FIXTURES).filter((name) => name.startsWith('broken-'))
    const tested = [...cases.map(([name]) => name), 'broken-several', 'broken-uncovered']
    expect(folders.sort()).toEqual(tested.sort())
  })

  it.each(cases)('%s', (overlay, expected) => {
    const errors = errorsOf(overlay)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(expected)
  })

  it('broken-uncovered: an uncovered temporal expression is a warning, and an error with --strict', () => {
    const dir = fixture('broken-uncovered')
    const lenient = buildDataset(dir, { buildDate: '2024-01-01' })
    expect(lenient.dataset).toBeDefined()
    const warnings = formatProblems(lenient.problems, dir).filter((line) => line.includes('uncovered temporal'))
    // The exact span ("on 12 September 2019" or "12 September 2019") is the detector's business.
    expect(warnings).toEqual([
      expect.stringMatching(
        /^warning: sources\/extra-2019-en\.txt:1: uncovered temporal expression ".*12 September 2019" \(2019-09-12\)/,
      ),
    ])
    expect(errorsOf('broken-uncovered', true)).toEqual([
      expect.stringMatching(
        /^error: sources\/extra-2019-en\.txt:1: uncovered temporal expression ".*12 September 2019" \(2019-09-12\)/,
      ),
    ])
  })

  it('broken-several: lists every problem at once, across files', () => {
    const errors = errorsOf('broken-several')
    expect(errors).toEqual([
      'error: events/also-broken.yaml:4: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (column 1)',
      'error: events/broken.yaml:3: events[0].date: "2019-02-30": day 30 does not exist in 2019-02',
      'error: events/broken.yaml:31: events[1].people[0]: unknown person "nobody" (not in people.yaml)',
    ])
  })

  it('writes nothing into the data folder', () => {
    const dir = fixture('broken-quote')
    buildDataset(dir, { buildDate: '2024-01-01' })
    expect(fs.existsSync(path.join(dir, 'build'))).toBe(false)
  })
})
