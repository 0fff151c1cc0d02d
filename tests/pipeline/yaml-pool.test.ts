/**
 * Reading YAML on a worker thread (yaml-pool.ts) gives exactly what reading it on the calling thread gives:
 * the same data, the same problems in the same order, the same lines, on every fixture folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { readYaml } from '../../src/pipeline/load-yaml'
import { startReadingYaml, yamlThreads } from '../../src/pipeline/yaml-pool'
import { BROKEN, HOSTILE_DIR } from '../fixtures/hostile/generate'
import { FIXTURES, fixture } from './fixture'

afterEach(() => {
  yamlThreads.mode = 'auto'
})

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function hostile(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-pool-'))
  made.push(dir)
  for (const part of ['dataset.yaml', 'topics.yaml', 'people.yaml', 'places.yaml', 'sources', 'events'])
    fs.cpSync(path.join(HOSTILE_DIR, part), path.join(dir, part), { recursive: true })
  if (overlay) fs.cpSync(path.join(HOSTILE_DIR, 'broken', overlay), dir, { recursive: true })
  return dir
}

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dir, name))
}

describe('startReadingYaml', () => {
  it('on the worker alone, gives what readYaml gives for every fixture YAML file, good or broken', () => {
    const files = [...yamlFilesUnder(FIXTURES), ...yamlFilesUnder(HOSTILE_DIR)]
    expect(files.length).toBeGreaterThan(20)
    yamlThreads.mode = 'worker-only'
    const pending = startReadingYaml(files)
    const results = pending.results()
    expect(pending.readOnWorker).toBe(files.length)
    expect(results).toEqual(files.map((file) => readYaml(file)))
    expect(results.some((r) => r.problems.length > 0)).toBe(true)
  })

  it('shares the files between both threads and keeps their order', () => {
    const files = yamlFilesUnder(FIXTURES)
    yamlThreads.mode = 'always'
    const results = startReadingYaml(files).results()
    expect(results.map((r) => r.file)).toEqual(files)
    expect(results).toEqual(files.map((file) => readYaml(file)))
  })

  it('reads on the calling thread alone under the size threshold', () => {
    const pending = startReadingYaml(yamlFilesUnder(path.join(FIXTURES, 'good')))
    pending.results()
    expect(pending.readOnWorker).toBe(0)
  })
})

describe('buildDataset reads events on a worker with the same outcome', () => {
  const broken = fs.readdirSync(FIXTURES).filter((name) => name.startsWith('broken-'))
  const folders: [string, () => string][] = [
    ['good', () => fixture()],
    ...broken.map((name): [string, () => string] => [name, () => fixture(name)]),
    ['hostile', () => hostile()],
    ...Object.keys(BROKEN).map((name): [string, () => string] => [`hostile ${name}`, () => hostile(name)]),
  ]
  it.each(folders)('%s', (_name, make) => {
    const dir = make()
    const detect = () => []
    yamlThreads.mode = 'never'
    const here = buildDataset(dir, { buildDate: '2024-01-01', detect })
    yamlThreads.mode = 'worker-only'
    const there = buildDataset(dir, { buildDate: '2024-01-01', detect })
    expect(there.problems).toEqual(here.problems)
    expect(there.dataset).toEqual(here.dataset)
  })
})
