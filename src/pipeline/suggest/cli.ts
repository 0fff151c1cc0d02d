/**
 * `npm run data:suggest -- <file> [--date YYYY-MM-DD] [--lang ru|en] [--json]`
 * Finds and resolves every temporal expression of a document and drafts its events (see README).
 */
import path from 'node:path'
import { stringify as toYaml } from 'yaml'
import { formatDate, parseDate } from '../../model/date'
import { displayText } from '../display-text'
import { megabytes } from '../input-file'
import { detectTemporalExpressions, type TemporalExpression } from '../temporal'
import { datedSentences, draftEvents, type Vocab } from './draft'
import { loadVocab, resolveInput, type SuggestInput } from './input'

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
  const date = args.date === undefined ? undefined : parseDate(args.date)
  if (date && !date.ok) return `--date ${args.date ?? ''}: ${date.error}`
  return args
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
      lines.push(
        `    "${e.text}" → ${e.value} (${e.precision}): ${e.value ? formatDate(e.value, input.language) : ''} [${e.reason ?? ''}]`,
      )
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
  const vocab = loadVocab()
  if (vocab.problems.length > 0) {
    console.error(vocab.problems.join('\n'))
    return 2
  }
  const result = suggest(input, vocab)
  if (args.json) {
    // The reason says why a value was chosen ("future: governed by 'состоится'"), so a curator can check it.
    const expressions = result.expressions.map(({ text, start, end, value, precision, interval, reason }) => ({
      text,
      start,
      end,
      value,
      precision,
      interval,
      reason,
    }))
    console.log(JSON.stringify({ expressions, events: result.events }, null, 2))
  } else console.log(humanReport(input, result))
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'cli.ts')) {
  process.exitCode = main(process.argv.slice(2))
}
