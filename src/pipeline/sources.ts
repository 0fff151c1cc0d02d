/**
 * The corpus: `sources/<id>.txt` beside `sources/<id>.meta.yaml`. Each text must be valid UTF-8 and
 * byte-identical to what was received (its SHA-256 is in the meta file); every text has a meta file
 * and every meta file a text.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { documentMetaSchema, type DocumentMeta } from '../model/schema'
import { displayText } from './display-text'
import { loadYaml, readTextFile, type YamlFile } from './load-yaml'
import type { Problems } from './problems'
import { validate } from './validate'

export interface LoadedDocument {
  meta: DocumentMeta
  metaFile: YamlFile
  textFile: string
  /** The received text with HTML tags removed: quotes and offsets refer to it. */
  text: string
}

const META = '.meta.yaml'
const TEXT = '.txt'
const ALLOWED_OTHERS = new Set(['README.md', '.gitkeep'])

export interface LoadedSources {
  documents: LoadedDocument[]
  /** Every id with a file in sources/, loaded or not: a broken document is not also an unknown one. */
  ids: Set<string>
}

export function loadSources(dir: string, problems: Problems): LoadedSources {
  const sourcesDir = path.join(dir, 'sources')
  if (!fs.existsSync(sourcesDir)) {
    problems.error(sourcesDir, 'the sources folder is missing')
    return { documents: [], ids: new Set() }
  }
  const names = fs.readdirSync(sourcesDir).sort()
  const ids = new Set<string>()
  for (const name of names) {
    if (name.endsWith(META)) ids.add(name.slice(0, -META.length))
    else if (name.endsWith(TEXT)) ids.add(name.slice(0, -TEXT.length))
    else if (!ALLOWED_OTHERS.has(name))
      problems.error(path.join(sourcesDir, name), 'unexpected file in sources/ (expected <id>.txt and <id>.meta.yaml)')
  }
  const documents: LoadedDocument[] = []
  for (const id of [...ids].sort()) {
    const document = loadDocument(sourcesDir, id, problems)
    if (document) documents.push(document)
  }
  return { documents, ids }
}

function loadDocument(sourcesDir: string, id: string, problems: Problems): LoadedDocument | undefined {
  const textFile = path.join(sourcesDir, id + TEXT)
  const metaPath = path.join(sourcesDir, id + META)
  if (!fs.existsSync(metaPath)) {
    problems.error(textFile, `has no meta file ${id + META}`)
    return undefined
  }
  if (!fs.existsSync(textFile)) {
    problems.error(metaPath, `has no text file ${id + TEXT}`)
    return undefined
  }
  const metaFile = loadYaml(metaPath, problems)
  const meta = metaFile.data === undefined ? undefined : validate(documentMetaSchema, metaFile.data, metaFile, problems)
  const received = readTextFile(textFile, problems)
  if (!meta || received === undefined) return undefined
  if (meta.id !== id) {
    problems.error(metaPath, `id "${meta.id}" differs from the file name "${id}"`, {
      path: ['id'],
      line: metaFile.lineOf(['id']),
    })
    return undefined
  }
  const sha256 = createHash('sha256').update(fs.readFileSync(textFile)).digest('hex')
  if (sha256 !== meta.sha256) {
    problems.error(
      textFile,
      `content changed since it was received (sha256 ${sha256}, the meta file records ${meta.sha256})`,
    )
    return undefined
  }
  return { meta, metaFile, textFile, text: displayText(received) }
}
