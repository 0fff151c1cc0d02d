import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/pipeline/cli'
import { fixture, readTree } from './fixture'

let output: string[]
beforeEach(() => {
  output = []
  for (const method of ['log', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.join(' ')))
  }
})
afterEach(() => vi.restoreAllMocks())

const env = (dir: string) => ({ TIMELINE_DATA: dir, SOURCE_DATE_EPOCH: '1700000000' })

describe('npm run data (cli main)', () => {
  it('writes build/ into TIMELINE_DATA and prints a summary', async () => {
    const dir = fixture()
    expect(await main(['--strict'], env(dir))).toBe(0)
    expect([...readTree(path.join(dir, 'build')).keys()].sort()).toEqual([
      'dataset.json',
      'dataset.schema.json',
      'document.schema.json',
      'documents/news-2017-en.json',
      'documents/press-2019-ru.json',
      'search-index.json',
    ])
    const dataset = JSON.parse(fs.readFileSync(path.join(dir, 'build/dataset.json'), 'utf8'))
    expect(dataset.meta.buildDate).toBe('2023-11-14')
    const summary = output.join('\n')
    expect(summary).toMatch(/documents\s+2/)
    expect(summary).toMatch(/events\s+3/)
    expect(summary).toMatch(/topic political-dialogue\s+2/)
    expect(summary).toMatch(/uncovered expressions\s+\d/)
  })

  it('gives byte-identical output for the same input', async () => {
    const first = fixture()
    const second = fixture()
    expect(await main(['--quiet'], env(first))).toBe(0)
    expect(await main(['--quiet'], env(second))).toBe(0)
    const a = readTree(path.join(first, 'build'))
    const b = readTree(path.join(second, 'build'))
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true)
    expect(a.get('dataset.json')?.toString().endsWith('}\n')).toBe(true)
  })

  it('fails with exit 1, lists the problems, and leaves the previous build untouched', async () => {
    const dir = fixture()
    expect(await main(['--quiet'], env(dir))).toBe(0)
    const before = readTree(path.join(dir, 'build'))
    fs.writeFileSync(path.join(dir, 'people.yaml'), 'people:\n  - id: Bad Id\n    name: { ru: x }\n')
    output = []
    expect(await main([], env(dir))).toBe(1)
    const text = output.join('\n')
    expect(text).toContain('people.yaml:2: people[0].id: "Bad Id": an id is lowercase latin letters, digits and "-"')
    expect(text).toContain('people.yaml:3: people[0].name.en: missing the "en" text')
    expect(text).toMatch(/nothing was written/)
    expect(readTree(path.join(dir, 'build'))).toEqual(before)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.build-'))).toEqual([
      fs.readlinkSync(path.join(dir, 'build')),
    ])
  })

  it('reports a missing field, an unknown field at its own line, and a bad SOURCE_DATE_EPOCH', async () => {
    const dir = fixture()
    const meta = path.join(dir, 'sources/news-2017-en.meta.yaml')
    const text = fs.readFileSync(meta, 'utf8')
    fs.writeFileSync(
      meta,
      text.replace('language: en\n', '').replace('kind: news-article', 'kind: news-article\ntitel: x'),
    )
    expect(await main([], env(dir))).toBe(1)
    const lines = output.join('\n')
    expect(lines).toContain('sources/news-2017-en.meta.yaml:1: language: missing (expected one of: ru, en)')
    expect(lines).toContain('sources/news-2017-en.meta.yaml:9: unknown field "titel"')
    output = []
    expect(await main([], { ...env(dir), SOURCE_DATE_EPOCH: 'yesterday' })).toBe(2)
    expect(output.join('\n')).toContain('SOURCE_DATE_EPOCH must be whole seconds')
  })

  it('--timings prints each phase, the total and the peak memory to stderr, and builds the same', async () => {
    const plain = fixture()
    const timed = fixture()
    expect(await main(['--quiet'], env(plain))).toBe(0)
    const errors: string[] = []
    vi.mocked(console.error).mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')))
    expect(await main(['--quiet', '--timings'], env(timed))).toBe(0)
    for (const phase of [
      'load events',
      'resolve quotes',
      'temporal expressions',
      'likely duplicates',
      'search index',
      'write',
      'total',
    ])
      expect(
        errors.some((line) => new RegExp(`^${phase}( \\(.+\\))? +\\d+ ms +\\d+ ms CPU$`).test(line)),
        phase,
      ).toBe(true)
    expect(errors.at(-1)).toMatch(/^peak RSS +\d+ MB$/)
    const a = readTree(path.join(plain, 'build'))
    const b = readTree(path.join(timed, 'build'))
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true)
  })

  it('rejects unknown options', async () => {
    expect(await main(['--strcit'], env(fixture()))).toBe(2)
    expect(output.join('\n')).toContain('unknown option --strcit')
  })
})
