import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataFolder, sha256 } from '../../src/studio/server/write'
import { dataCopy } from './folder'

describe('the studio write module', () => {
  it('refuses a save when the file changed on disk since it was read, and keeps what is on disk', () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const read = folder.read('topics.yaml')
    const theirs = `${read.bytes.toString('utf8')}# edited elsewhere\n`
    fs.writeFileSync(path.join(dir, 'topics.yaml'), theirs)
    expect(() =>
      folder.save([{ path: 'topics.yaml', bytes: Buffer.from('topics: []\n'), expected: read.sha256 }]),
    ).toThrow(/changed on disk since the studio read it/)
    expect(fs.readFileSync(path.join(dir, 'topics.yaml'), 'utf8')).toBe(theirs)
  })

  it('writes atomically and undoes the last save', () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const before = folder.read('topics.yaml')
    folder.save([
      { path: 'topics.yaml', bytes: Buffer.from('topics: []\n'), expected: before.sha256 },
      { path: 'sources/new.txt', bytes: Buffer.from('text'), expected: null },
    ])
    expect(fs.readFileSync(path.join(dir, 'topics.yaml'), 'utf8')).toBe('topics: []\n')
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(folder.undo()).toEqual(['topics.yaml', 'sources/new.txt'])
    expect(sha256(fs.readFileSync(path.join(dir, 'topics.yaml')))).toBe(before.sha256)
    expect(fs.existsSync(path.join(dir, 'sources/new.txt'))).toBe(false)
    expect(() => folder.undo()).toThrow(/no save to undo/)
  })

  it('never overwrites a file that should be new', () => {
    const folder = new DataFolder(dataCopy())
    expect(() => folder.save([{ path: 'topics.yaml', bytes: Buffer.from('x'), expected: null }])).toThrow(
      /changed on disk/,
    )
  })

  it('refuses every path outside the data folder, symlinks included', () => {
    const dir = dataCopy()
    const outside = path.join(path.dirname(dir), 'outside')
    fs.mkdirSync(outside)
    fs.symlinkSync(outside, path.join(dir, 'escape'))
    const folder = new DataFolder(dir)
    for (const bad of ['../outside/x.txt', '/etc/passwd', 'sources/../../x', 'escape/x.txt', 'a\\..\\x', '', 'a\0b']) {
      expect(() => folder.save([{ path: bad, bytes: Buffer.from('x'), expected: null }]), bad).toThrow(
        /data folder|symbolic link/,
      )
    }
    expect(fs.readdirSync(outside)).toEqual([])
  })
})
