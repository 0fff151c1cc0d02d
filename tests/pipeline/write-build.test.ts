import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBuild, writerThreads } from '../../src/pipeline/write-build'
import { readTree } from './fixture'

let parent: string
beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-write-'))
  writerThreads.minBytes = 0 // always through the worker thread
})
afterEach(() => {
  writerThreads.minBytes = 1024 * 1024
  fs.rmSync(parent, { recursive: true, force: true })
})

const FILES = new Map([
  ['dataset.json', '{"a": "Лавров"}\n'],
  ['documents/x.json', '{}\n'],
  ['documents/y.json', '[]\n'],
])
const text = (tree: Map<string, Buffer>) => new Map([...tree].map(([name, bytes]) => [name, bytes.toString()]))

describe('writeBuild', () => {
  it('writes the files on a worker while more() runs, then its files, and swaps the folder in', () => {
    const out = path.join(parent, 'build')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'stale.json'), 'old')
    let seen = ''
    writeBuild(out, FILES, () => {
      seen = 'ran'
      return new Map([['search-index.json', '{"index": 1}\n']])
    })
    expect(seen).toBe('ran')
    expect(text(readTree(out))).toEqual(new Map([...FILES, ['search-index.json', '{"index": 1}\n']]))
    expect(fs.readdirSync(parent)).toEqual(['build'])
  })

  it('writes the same bytes as on one thread', () => {
    const one = path.join(parent, 'one')
    const two = path.join(parent, 'two')
    writeBuild(one, FILES)
    writeBuild(two, FILES, () => new Map())
    expect(readTree(two)).toEqual(readTree(one))
  })

  it('leaves the previous build and no staging folder when more() throws', () => {
    const out = path.join(parent, 'build')
    writeBuild(out, new Map([['dataset.json', 'previous']]))
    expect(() =>
      writeBuild(out, FILES, () => {
        throw new Error('index failed')
      }),
    ).toThrow('index failed')
    expect(text(readTree(out))).toEqual(new Map([['dataset.json', 'previous']]))
    expect(fs.readdirSync(parent)).toEqual(['build'])
  })

  it("fails with the worker's write error, leaving the previous build", () => {
    const out = path.join(parent, 'build')
    writeBuild(out, new Map([['dataset.json', 'previous']]))
    // "documents" cannot be both a file and a folder.
    const clash = new Map([
      ['documents', 'a file'],
      ['documents/x.json', '{}'],
    ])
    expect(() => writeBuild(out, clash, () => new Map())).toThrow(/documents/)
    expect(text(readTree(out))).toEqual(new Map([['dataset.json', 'previous']]))
    expect(fs.readdirSync(parent)).toEqual(['build'])
  })
})
