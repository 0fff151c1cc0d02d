/**
 * Every bad input is a reported problem with its path and reason, never a stack trace or a hang: dangling
 * symlinks, folders and FIFOs where a file is expected, in the pipeline and in the suggest tool, and the
 * suggest tool's malformed neighbours.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { main, parseArgs } from '../../src/pipeline/suggest/cli'
import { loadVocab, resolveInput } from '../../src/pipeline/suggest/input'
import { fixture } from './fixture'

afterEach(() => vi.restoreAllMocks())

const FOLDER = 'a folder, where a file is expected'
const FIFO = 'a named pipe (FIFO), where a file is expected'
/** Problems are printed relative to the working folder, as the pipeline prints them. */
const rel = (file: string) => path.relative(process.cwd(), file)
const mkfifo = (file: string) => execFileSync('mkfifo', [file])
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcde'.split('').map((k, i) => `${k}: &${k} [${`*${'abcd'[i]}, `.repeat(9)}]`),
].join('\n')

/** The pipeline's problems on `file`, as [severity, message]; it must return, not throw. */
function problemsAt(dir: string, file: string): [string, string][] {
  const { problems } = buildDataset(dir, { buildDate: '2024-01-01', detect: () => [] })
  return problems.filter((p) => p.file === path.join(dir, file)).map((p) => [p.severity, p.message])
}

const link = (f: string) => fs.symlinkSync('nowhere.yaml', f)
const folder = (f: string) => fs.mkdirSync(f)
const replace = (make: (f: string) => void) => (f: string) => (fs.rmSync(f, { recursive: true }), make(f))
const DANGLING = 'a symbolic link to nowhere.yaml, which does not exist'

describe('the pipeline reports a special file where a file is expected', () => {
  it.each([
    ['a dangling symlink', 'events/zz.yaml', link, DANGLING],
    ['a dangling symlink', 'stories/zz.yaml', link, DANGLING],
    ['a folder', 'events/zz.yaml', folder, FOLDER],
    ['a folder', 'stories/zz.yaml', folder, FOLDER],
    ['a folder', 'people.yaml', replace(folder), FOLDER],
    ['a folder', 'sources/news-2017-en.txt', replace(folder), FOLDER],
    ['a folder', 'sources/news-2017-en.meta.yaml', replace(folder), FOLDER],
    ['a FIFO', 'events/zz.yaml', mkfifo, FIFO],
    ['a FIFO', 'people.yaml', replace(mkfifo), FIFO],
    ['a FIFO', 'sources/news-2017-en.txt', replace(mkfifo), FIFO],
    ['a file', 'events', replace((f) => fs.writeFileSync(f, '')), 'not a folder'],
  ])('%s at %s', (_kind, name, make, message) => {
    const dir = fixture()
    fs.mkdirSync(path.join(dir, 'stories'), { recursive: true })
    make(path.join(dir, name))
    expect(problemsAt(dir, name)).toEqual([['error', message]])
  })
})

describe('data:suggest reports bad input and refuses an impossible date', () => {
  it('a folder or a FIFO given as the document', () => {
    const dir = fixture()
    const fifo = path.join(dir, 'pipe.txt')
    mkfifo(fifo)
    expect(resolveInput({ file: dir })).toBe(`${dir}: ${FOLDER}`)
    expect(resolveInput({ file: fifo, date: '2019-01-01', lang: 'en' })).toBe(`${fifo}: ${FIFO}`)
  })

  it('a malformed or alias-bomb .meta.yaml beside the document, with its file and line', () => {
    const dir = fixture()
    const text = path.join(dir, 'sources/news-2017-en.txt')
    const meta = path.join(dir, 'sources/news-2017-en.meta.yaml')
    fs.writeFileSync(meta, 'id: [unclosed\n')
    expect(resolveInput({ file: text })).toMatch(new RegExp(`^error: ${rel(meta)}:\\d+: malformed YAML: `))
    fs.writeFileSync(meta, ALIAS_BOMB)
    expect(resolveInput({ file: text })).toMatch(new RegExp(`^error: ${rel(meta)}: malformed YAML: .*alias`, 'i'))
    fs.rmSync(meta)
    fs.mkdirSync(meta)
    expect(resolveInput({ file: text })).toBe(`${meta}: ${FOLDER}`)
  })

  it('a malformed, alias-bomb or folder people.yaml in the data folder', () => {
    const dir = fixture()
    const people = path.join(dir, 'people.yaml')
    fs.writeFileSync(people, 'people: [unclosed\n')
    expect(loadVocab(dir).problems).toEqual([
      expect.stringMatching(new RegExp(`^error: ${rel(people)}:\\d+: malformed YAML`)),
    ])
    fs.writeFileSync(people, ALIAS_BOMB)
    expect(loadVocab(dir).problems).toEqual([expect.stringMatching(/malformed YAML: .*alias/i)])
    fs.rmSync(people)
    fs.mkdirSync(people)
    expect(loadVocab(dir).problems).toEqual([`${people}: ${FOLDER}`])
  })

  it('exits 2 with the sentence, no stack trace, when run on a folder', () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    const dir = fixture()
    expect(main([dir, '--date', '2019-01-01', '--lang', 'en'])).toBe(2)
    expect(errors).toEqual([`${dir}: ${FOLDER}`])
  })

  it('refuses --date 2019-02-30', () => {
    expect(parseArgs(['x.txt', '--date', '2019-02-30'])).toBe('--date 2019-02-30: day 30 does not exist in 2019-02')
    expect(parseArgs(['x.txt', '--date', '2020-02-29'])).toMatchObject({ date: '2020-02-29' })
  })
})
