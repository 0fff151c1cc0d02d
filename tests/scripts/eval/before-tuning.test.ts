import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { documentMetaSchema } from '../../../src/model/schema'
import { APPEND_ONLY_RULE, BEFORE_TUNING_FILE, readFrozen, type FrozenFile } from '../../../scripts/eval/before-tuning'
import { goldText, loadGold } from '../../../scripts/eval/gold'
import { createHash } from 'node:crypto'

const unseen = loadGold(process.cwd(), 'unseen')
const frozen = readFrozen()

describe('the frozen before-tuning figures', () => {
  it('state their append-only rule', () => {
    expect(frozen.rule).toBe(APPEND_ONLY_RULE)
  })
  it('hold one entry per unseen document, and no other', () => {
    const ids = frozen.entries.map((e) => e.document)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(Object.keys(unseen).sort())
  })
  it('counted every gold expression of their document', () => {
    for (const e of frozen.entries) expect(e.counts.gold, e.document).toBe(unseen[e.document]?.expressions.length)
  })
  it('only grow: the committed entries are an unchanged prefix of the current ones', () => {
    let committed: FrozenFile
    try {
      committed = JSON.parse(execFileSync('git', ['show', `HEAD:${BEFORE_TUNING_FILE}`], { encoding: 'utf8' }))
    } catch {
      return // Not a git checkout (an exported tree): nothing to compare with.
    }
    expect(frozen.entries.slice(0, committed.entries.length)).toEqual(committed.entries)
  })
})

describe('the unseen fixtures', () => {
  it.each(Object.keys(unseen))('%s has valid metadata whose sha256 is its text', (id) => {
    const meta = documentMetaSchema.parse(parseYaml(fs.readFileSync(`tests/fixtures/dates/${id}.meta.yaml`, 'utf8')))
    const text = goldText(id)
    expect(meta.id).toBe(id)
    expect(meta.published).toBe(unseen[id]?.documentDate)
    expect(meta.language).toBe(unseen[id]?.language)
    expect(meta.url).toMatch(/^https?:\/\//)
    expect(meta.licence).toBeTruthy()
    expect(createHash('sha256').update(text).digest('hex')).toBe(meta.sha256)
  })
})
