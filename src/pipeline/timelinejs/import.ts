/**
 * `npm run import -- FILE [--out DIR] [--lang en|ru]`: a TimelineJS3 JSON file, its legacy v2 JSON or its
 * spreadsheet as CSV becomes a new data folder that `npm run data` builds. The folder is written whole or not
 * at all (a temporary folder renamed into place), and never over an existing one.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { readTimelineCsv } from './read-csv'
import { readTimelineJson } from './read-json'
import type { ImportProblem, ReadResult } from './slides'
import { slidesToFolder, type ImportedFolder, type Lang } from './to-folder'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export interface ImportOutcome {
  format?: ReadResult['format']
  lang?: Lang
  folder?: ImportedFolder
  problems: ImportProblem[]
  /** Whether the folder was written. */
  written: boolean
}

export function readTimeline(bytes: Uint8Array, file: string): ReadResult | ImportProblem {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return refused(
      `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; an import reads at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refused('not UTF-8 text')
  }
  if (/\.csv$/i.test(file)) return readTimelineCsv(text)
  if (!/\.json$/i.test(file) && !/^\uFEFF?\s*[{[]/.test(text)) return readTimelineCsv(text)
  try {
    return readTimelineJson(JSON.parse(text.replace(/^\uFEFF/, '')))
  } catch (error) {
    return refused(`not valid JSON: ${jsonError(text) ?? (error as Error).message.slice(0, 200)}`)
  }
}

export function importTimeline(bytes: Uint8Array, file: string, lang?: Lang): ImportOutcome {
  const read = readTimeline(bytes, file)
  if ('severity' in read) return { problems: [read], written: false }
  const problems = [...read.problems]
  if (problems.some((p) => p.severity === 'refused' && p.where === 'file'))
    return { format: read.format, problems, written: false }
  const language = lang ?? detectLanguage(read.slides.map((s) => `${s.headline} ${s.text}`).join(' '))
  const name = path.basename(file).replace(/\.[^.]+$/, '')
  const folder = slidesToFolder(read.slides, language, name, problems)
  return { format: read.format, lang: language, folder, problems, written: false }
}

/** Writes the folder next to its destination, then renames it into place: no reader sees half of it. */
export async function writeFolder(folder: ImportedFolder, out: string): Promise<void> {
  const exists = await fs.readdir(out).then(
    (entries) => entries.length > 0,
    () => false,
  )
  if (exists) throw new Error(`${out} exists and is not empty: the import writes a new folder and never over one`)
  const temp = `${out.replace(/\/+$/, '')}.import-${process.pid}`
  await fs.rm(temp, { recursive: true, force: true })
  try {
    for (const [relative, content] of folder.files) {
      const target = path.join(temp, relative)
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, content)
    }
    await fs.mkdir(path.join(temp, 'sources'), { recursive: true })
    await fs.rm(out, { recursive: true, force: true })
    await fs.rename(temp, out)
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true })
    throw error
  }
}

/** Cyrillic or Latin, whichever has more letters. */
export function detectLanguage(text: string): Lang {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return cyrillic > latin ? 'ru' : 'en'
}

function refused(message: string): ImportProblem {
  return { severity: 'refused', where: 'file', message }
}

/** Where JSON.parse failed, as a person reads it: "line 3, column 1: ValueExpected". */
function jsonError(text: string): string | undefined {
  const errors: ParseError[] = []
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false })
  const first = errors[0]
  if (!first) return undefined
  const before = text.slice(0, first.offset).split('\n')
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${printParseErrorCode(first.error)}`
}
