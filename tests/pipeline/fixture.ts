/**
 * Fixture folders: `tests/fixtures/pipeline/good/` is a complete data folder; each `broken-*` folder
 * holds only the files it adds to or replaces in `good/` (one error each). Tests work on a copy.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

export const FIXTURES = path.resolve('tests/fixtures/pipeline')
const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A fresh copy of the good fixture with `overlay` (a broken-* folder) copied over it. */
export function fixture(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-fixture-'))
  made.push(dir)
  fs.cpSync(path.join(FIXTURES, 'good'), dir, { recursive: true })
  if (overlay) fs.cpSync(path.join(FIXTURES, overlay), dir, { recursive: true })
  return dir
}

/** Every file under `dir`, relative path → bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name)
      if (entry.isDirectory()) walk(relative)
      else files.set(relative.split(path.sep).join('/'), fs.readFileSync(path.join(dir, relative)))
    }
  }
  walk('')
  return files
}
