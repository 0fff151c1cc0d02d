/**
 * Writing `<data>/build/`: stable JSON (2-space indent, trailing newline, keys in schema order),
 * written to a new folder beside it and swapped in, so a run never leaves half a build.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Dataset, DocumentText } from '../model/schema'
import { withBuildLock, type LockOptions } from './build-lock'
import { buildSearchIndex } from './build-search-index'
import { newGeneration, swapIn } from './build-swap'
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
  const files = new Map<string, string>()
  files.set('dataset.json', toJson(dataset))
  files.set('dataset.schema.json', toJson(datasetJsonSchema()))
  files.set('document.schema.json', toJson(documentJsonSchema()))
  for (const document of documents) files.set(`documents/${document.id}.json`, toJson(document))
  timings?.mark('JSON')
  files.set('search-index.json', `${buildSearchIndex(dataset)}\n`)
  timings?.mark('search index')
  return files
}

/**
 * Writes `files` into a new folder beside `buildDirectory` and swaps it in (build-swap.ts), holding the build's
 * lock (build-lock.ts) so concurrent runs take turns. The writes go through `fs.promises` all at once, so
 * libuv's threads write them side by side (no thread of our own).
 */
export async function writeBuild(
  buildDirectory: string,
  files: ReadonlyMap<string, string>,
  lock: LockOptions = {},
): Promise<void> {
  await withBuildLock(
    `${buildDirectory}.lock`,
    async () => {
      const generation = await newGeneration(buildDirectory)
      try {
        await writeFiles(generation, files)
      } catch (error) {
        await fs.promises.rm(generation, { recursive: true, force: true })
        throw error
      }
      await swapIn(buildDirectory, generation)
    },
    lock,
  )
}

async function writeFiles(staging: string, files: ReadonlyMap<string, string>): Promise<void> {
  const dirs = new Set([...files.keys()].map((name) => path.dirname(path.join(staging, name))))
  // Sequential, parents first: "a/b" before "a/b/c", and a clash (a file where a folder is wanted) fails here.
  for (const dir of [...dirs].sort()) await fs.promises.mkdir(dir, { recursive: true })
  await Promise.all([...files].map(([name, content]) => fs.promises.writeFile(path.join(staging, name), content)))
}
