/**
 * Concurrent runs and readers of one build folder: the swap never leaves `build/` missing, runs take turns
 * on the lock (across processes too), a live holder is named when a run will not wait, a dead one's lock is
 * taken over.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BuildLockedError } from '../../src/pipeline/build-lock'
import { writeBuild } from '../../src/pipeline/write-build'

let parent: string
let out: string
beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-lock-'))
  out = path.join(parent, 'build')
})
afterEach(() => fs.rmSync(parent, { recursive: true, force: true }))

const files = (n: number) => new Map([['dataset.json', `{"run": ${n}}\n`]])

/** Reads build/dataset.json in a loop on another thread until stopped: how often it was missing or broken. */
function startReader(file: string) {
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const source = `
    const { workerData, parentPort } = require('node:worker_threads')
    const fs = require('node:fs')
    const flag = new Int32Array(workerData.flag)
    let reads = 0, failures = []
    while (Atomics.load(flag, 0) === 0) {
      try { JSON.parse(fs.readFileSync(workerData.file, 'utf8')) } catch (e) { failures.push(e.code ?? e.message) }
      reads++
    }
    parentPort.postMessage({ reads, failures: failures.slice(0, 5), failed: failures.length })`
  const worker = new Worker(source, { eval: true, workerData: { file, flag: flag.buffer } })
  const result = new Promise<{ reads: number; failed: number; failures: string[] }>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return {
    stop: () => {
      Atomics.store(flag, 0, 1)
      return result
    },
  }
}

const lockOf = (pid: number) => JSON.stringify({ pid, host: os.hostname(), started: '2026-01-01T00:00:00.000Z' })

// A limit, not a timing assert: a thousand swaps take a few seconds, more when the machine is shared.
describe('replacing build/ under concurrent runs and readers', { timeout: 60_000 }, () => {
  it('1,000 concurrent swaps: every one lands, and a reader never finds build/ missing', async () => {
    await writeBuild(out, files(0))
    const reader = startReader(path.join(out, 'dataset.json'))
    await Promise.all(Array.from({ length: 1000 }, (_, i) => writeBuild(out, files(i + 1))))
    const { reads, failed, failures } = await reader.stop()
    expect(failures).toEqual([])
    expect(failed).toBe(0)
    expect(reads).toBeGreaterThan(100)
    expect(fs.readdirSync(parent).filter((name) => name.startsWith('.build-'))).toHaveLength(2)
    expect(fs.existsSync(`${out}.lock`)).toBe(false)
  })

  it('two processes swapping at once take turns on the lock file', async () => {
    await writeBuild(out, files(0))
    const reader = startReader(path.join(out, 'dataset.json'))
    const module = path.resolve('src/pipeline/write-build.ts')
    const script = `import { writeBuild } from ${JSON.stringify(module)}
      for (let i = 0; i < 100; i++) await writeBuild(${JSON.stringify(out)}, new Map([['dataset.json', '{}']]))`
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script])
        child.on('close', resolve)
      })
    expect(await Promise.all([run(), run()])).toEqual([0, 0])
    const { failed } = await reader.stop()
    expect(failed).toBe(0)
    expect(fs.readdirSync(parent).filter((name) => name.startsWith('.build-'))).toHaveLength(2)
  })
})

describe('the build lock', () => {
  it('refuses at once when asked not to wait, naming the live holder', async () => {
    fs.writeFileSync(`${out}.lock`, lockOf(process.ppid))
    const refused = writeBuild(out, files(1), { waitMs: 0 })
    await expect(refused).rejects.toThrow(BuildLockedError)
    await expect(refused).rejects.toThrow(
      `${out}.lock: another run is writing this build (process ${process.ppid} on ${os.hostname()}, since 2026-01-01T00:00:00.000Z); wait for it to finish, or remove the lock file if that process is gone`,
    )
    expect(fs.existsSync(out)).toBe(false)
    expect(fs.readFileSync(`${out}.lock`, 'utf8')).toBe(lockOf(process.ppid))
  })

  it('waits for a live holder to finish, saying once who it waits for', async () => {
    fs.writeFileSync(`${out}.lock`, lockOf(process.ppid))
    setTimeout(() => fs.rmSync(`${out}.lock`), 300)
    const waited: number[] = []
    await writeBuild(out, files(1), { onWait: (holder) => waited.push(holder.pid) })
    expect(waited).toEqual([process.ppid])
    expect(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).toBe('{"run": 1}\n')
  })

  it('takes over the lock of a process that is gone (killed with -9, say)', async () => {
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']))
    fs.writeFileSync(`${out}.lock`, lockOf(dead))
    await writeBuild(out, files(1), { waitMs: 0 })
    expect(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).toBe('{"run": 1}\n')
    expect(fs.existsSync(`${out}.lock`)).toBe(false)
  })
})
