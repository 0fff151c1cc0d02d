import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBuild } from '../../src/pipeline/write-build'
import { readTree } from './fixture'

let parent: string
beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-write-'))
})
afterEach(() => {
  fs.rmSync(parent, { recursive: true, force: true })
})

const FILES = new Map([
  ['dataset.json', '{"a": "Лавров"}\n'],
  ['documents/x.json', '{}\n'],
  ['documents/y.json', '[]\n'],
  ['deep/er/z.json', '0\n'],
])
const text = (tree: Map<string, Buffer>) => new Map([...tree].map(([name, bytes]) => [name, bytes.toString()]))

describe('writeBuild', () => {
  it('writes every file, in its subfolders, and swaps the folder in for the previous one', async () => {
    const out = path.join(parent, 'build')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'stale.json'), 'old')
    await writeBuild(out, FILES)
    expect(text(readTree(out))).toEqual(FILES)
    expect(fs.readdirSync(parent)).toEqual(['build'])
  })

  it('writes into a parent with no build yet', async () => {
    const out = path.join(parent, 'build')
    await writeBuild(out, FILES)
    expect(text(readTree(out))).toEqual(FILES)
  })

  it('fails with the write error, leaving the previous build and no staging folder', async () => {
    const out = path.join(parent, 'build')
    await writeBuild(out, new Map([['dataset.json', 'previous']]))
    // "documents" cannot be both a file and a folder.
    const clash = new Map([
      ['documents', 'a file'],
      ['documents/x.json', '{}'],
    ])
    await expect(writeBuild(out, clash)).rejects.toThrow(/documents/)
    expect(text(readTree(out))).toEqual(new Map([['dataset.json', 'previous']]))
    expect(fs.readdirSync(parent)).toEqual(['build'])
  })
})
