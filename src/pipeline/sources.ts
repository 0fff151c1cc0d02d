/**
 * The corpus: `sources/<id>.txt` beside `sources/<id>.meta.yaml`. Each text must be valid UTF-8 and
 * byte-identical to what was received (its SHA-256 is in the meta file); every text has a meta file
 * and every meta file a text.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { documentMetaSchema, type DocumentMeta } from '../model/schema'
import { normalizeLineEnds, stripMarkup, type RemovedMarkup } from './display-text'
import { DOCUMENT_LIMIT_BYTES, notAFile, readFolder, readInputFile } from './input-file'
import { loadYaml, type YamlFile } from './load-yaml'
import type { Problems } from './problems'
import { scriptLanguage } from './text-language'
import { decodeUtf8 } from './utf8'
import { validate } from './validate'

export interface LoadedDocument {
  meta: DocumentMeta
  metaFile: YamlFile
  textFile: string
  /** The received text with HTML tags removed: quotes and offsets refer to it. */
  text: string
  /** What was removed to make `text` (the build report lists it). */
  removed: RemovedMarkup
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
  const folder = readFolder(sourcesDir)
  const names = 'names' in folder ? folder.names : undefined
  if (!names) {
    problems.error(sourcesDir, 'reason' in folder ? folder.reason : 'the sources folder is missing')
    return { documents: [], ids: new Set() }
  }
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
  if (!present(metaPath)) {
    problems.error(textFile, `has no meta file ${id + META}`)
    return undefined
  }
  if (!present(textFile)) {
    problems.error(metaPath, `has no text file ${id + TEXT}`)
    return undefined
  }
  const metaReason = notAFile(metaPath)
  if (metaReason) problems.error(metaPath, metaReason)
  const metaFile = metaReason ? undefined : loadYaml(metaPath, problems)
  const meta =
    metaFile?.data === undefined ? undefined : validate(documentMetaSchema, metaFile.data, metaFile, problems)
  const bytes = readDocumentBytes(textFile, problems)
  const received = bytes && decodeDocument(textFile, bytes, problems)
  if (!meta || !metaFile || !bytes || received === undefined) return undefined
  if (meta.id !== id) {
    problems.error(metaPath, `id "${meta.id}" differs from the file name "${id}"`, {
      path: ['id'],
      line: metaFile.lineOf(['id']),
    })
    return undefined
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (sha256 !== meta.sha256) {
    problems.error(
      textFile,
      `content changed since it was received (sha256 ${sha256}, the meta file records ${meta.sha256})`,
    )
    return undefined
  }
  const { text, removed } = stripMarkup(received)
  for (const offset of removed.unclosedComments.slice(0, 1)) {
    const more = removed.unclosedComments.length - 1
    const also = more > 0 ? ` (and ${more} more after it)` : ''
    problems.warning(textFile, `an unclosed "<!--" is kept as text, with all that follows it${also}`, {
      line: lineOf(received, offset),
    })
  }
  const written = scriptLanguage(text)
  if (written && written !== meta.language)
    problems.warning(
      metaPath,
      `language: ${meta.language}, but the text is written in ${written === 'ru' ? 'Cyrillic' : 'Latin'} letters (language ${written}?): its dates and words would be read as the wrong language`,
      { path: ['language'], line: metaFile.lineOf(['language']) },
    )
  return { meta, metaFile, textFile, text, removed }
}

/** The line of an offset into the received text with its line ends made LF (a BOM is not a line). */
function lineOf(received: string, offset: number): number {
  return normalizeLineEnds(received).slice(0, offset).split('\n').length
}

/** There, whatever it is: a dangling symlink is reported as one (input-file.ts), not as a missing file. */
const present = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined

function readDocumentBytes(textFile: string, problems: Problems): Buffer | undefined {
  const read = readInputFile(textFile, DOCUMENT_LIMIT_BYTES)
  if ('bytes' in read) return read.bytes
  problems.error(textFile, read.reason)
  return undefined
}

function decodeDocument(textFile: string, bytes: Buffer, problems: Problems): string | undefined {
  const decoded = decodeUtf8(bytes)
  if (decoded.ok) return decoded.text
  problems.error(textFile, `not valid UTF-8 (first bad byte at offset ${decoded.byte})`, { line: decoded.line })
  return undefined
}
