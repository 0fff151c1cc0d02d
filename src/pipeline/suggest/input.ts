/**
 * What the suggest tool reads: the document, the `<id>.meta.yaml` beside it, and the data folder's people and
 * places. Each is read the pipeline's way (input-file.ts before opening, load-yaml.ts to parse, with its line
 * numbers and its alias limit), so a folder, a FIFO, malformed YAML or an alias bomb is a sentence naming the
 * file, never a stack trace or a hang.
 */
import fs from 'node:fs'
import path from 'node:path'
import { documentMetaSchema } from '../../model/schema'
import { DOCUMENT_LIMIT_BYTES, notAFile, readInputFile } from '../input-file'
import { loadYaml } from '../load-yaml'
import { dataDir } from '../paths'
import { Problems } from '../problems'
import { formatProblems } from '../report'
import { decodeUtf8 } from '../utf8'
import type { Keyworded, Named, Vocab } from './draft'

export interface SuggestInput {
  id: string
  text: string
  date: string
  language: 'ru' | 'en'
}

/** A corpus document reads its date and language from `<id>.meta.yaml`; any other file needs --date and --lang. */
export function resolveInput(args: { file: string; date?: string; lang?: 'ru' | 'en' }): SuggestInput | string {
  const read = readInputFile(args.file, DOCUMENT_LIMIT_BYTES)
  if ('reason' in read) return `${args.file}: ${read.reason}`
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) return `${args.file}:${decoded.line}: not valid UTF-8 (first bad byte at offset ${decoded.byte})`
  const metaFile = args.file.replace(/\.txt$/, '.meta.yaml')
  let id = path
    .basename(args.file)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
  let date = args.date
  let language = args.lang
  if (metaFile !== args.file && fs.lstatSync(metaFile, { throwIfNoEntry: false })) {
    const data = readYaml(metaFile)
    if (typeof data === 'string') return data
    const meta = documentMetaSchema.safeParse(data.value)
    if (!meta.success) return `${metaFile}: not valid document metadata: ${meta.error.issues[0]?.message ?? ''}`
    id = meta.data.id
    date ??= meta.data.published
    language ??= meta.data.language
  }
  if (!date || !language) {
    return `${args.file} has no ${'<id>.meta.yaml'} beside it: give the document's date and language, --date YYYY-MM-DD --lang ru|en`
  }
  return { id, text: decoded.text, date, language }
}

/**
 * The data folder's people, places, topics and kinds (a missing file is an empty list; the topics' and kinds'
 * keywords drive the guesses); the problems of any, if any.
 */
export function loadVocab(dir = dataDir()): Vocab & { problems: string[] } {
  const problems: string[] = []
  const list = <T = Named>(file: string, key: string): T[] => {
    if (!fs.lstatSync(file, { throwIfNoEntry: false })) return []
    const data = readYaml(file)
    if (typeof data === 'string') return (problems.push(data), [])
    const items = (data.value as Record<string, unknown> | null)?.[key]
    return Array.isArray(items) ? (items as T[]) : []
  }
  return {
    people: list(path.join(dir, 'people.yaml'), 'people'),
    places: list(path.join(dir, 'places.yaml'), 'places'),
    topics: list<Keyworded>(path.join(dir, 'topics.yaml'), 'topics'),
    kinds: list<Keyworded>(path.join(dir, 'kinds.yaml'), 'kinds'),
    problems,
  }
}

/** The parsed file, or its problems as the pipeline prints them. */
function readYaml(file: string): { value: unknown } | string {
  const reason = notAFile(file)
  if (reason) return `${file}: ${reason}`
  const problems = new Problems()
  const yaml = loadYaml(file, problems)
  if (problems.list.length > 0 || yaml.data === undefined) return formatProblems(problems.list).join('\n')
  return { value: yaml.data }
}
