/**
 * `npm run data:suggest -- <file> [--date YYYY-MM-DD] [--lang ru|en] [--json]`
 * Finds and resolves every temporal expression of a document and drafts its events (see README).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml, stringify as toYaml } from 'yaml'
import { formatDate } from '../../model/date'
import { documentMetaSchema } from '../../model/schema'
import { displayText } from '../display-text'
import { DOCUMENT_LIMIT_BYTES, megabytes, readInputFile } from '../input-file'
import { dataDir } from '../paths'
import { detectTemporalExpressions, type TemporalExpression } from '../temporal'
import { datedSentences, draftEvents, type Named, type Vocab } from './draft'

export interface SuggestArgs {
  file: string
  date?: string
  lang?: 'ru' | 'en'
  json: boolean
}

export function parseArgs(argv: readonly string[]): SuggestArgs | string {
  const args: SuggestArgs = { file: '', json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--json') args.json = true
    else if (a === '--date') args.date = argv[++i]
    else if (a === '--lang') {
      const lang = argv[++i]
      if (lang !== 'ru' && lang !== 'en') return `--lang must be ru or en, not "${lang ?? ''}"`
      args.lang = lang
    } else if (a.startsWith('--')) return `unknown option ${a}`
    else if (args.file) return `one file at a time (got ${args.file} and ${a})`
    else args.file = a
  }
  if (!args.file) return 'usage: npm run data:suggest -- <file> [--date YYYY-MM-DD] [--lang ru|en] [--json]'
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date))
    return `--date must be YYYY-MM-DD, not "${args.date}"`
  return args
}

export interface SuggestInput {
  id: string
  text: string
  date: string
  language: 'ru' | 'en'
}

/** A corpus document reads its date and language from `<id>.meta.yaml`; any other file needs --date and --lang. */
export function resolveInput(args: SuggestArgs): SuggestInput | string {
  const read = readInputFile(args.file, DOCUMENT_LIMIT_BYTES)
  if ('reason' in read) return `${args.file} ${read.reason}`
  const text = read.bytes.toString('utf8')
  const metaFile = args.file.replace(/\.txt$/, '.meta.yaml')
  let id = path
    .basename(args.file)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
  let date = args.date
  let language = args.lang
  if (metaFile !== args.file && fs.existsSync(metaFile)) {
    const meta = documentMetaSchema.safeParse(parseYaml(fs.readFileSync(metaFile, 'utf8')))
    if (!meta.success) return `${metaFile}: not valid document metadata: ${meta.error.issues[0]?.message ?? ''}`
    id = meta.data.id
    date ??= meta.data.published
    language ??= meta.data.language
  }
  if (!date || !language) {
    return `${args.file} has no ${'<id>.meta.yaml'} beside it: give the document's date and language, --date YYYY-MM-DD --lang ru|en`
  }
  return { id, text, date, language }
}

function loadNamed(file: string, key: string): Named[] {
  if (!fs.existsSync(file)) return []
  const data = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown> | null
  const list = data?.[key]
  return Array.isArray(list) ? (list as Named[]) : []
}

export function loadVocab(dir = dataDir()): Vocab {
  return {
    people: loadNamed(path.join(dir, 'people.yaml'), 'people'),
    places: loadNamed(path.join(dir, 'places.yaml'), 'places'),
  }
}

export function suggest(input: SuggestInput, vocab: Vocab) {
  const expressions = detectTemporalExpressions(input.text, { language: input.language, documentDate: input.date })
  const dated = datedSentences(input.text, expressions)
  const events = draftEvents(dated, {
    documentId: input.id,
    documentDate: input.date,
    language: input.language,
    vocab,
    display: displayText,
  })
  return { expressions, dated, events }
}

function mark(text: string, from: number, e: TemporalExpression): string {
  return `${text.slice(0, e.start - from)}[[${e.text}]]${text.slice(e.end - from)}`
}

export function humanReport(input: SuggestInput, result: ReturnType<typeof suggest>): string {
  const lines: string[] = [
    `${input.id} (${input.language}, ${input.date}): ${result.expressions.length} temporal expressions`,
    '',
  ]
  lines.push('## Sentences that date events', '')
  for (const { sentence, expressions } of result.dated) {
    let shown = sentence.text
    for (const e of [...expressions].reverse()) shown = mark(shown, sentence.start, e)
    lines.push(`- ${shown}`)
    for (const e of expressions) {
      lines.push(`    "${e.text}" → ${e.value} (${e.precision}): ${e.value ? formatDate(e.value, input.language) : ''}`)
    }
  }
  lines.push('', '## Draft events (paste into data/events/; replace every "TODO translate")', '')
  lines.push(toYaml({ events: result.events }, { lineWidth: 120 }))
  const unresolved = result.expressions.filter((e) => e.value === null)
  lines.push('## Expressions not resolved to a date (durations, vague references)', '')
  for (const e of unresolved) lines.push(`- "${e.text}" at ${e.start}: not resolved`)
  if (unresolved.length === 0) lines.push('- none')
  return lines.join('\n')
}

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    console.error(args)
    return 2
  }
  const input = resolveInput(args)
  if (typeof input === 'string') {
    console.error(input)
    return 2
  }
  const bytes = Buffer.byteLength(input.text)
  if (bytes >= 1024 * 1024) console.error(`${args.file}: ${megabytes(bytes)}, reading its dates…`)
  const result = suggest(input, loadVocab())
  if (args.json) {
    const expressions = result.expressions.map(({ text, start, end, value, precision, interval }) => ({
      text,
      start,
      end,
      value,
      precision,
      interval,
    }))
    console.log(JSON.stringify({ expressions, events: result.events }, null, 2))
  } else console.log(humanReport(input, result))
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'cli.ts')) {
  process.exitCode = main(process.argv.slice(2))
}
