import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBuild } from '../../src/pipeline/write-build'
import { readTree } from './fixture'

let parent: string
let out: string
beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-write-'))
  out = path.join(parent, 'build')
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
const target = () => fs.readlinkSync(out)

describe('writeBuild', () => {
  it('writes every file, in its subfolders, into a folder that build links to', async () => {
    await writeBuild(out, FILES)
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true)
    expect(target()).toMatch(/^\.build-\d{8}T\d+Z-[0-9a-f]{8}$/) // relative: the data folder may move
    expect(text(readTree(out))).toEqual(FILES)
    expect(fs.readdirSync(parent).sort()).toEqual([target(), 'build'].sort())
  })

  it('keeps the folder it replaced for one swap (a reader may still be in it), then removes it', async () => {
    await writeBuild(out, new Map([['dataset.json', 'first']]))
    const first = target()
    await writeBuild(out, FILES)
    const second = target()
    expect(fs.readdirSync(parent).sort()).toEqual([first, second, 'build'].sort())
    await writeBuild(out, FILES)
    expect(fs.readdirSync(parent).sort()).toEqual([second, target(), 'build'].sort())
  })

  it('replaces a build folder of the earlier layout with the link', async () => {
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'stale.json'), 'old')
    await writeBuild(out, FILES)
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true)
    expect(text(readTree(out))).toEqual(FILES)
  })

  it('removes what killed runs left (half-written folders, links, the old layout’s temporaries)', async () => {
    for (const name of ['.build-new-abc', '.build-old-def', '.build-20260101T000000000Z-deadbeef'])
      fs.mkdirSync(path.join(parent, name))
    fs.writeFileSync(path.join(parent, '.build-new-abc', 'dataset.json'), 'half')
    fs.symlinkSync('nowhere', path.join(parent, '.build-link-0123abcd'))
    await writeBuild(out, FILES)
    expect(fs.readdirSync(parent).sort()).toEqual([target(), 'build'].sort())
  })

  it('fails with the write error, leaving the previous build and nothing else', async () => {
    await writeBuild(out, new Map([['dataset.json', 'previous']]))
    const before = fs.readdirSync(parent).sort()
    // "documents" cannot be both a file and a folder.
    const clash = new Map([
      ['documents', 'a file'],
      ['documents/x.json', '{}'],
    ])
    await expect(writeBuild(out, clash)).rejects.toThrow(/documents/)
    expect(text(readTree(out))).toEqual(new Map([['dataset.json', 'previous']]))
    expect(fs.readdirSync(parent).sort()).toEqual(before)
  })
})
