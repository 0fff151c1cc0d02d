/** A temporary copy of the pipeline's good fixture folder for the studio's tests, removed after each test. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function dataCopy(from = 'tests/fixtures/pipeline/good'): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-studio-'))
  made.push(parent)
  const dir = path.join(parent, 'data')
  fs.cpSync(path.resolve(from), dir, { recursive: true })
  return dir
}
