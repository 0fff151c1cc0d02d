/** A document's size: over 10 MB it is refused (naming file, size and limit); over 1 MB its dating is announced. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { DOCUMENT_LIMIT_BYTES } from '../../src/pipeline/input-file'
import { parseArgs } from '../../src/pipeline/suggest/cli'
import { resolveInput } from '../../src/pipeline/suggest/input'
import { fixture } from './fixture'

/** Adds `sources/big-en.txt` with `text`, or a sparse file of `bytes` zero bytes (never read when too large). */
function addDocument(dir: string, content: { text: string } | { bytes: number }): string {
  const file = path.join(dir, 'sources', 'big-en.txt')
  if ('text' in content) fs.writeFileSync(file, content.text)
  else fs.truncateSync((fs.writeFileSync(file, ''), file), content.bytes)
  const sha256 = 'text' in content ? createHash('sha256').update(content.text).digest('hex') : 'a'.repeat(64)
  const meta = `id: big-en\ntitle: { ru: Большой, en: Big }\npublished: '2019-01-22'\nlanguage: en\npublisher: { ru: П, en: P }\nkind: news-article\nsha256: ${sha256}\n`
  fs.writeFileSync(path.join(dir, 'sources', 'big-en.meta.yaml'), meta)
  return file
}

describe('the size of a document', () => {
  it('over 10 MB, is an error naming the file, its size and the limit', () => {
    const dir = fixture()
    const file = addDocument(dir, { bytes: DOCUMENT_LIMIT_BYTES + 1 })
    const { dataset, problems } = buildDataset(dir, { buildDate: '2024-01-01', detect: () => [] })
    expect(dataset).toBeUndefined()
    expect(problems).toContainEqual(
      expect.objectContaining({
        file,
        severity: 'error',
        message: '10.0 MB (10485761 bytes), over the 10.0 MB limit for one file: split it',
      }),
    )
  })

  it('at exactly 10 MB, is read (and checked like any other)', () => {
    const dir = fixture()
    const file = addDocument(dir, { bytes: DOCUMENT_LIMIT_BYTES })
    const { problems } = buildDataset(dir, { buildDate: '2024-01-01', detect: () => [] })
    const mine = problems.filter((p) => p.file === file).map((p) => p.message)
    expect(mine).toEqual([expect.stringMatching(/^content changed since it was received/)])
  })

  it('over 10 MB, is refused by data:suggest too', () => {
    const dir = fixture()
    const file = addDocument(dir, { bytes: DOCUMENT_LIMIT_BYTES + 1 })
    expect(resolveInput(parseArgs([file]) as never)).toBe(
      `${file}: 10.0 MB (10485761 bytes), over the 10.0 MB limit for one file: split it`,
    )
  })

  it('over 1 MB, says when its dates are being read and how long it took', () => {
    const dir = fixture()
    const file = addDocument(dir, { text: 'Plain words without a date.\n\n'.repeat(40_000) })
    const lines: string[] = []
    const { dataset } = buildDataset(dir, { buildDate: '2024-01-01', detect: () => [], progress: (l) => lines.push(l) })
    expect(dataset?.documents.map((d) => d.id)).toContain('big-en')
    expect(lines).toEqual([
      `${file}: 1.1 MB, reading its dates…`,
      expect.stringMatching(/^.*big-en\.txt: dates read in \d+\.\d s$/),
    ])
  })

  it('under 1 MB, says nothing', () => {
    const lines: string[] = []
    buildDataset(fixture(), { buildDate: '2024-01-01', detect: () => [], progress: (l) => lines.push(l) })
    expect(lines).toEqual([])
  })
})
