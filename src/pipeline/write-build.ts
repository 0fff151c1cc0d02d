/**
 * Writing `<data>/build/`: stable JSON (2-space indent, trailing newline, keys in schema order),
 * written to a temporary folder beside it and swapped in, so a run never leaves half a build.
 */
import fs from 'node:fs'
import path from 'node:path'
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

export function writeBuild(buildDirectory: string, files: ReadonlyMap<string, string>): void {
  const parent = path.dirname(buildDirectory)
  const staging = fs.mkdtempSync(path.join(parent, '.build-new-'))
  try {
    const made = new Set<string>()
    for (const [name, content] of files) {
      const file = path.join(staging, name)
      const dir = path.dirname(file)
      if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true })
      made.add(dir)
      fs.writeFileSync(file, content)
    }
    const previous = fs.existsSync(buildDirectory) ? `${staging.replace('.build-new-', '.build-old-')}` : null
    if (previous) fs.renameSync(buildDirectory, previous)
    fs.renameSync(staging, buildDirectory)
    if (previous) fs.rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}
