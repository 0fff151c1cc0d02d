/**
 * Reading many YAML files on two threads: yaml's parser is most of a large corpus's build time (10,000 events:
 * 10 MB of YAML, about 2 s), and the machines it runs on have two cores. A worker thread and the calling thread
 * take files from one shared counter; the results are the same values `readYaml` gives on one thread, in the
 * order of `files`. The worker starts at once (`startReadingYaml`), while the caller does other work, and is
 * waited for synchronously (`Atomics.wait`), so the pipeline stays synchronous. Whatever the worker does not
 * deliver (it failed to start, or stalled) is read on the calling thread.
 */
import fs from 'node:fs'
import os from 'node:os'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { readYaml, type ParsedYaml } from './load-yaml'

/**
 * `auto`: a worker when there are two cores and enough bytes to be worth its start (about 0.3 s); `always`,
 * `never`; `worker-only` (for tests): the calling thread reads nothing itself, it only waits for the worker.
 */
export const yamlThreads: { mode: 'auto' | 'always' | 'never' | 'worker-only'; minBytes: number } = {
  mode: 'auto',
  minBytes: 2 * 1024 * 1024,
}

/** Shared Int32 slots: the next file index to take; the worker's state; how many files it has finished. */
export const NEXT = 0
export const STATE = 1
export const DELIVERED = 2
export const RUNNING = 0
/** Its results are posted. */
export const DONE = 1
export const FAILED = 2
/** The caller gives up on a worker that finishes no file for this long (it is then read on the caller's thread). */
const STALL_MS = 60_000

export interface WorkerData {
  files: readonly string[]
  shared: Int32Array
  port: MessagePort
}

export interface PendingYaml {
  /** Reads the files the worker has not taken, waits for it, and gives every file's result in order. */
  results(): ParsedYaml[]
  /** After `results()`: how many of them the worker read. */
  readOnWorker: number
}

export function startReadingYaml(files: readonly string[]): PendingYaml {
  const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT))
  const worker = worthAWorker(files) ? startWorker(files, shared) : undefined
  const pending: PendingYaml = {
    readOnWorker: 0,
    results() {
      const results: (ParsedYaml | undefined)[] = new Array<ParsedYaml | undefined>(files.length)
      if (!worker || yamlThreads.mode !== 'worker-only') {
        for (let i = Atomics.add(shared, NEXT, 1); i < files.length; i = Atomics.add(shared, NEXT, 1)) {
          results[i] = readYaml(files[i] as string)
        }
      }
      if (worker) {
        for (const [i, parsed] of worker.collect()) {
          results[i] = parsed
          pending.readOnWorker++
        }
      }
      return results.map((parsed, i) => parsed ?? readYaml(files[i] as string))
    },
  }
  return pending
}

function worthAWorker(files: readonly string[]): boolean {
  if (yamlThreads.mode !== 'auto') return yamlThreads.mode !== 'never' && files.length > 0
  if (files.length < 2 || os.availableParallelism() < 2) return false
  let bytes = 0
  for (const file of files) bytes += fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0
  return bytes >= yamlThreads.minBytes
}

// The worker runs TypeScript: it registers tsx (the pipeline always runs through it) before importing its module.
const BOOT = `
const { workerData } = require('node:worker_threads')
import(workerData.tsx)
  .then((tsx) => { tsx.register(); return import(workerData.entry) })
  .catch((error) => {
    Atomics.store(workerData.shared, ${STATE}, ${FAILED})
    Atomics.notify(workerData.shared, ${STATE})
  })
`

function startWorker(files: readonly string[], shared: Int32Array) {
  const { port1, port2 } = new MessageChannel()
  const entry = new URL('./yaml-worker.ts', import.meta.url).href
  let worker: Worker
  try {
    // Resolved from here, not from the working directory (where an eval'd worker would look for it).
    const tsx =
      typeof import.meta.resolve === 'function'
        ? import.meta.resolve('tsx/esm/api')
        : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href
    const workerData: WorkerData & { entry: string; tsx: string } = { files, shared, port: port2, entry, tsx }
    worker = new Worker(BOOT, { eval: true, workerData, transferList: [port2] })
  } catch {
    return undefined
  }
  worker.unref()
  worker.on('error', () => undefined) // its files are read on the calling thread instead
  return {
    collect(): [number, ParsedYaml][] {
      let delivered = Atomics.load(shared, DELIVERED)
      while (Atomics.load(shared, STATE) === RUNNING) {
        if (Atomics.wait(shared, STATE, RUNNING, STALL_MS) !== 'timed-out') continue
        const now = Atomics.load(shared, DELIVERED)
        if (now === delivered) break
        delivered = now
      }
      const message = receiveMessageOnPort(port1)?.message as [number, ParsedYaml][] | undefined
      port1.close()
      if (!message) void worker.terminate()
      return message ?? []
    },
  }
}
