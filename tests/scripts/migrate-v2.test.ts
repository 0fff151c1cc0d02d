import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../scripts/migrate-v2'
import { buildDataset } from '../../src/pipeline/build-dataset'

describe('npm run data:migrate', () => {
  it('makes a version 1 folder (no kinds.yaml, no schemaVersion) build as version 2, and is idempotent', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-v1-'))
    fs.cpSync('tests/fixtures/pipeline/good', dir, { recursive: true })
    // Back to version 1: what a folder of the previous round looks like.
    fs.rmSync(path.join(dir, 'kinds.yaml'))
    const info = path.join(dir, 'dataset.yaml')
    fs.writeFileSync(
      info,
      `# the header\n${fs.readFileSync(info, 'utf8').replace(/^(schemaVersion|language): .*\n/gm, '')}`,
    )
    const before = buildDataset(dir, { buildDate: '2024-01-01' })
    expect(before.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('a folder without it is version 1'), 'the file is missing']),
    )
    expect(migrate(dir)).toEqual([
      'dataset.yaml: added schemaVersion: 2, language: en',
      'kinds.yaml: written with the kinds version 1 had built in',
    ])
    expect(fs.readFileSync(info, 'utf8').startsWith('# the header\nschemaVersion: 2\n')).toBe(true)
    expect(buildDataset(dir, { buildDate: '2024-01-01' }).dataset?.schemaVersion).toBe(2)
    expect(migrate(dir)).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
