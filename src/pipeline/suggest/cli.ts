/**
 * `npm run data:suggest -- <file> [--date YYYY-MM-DD] [--lang ru|en] [--json]`
 * Finds and resolves every temporal expression of a document and drafts its events, one per event (see README).
 */
import path from 'node:path'
import { Document, type YAMLSeq } from 'yaml'
import { formatDate, parseDate } from '../../model/date'
import { megabytes } from '../input-file'
import type { TemporalExpression } from '../temporal'
import { TRANSLATE, type DraftEvent } from './draft'
import { loadSuggestData, suggestDrafts, type Draft, type SuggestData } from './index'
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

/** The drafts as events to paste into data/events/ (schema-valid; every text left to write says TRANSLATE). */
export function draftEvents(input: SuggestInput, drafts: readonly Draft[]): DraftEvent[] {
  const other = input.language === 'ru' ? 'en' : 'ru'
  return drafts.map((d) => ({
    id: d.key,
    date: d.date,
    approx: false,
    status: d.status,
    kind: d.kind,
    title: { ru: d.title.ru ?? TRANSLATE, en: d.title.en ?? TRANSLATE },
    summary: { [input.language]: d.quote.text, [other]: TRANSLATE } as { ru: string; en: string },
    topics: d.topics,
    people: d.people,
    places: d.places,
    related: [],
    sources: [{ document: input.id, quote: d.quote.text, translation: TRANSLATE }],
  }))
}

export function suggest(input: SuggestInput, data: SuggestData) {
  const suggestion = suggestDrafts({
    text: input.text,
    meta: { id: input.id, published: input.date, language: input.language },
    data,
  })
  return { ...suggestion, events: draftEvents(input, suggestion.drafts) }
}

function mark(text: string, from: number, e: TemporalExpression): string {
  return `${text.slice(0, e.start - from)}[[${e.text}]]${text.slice(e.end - from)}`
}

/** The drafts as YAML, each with a comment saying how its guesses were made and what it may duplicate. */
function draftsYaml(result: ReturnType<typeof suggest>): string {
  const doc = new Document({ events: result.events })
  const items = (doc.get('events') as YAMLSeq).items as { commentBefore?: string }[]
  result.drafts.forEach((d, i) => {
    const item = items[i]
    if (!item) return
    const lines = [` status ${d.status}: ${d.statusReason}; kind ${d.kind}: ${d.kindReason}`]
    if (d.mentions.length > 1) lines.push(` dated ${d.mentions.length} times in the document`)
    if (d.likelyDuplicateOf.length > 0) {
      lines.push(` likely already in the data: ${d.likelyDuplicateOf.join(', ')} (add this quote there as a source)`)
    }
    item.commentBefore = lines.join('\n')
  })
  return doc.toString({ lineWidth: 120 })
}

export function humanReport(input: SuggestInput, result: ReturnType<typeof suggest>): string {
  const lines: string[] = [
    `${input.id} (${input.language}, ${input.date}): ${result.expressions.length} temporal expressions, ${result.drafts.length} draft events`,
    '',
  ]
  lines.push('## Sentences that date events', '')
  for (const d of result.drafts) {
    for (const at of d.mentions) {
      const inside = result.expressions.filter((e) => e.value !== null && e.start >= at.start && e.end <= at.end)
      let shown = result.text.slice(at.start, at.end)
      for (const e of [...inside].reverse()) shown = mark(shown, at.start, e)
      lines.push(`- ${d.key}: ${shown}`)
      for (const e of inside) {
        lines.push(
          `    "${e.text}" → ${e.value} (${e.precision}): ${e.value ? formatDate(e.value, input.language) : ''} [${e.reason ?? ''}]`,
        )
      }
    }
  }
  lines.push('', '## Draft events (paste into data/events/; replace every "TODO translate")', '')
  lines.push(draftsYaml(result))
  lines.push('## Dates without a draft of their own', '')
  for (const { expression, reason } of result.dropped)
    lines.push(`- "${expression.text}" at ${expression.start}: ${reason}`)
  const unresolved = result.expressions.filter((e) => e.value === null)
  for (const e of unresolved)
    lines.push(`- "${e.text}" at ${e.start}: not resolved to a date (a duration, a vague reference)`)
  if (unresolved.length + result.dropped.length === 0) lines.push('- none')
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
  const data = loadSuggestData()
  // The events that fail to load are not compared with the drafts: say so, the drafts are still worth having.
  for (const problem of data.problems) console.error(`${problem}; likely duplicates are looked for among the rest`)
  const result = suggest(input, data)
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
    console.log(JSON.stringify({ expressions, drafts: result.drafts, events: result.events }, null, 2))
  } else console.log(humanReport(input, result))
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'cli.ts')) {
  process.exitCode = main(process.argv.slice(2))
}
