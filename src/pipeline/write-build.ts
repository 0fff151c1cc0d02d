/**
 * Writing `<data>/build/`: stable JSON (2-space indent, trailing newline, keys in schema order),
 * written to a temporary folder beside it and swapped in, so a run never leaves half a build.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { Dataset, DocumentText } from '../model/schema'
import { buildSearchIndex } from './build-search-index'
import { datasetJsonSchema, documentJsonSchema } from './json-schema'
import type { Timings } from './timings'

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** File name (relative to build/) → content. */
export function buildFiles(
  dataset: Dataset,
  documents: readonly DocumentText[],
  timings?: Timings,
): Map<string, string> {
  const files = dataFiles(dataset, documents)
  timings?.mark('JSON')
  files.set(...searchIndexFile(dataset))
  timings?.mark('search index')
  return files
}

/** Every file of the build but the search index. */
export function dataFiles(dataset: Dataset, documents: readonly DocumentText[]): Map<string, string> {
  const files = new Map<string, string>()
  files.set('dataset.json', toJson(dataset))
  files.set('dataset.schema.json', toJson(datasetJsonSchema()))
  files.set('document.schema.json', toJson(documentJsonSchema()))
  for (const document of documents) files.set(`documents/${document.id}.json`, toJson(document))
  return files
}

export function searchIndexFile(dataset: Dataset): [string, string] {
  return ['search-index.json', `${buildSearchIndex(dataset)}\n`]
}

/** Below this many bytes, the files are written on the calling thread (a worker costs more than it saves). */
export const writerThreads = { minBytes: 1024 * 1024 }

/**
 * Writes `files`, then what `more()` returns, into a staging folder and swaps it in for `buildDirectory`.
 * When `more` is given and the files are large, they are written on a worker thread while `more()` computes
 * on this one (on 10,000 events: a second of writing under the search index's two seconds).
 */
export function writeBuild(
  buildDirectory: string,
  files: ReadonlyMap<string, string>,
  more?: () => ReadonlyMap<string, string>,
): void {
  const parent = path.dirname(buildDirectory)
  const staging = fs.mkdtempSync(path.join(parent, '.build-new-'))
  const writer = more && totalLength(files) >= writerThreads.minBytes ? startWriter(staging, files) : undefined
  try {
    if (!writer) writeFiles(staging, files)
    const extra = more?.()
    writer?.wait()
    if (extra) writeFiles(staging, extra)
    const previous = fs.existsSync(buildDirectory) ? `${staging.replace('.build-new-', '.build-old-')}` : null
    if (previous) fs.renameSync(buildDirectory, previous)
    fs.renameSync(staging, buildDirectory)
    if (previous) fs.rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    try {
      writer?.wait() // never remove the folder under a writer still at work
    } catch {
      // its own error matters less than the one being thrown
    }
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

function writeFiles(staging: string, files: ReadonlyMap<string, string>): void {
  const made = new Set<string>()
  for (const [name, content] of files) {
    const file = path.join(staging, name)
    const dir = path.dirname(file)
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true })
    made.add(dir)
    fs.writeFileSync(file, content)
  }
}

function totalLength(files: ReadonlyMap<string, string>): number {
  let length = 0
  for (const content of files.values()) length += content.length
  return length
}

// Plain JavaScript, the same loop as writeFiles: the worker needs no TypeScript loader.
const WRITER = `
const { workerData } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { staging, files, shared, port } = workerData
let error = null
try {
  const made = new Set()
  for (const [name, content] of files) {
    const file = path.join(staging, name)
    const dir = path.dirname(file)
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true })
    made.add(dir)
    fs.writeFileSync(file, content)
  }
} catch (e) {
  error = e instanceof Error ? e.message : String(e)
}
port.postMessage(error)
Atomics.store(shared, 0, 1)
Atomics.notify(shared, 0)
`

/** A writer stalled this long is given up on (the build fails rather than hangs). */
const STALL_MS = 10 * 60_000

function startWriter(staging: string, files: ReadonlyMap<string, string>): { wait(): void } | undefined {
  const shared = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
  const { port1, port2 } = new MessageChannel()
  let worker: Worker
  try {
    worker = new Worker(WRITER, {
      eval: true,
      workerData: { staging, files, shared, port: port2 },
      transferList: [port2],
    })
  } catch {
    return undefined
  }
  worker.unref()
  worker.on('error', () => undefined) // reported through the port, or as a stall
  let outcome: { error: string | null } | undefined
  return {
    wait() {
      if (!outcome) {
        if (Atomics.wait(shared, 0, 0, STALL_MS) === 'timed-out' && Atomics.load(shared, 0) === 0) {
          outcome = { error: `writing ${staging} stalled` }
        } else outcome = { error: (receiveMessageOnPort(port1)?.message as string | null | undefined) ?? null }
        port1.close()
      }
      if (outcome.error !== null) throw new Error(outcome.error)
    },
  }
}
