/**
 * Acceptance (data contract v2): a folder about another subject — its own topics, kinds, title, one document and
 * three events — builds with --strict and gives a page that carries its own title, description and language, in the
 * app build and in the single file, with no word of the Russia–Japan dataset. No code change: only the folder.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { datasetSchema } from '../../src/model/schema'
import { main } from '../../src/pipeline/cli'

const FIXTURE = path.resolve('tests/fixtures/other-subject')
const VITE = path.resolve('node_modules/vite/bin/vite.js')
/** A whole app build, on a shared 2-core machine: seconds, not the default 5. */
const BUILD_TIMEOUT = 120_000
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-other-subject-'))
fs.cpSync(FIXTURE, dir, { recursive: true })
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Words of the project's own subject; "Russian" (a language name in the UI) is not one of them. */
const SUBJECT_WORDS = /\bRussia\b|Japan|Росси[яи]|Япони|Kuril|Курил|\bLavrov|\bAbe\b|Putin/

function viteBuild(mode?: string): void {
  const args = [VITE, 'build', '--logLevel', 'error', ...(mode ? ['--mode', mode] : [])]
  execFileSync(process.execPath, args, { env: { ...process.env, TIMELINE_DATA: dir }, stdio: 'pipe' })
}

describe('a data folder about another subject', () => {
  it('builds with --strict, with its own vocabularies', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const code = await main(['--strict'], { TIMELINE_DATA: dir, SOURCE_DATE_EPOCH: '0' })
    const printed = error.mock.calls.join('\n')
    log.mockRestore()
    error.mockRestore()
    expect(printed).toBe('')
    expect(code).toBe(0)
    const dataset = datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'build/dataset.json'), 'utf8')))
    expect(dataset.topics.map((t) => t.id)).toEqual(['crewed-flight', 'surface'])
    expect(dataset.kinds.map((k) => [k.id, k.label.en])).toEqual([
      ['launch', 'Launch'],
      ['landing', 'Landing'],
    ])
    expect(dataset.events).toHaveLength(3)
    expect(dataset.meta.title.en).toBe('Crewed flights to the Moon, 1969–1972')
  })

  it(
    'gives the app page its own title, description and language, and no word of Russia–Japan',
    () => {
      viteBuild()
      const html = fs.readFileSync(path.join(dir, 'dist/index.html'), 'utf8')
      expect(html).toContain('<html lang="en"')
      expect(html).toContain('<title>Crewed flights to the Moon, 1969–1972 · Полёты к Луне, 1969–1972</title>')
      expect(html).toContain('content="A timeline of the crewed lunar flights, from one set of notes."')
      expect(html).not.toMatch(SUBJECT_WORDS)
      for (const asset of fs.readdirSync(path.join(dir, 'dist/assets'))) {
        expect(fs.readFileSync(path.join(dir, 'dist/assets', asset), 'utf8'), asset).not.toMatch(SUBJECT_WORDS)
      }
    },
    BUILD_TIMEOUT,
  )

  it(
    'gives the single file the same',
    () => {
      viteBuild('single')
      const html = fs.readFileSync(path.join(dir, 'dist-single/timeline.html'), 'utf8')
      expect(html).toContain('<title>Crewed flights to the Moon, 1969–1972 · Полёты к Луне, 1969–1972</title>')
      expect(html).not.toMatch(SUBJECT_WORDS)
    },
    BUILD_TIMEOUT,
  )
})
