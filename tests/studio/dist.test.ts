/**
 * Nothing of the studio reaches the app's builds: both builds (the site and the single file) are made into
 * temporary folders with the project's own config, then every file is searched for the studio's code and strings.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const STUDIO_MARKS = [
  'Add document',
  'Save document',
  'Save event',
  'Quote translation',
  'x-studio-token',
  'studio.js',
  'Timeline studio',
  'src/studio',
  'form-slot',
]
// A copy of the data folder: its builds go to <copy>/build, <copy>/dist and <copy>/dist-single, away from the repo's.
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-studio-dist-'))
const data = path.join(parent, 'data')
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }))

function run(script: string, args: string[]): void {
  execFileSync(process.execPath, [path.resolve(script), ...args], {
    stdio: 'pipe',
    env: { ...process.env, TIMELINE_DATA: data },
  })
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name)
    return entry.isFile() ? [file] : []
  })
}

describe('the builds hold nothing of the studio', { timeout: 180_000 }, () => {
  it.for(['production', 'single'] as const)('%s build', (mode) => {
    if (!fs.existsSync(data)) {
      fs.cpSync('data', data, { recursive: true, filter: (from) => !/[/\\](build|dist|dist-single)$/.test(from) })
      // The app's build needs the dataset: the pipeline's own command makes it (as `npm run build` does).
      run('node_modules/tsx/dist/cli.mjs', ['src/pipeline/cli.ts', '--quiet'])
    }
    run('node_modules/vite/bin/vite.js', ['build', '--mode', mode, '--logLevel', 'error'])
    const all = files(path.join(data, mode === 'single' ? 'dist-single' : 'dist'))
    expect(all.length).toBeGreaterThan(0)
    expect(all.some((file) => file.endsWith('.html'))).toBe(true)
    const found: string[] = []
    for (const file of all) {
      expect(path.basename(file)).not.toMatch(/studio/i)
      const text = fs.readFileSync(file, 'latin1')
      for (const mark of STUDIO_MARKS) if (text.includes(mark)) found.push(`${path.basename(file)}: ${mark}`)
    }
    expect(found).toEqual([])
  })
})
