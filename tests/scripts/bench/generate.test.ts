import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import { writeCorpus } from '../../../scripts/bench/generate'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('writeCorpus', () => {
  it('writes a corpus the pipeline accepts unchanged, even in strict mode', () => {
    const dir = path.join(tmp, 'corpus')
    writeCorpus(dir, 120, 3)
    const result = buildDataset(dir, { buildDate: '2025-01-01', strict: true })
    expect(result.problems).toEqual([])
    expect(result.dataset?.events).toHaveLength(120)
    expect(result.dataset?.documents).toHaveLength(12)
  })

  it('replaces a previous generated corpus but refuses to overwrite a real one', () => {
    const dir = path.join(tmp, 'again')
    writeCorpus(dir, 30, 1)
    writeCorpus(dir, 10, 1)
    expect(fs.readdirSync(path.join(dir, 'sources'))).toHaveLength(2)
    const real = path.join(tmp, 'real')
    fs.mkdirSync(real)
    fs.writeFileSync(path.join(real, 'dataset.yaml'), 'title: { ru: Настоящий, en: Real }\n')
    expect(() => writeCorpus(real, 10, 1)).toThrow(/refusing to overwrite/)
  })
})
