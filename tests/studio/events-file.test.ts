import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { appendEvent } from '../../src/studio/server/events-file'
import { DataFolder, sha256 } from '../../src/studio/server/write'
import { dataCopy, EVENT } from './folder'

/** `diff` of the two texts, only its changed lines (+/-), without the headers. */
function changedLines(before: string, after: string, dir: string): string[] {
  const a = path.join(dir, '..', 'before.yaml')
  fs.writeFileSync(a, before)
  const b = path.join(dir, '..', 'after.yaml')
  fs.writeFileSync(b, after)
  let out = ''
  try {
    execFileSync('diff', ['-u', a, b], { encoding: 'utf8' })
  } catch (error) {
    out = (error as { stdout: string }).stdout
  }
  return out.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line))
}

describe('saving an event with a minimal diff', () => {
  it('appends only the new lines, keeps comments, passes Prettier and the checks', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const before = folder.read('events/2017.yaml')
    await appendEvent(folder, EVENT, before.sha256)
    const after = fs.readFileSync(path.join(dir, 'events/2017.yaml'), 'utf8')

    const changed = changedLines(before.bytes.toString('utf8'), after, dir)
    expect(changed.every((line) => line.startsWith('+'))).toBe(true)
    expect(after.startsWith(before.bytes.toString('utf8'))).toBe(true)
    expect(changed[0]).toBe(`+  - id: ${EVENT.id}`)
    expect(changed.length).toBe(after.split('\n').length - before.bytes.toString('utf8').split('\n').length)
    expect(after).toContain('# typographic quotes and a line break')

    const config = (await prettier.resolveConfig(path.resolve('events.yaml'))) ?? {}
    expect(await prettier.check(after, { ...config, parser: 'yaml' })).toBe(true)
    const { problems, dataset } = buildDataset(dir, { buildDate: '2026-01-01' })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(dataset?.events.map((e) => e.id)).toContain(EVENT.id)
  })

  it('keeps a real year file (comments, folded texts) byte for byte ahead of the new event', async () => {
    const dir = dataCopy('data')
    const folder = new DataFolder(dir)
    const before = folder.read('events/2017.yaml').bytes.toString('utf8')
    const long = {
      ...EVENT,
      summary: { ru: 'Очень длинное резюме, '.repeat(12), en: 'A very long summary, '.repeat(12) },
    }
    await appendEvent(folder, long, sha256(Buffer.from(before)))
    const after = fs.readFileSync(path.join(dir, 'events/2017.yaml'), 'utf8')
    expect(after.startsWith(before)).toBe(true)
    expect(changedLines(before, after, dir).every((line) => line.startsWith('+'))).toBe(true)
    const config = (await prettier.resolveConfig(path.resolve('events.yaml'))) ?? {}
    expect(await prettier.check(after, { ...config, parser: 'yaml' })).toBe(true)
  }, 60_000) // it checks the whole real corpus

  it('starts a new year file when there is none', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const saved = await appendEvent(folder, { ...EVENT, id: '2018-x', date: '2018-03' }, null)
    expect(saved.path).toBe('events/2018.yaml')
    expect(saved.text).toMatch(/^events:\n {2}- id: 2018-x\n/)
  })

  it('refuses when the file changed on disk since it was read, and keeps it', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    const read = folder.read('events/2017.yaml')
    const theirs = `${read.bytes.toString('utf8')}  # a note from another editor\n`
    fs.writeFileSync(path.join(dir, 'events/2017.yaml'), theirs)
    await expect(appendEvent(folder, EVENT, read.sha256)).rejects.toThrow(/changed on disk/)
    expect(fs.readFileSync(path.join(dir, 'events/2017.yaml'), 'utf8')).toBe(theirs)
  })

  it('refuses an id that is not an id, before touching any file', async () => {
    const folder = new DataFolder(dataCopy())
    await expect(appendEvent(folder, { ...EVENT, id: '../../x' }, null)).rejects.toThrow(/^id: an id is lowercase/)
    await expect(appendEvent(folder, { ...EVENT, date: '../x' }, null)).rejects.toThrow(/^date:/)
    await expect(appendEvent(folder, { ...EVENT, title: { ru: '', en: '' } }, null)).rejects.toThrow(/^title: must not/)
  })
})
