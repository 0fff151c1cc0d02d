/**
 * `npm run eval:suggest`: the drafts of `data:suggest` against the events a curator draws from the same documents
 * (tests/fixtures/suggest/gold.yaml). Per document and in total: drafts per event, events found, exact dates,
 * kind accuracy, people and places F1 (micro, over the gold events: an event without a draft counts its names as
 * missed), titles cut mid-word, and existing events named as likely duplicates.
 */
import fs from 'node:fs'
import { parse } from 'yaml'
import { dateInterval, parseDate } from '../src/model/date'
import { findQuote } from '../src/model/text'
import { displayText } from '../src/pipeline/display-text'
import { resolveInput } from '../src/pipeline/suggest/input'
import { loadSuggestData, suggestDrafts, type Draft, type SuggestData } from '../src/pipeline/suggest'

const GOLD = 'tests/fixtures/suggest/gold.yaml'

interface GoldEvent {
  date: string
  kind: string
  people: string[]
  places: string[]
  existing?: string
  anchors: string[]
}
interface GoldDocument {
  file: string
  events: GoldEvent[]
}

interface Counts {
  events: number
  drafts: number
  found: number
  exactDate: number
  kind: number
  people: Prf
  places: Prf
  titles: number
  cut: number
  existing: number
  flagged: number
  spurious: number
}
interface Prf {
  tp: number
  fp: number
  fn: number
}

const emptyPrf = (): Prf => ({ tp: 0, fp: 0, fn: 0 })
const empty = (): Counts => ({
  events: 0,
  drafts: 0,
  found: 0,
  exactDate: 0,
  kind: 0,
  people: emptyPrf(),
  places: emptyPrf(),
  titles: 0,
  cut: 0,
  existing: 0,
  flagged: 0,
  spurious: 0,
})

function interval(value: string): [string, string] | null {
  const parsed = parseDate(value)
  if (!parsed.ok) return null
  const { start, end } = dateInterval(parsed.date)
  return [start, end]
}
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]
function datesOverlap(a: string, b: string): boolean {
  const x = interval(a)
  const y = interval(b)
  return x !== null && y !== null && x[0] <= y[1] && y[0] <= x[1]
}

function addPrf(into: Prf, gold: readonly string[], got: readonly string[]) {
  into.tp += got.filter((id) => gold.includes(id)).length
  into.fp += got.filter((id) => !gold.includes(id)).length
  into.fn += gold.filter((id) => !got.includes(id)).length
}
function f1({ tp, fp, fn }: Prf): number {
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn)
}

/** A title is cut mid-word when its last word is not a whole word of the document (nor of a vocabulary name). */
function cutMidWord(title: string, text: string): boolean {
  const last = /[\p{L}\p{N}]+$/u.exec(title.trim())?.[0]
  if (!last) return false
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return !new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

/** The names and labels a title may be built from. */
function vocabularyWords({ vocab }: SuggestData): string {
  const named = [...vocab.people, ...vocab.places].flatMap((n) => [n.name.ru, n.name.en, ...(n.aliases ?? [])])
  return [...named, ...vocab.kinds.flatMap((k) => [k.label?.ru ?? '', k.label?.en ?? ''])].join('\n')
}

const verbose = process.argv.includes('--verbose')

function scoreDocument(doc: GoldDocument, data: SuggestData): Counts {
  const input = resolveInput({ file: doc.file })
  if (typeof input === 'string') throw new Error(input)
  const text = displayText(input.text)
  const meta = { id: input.id, published: input.date, language: input.language }
  const drafts: Draft[] = suggestDrafts({ text: input.text, meta, data }).drafts
  const spans = doc.events.map((g) =>
    g.anchors.map((a) => {
      const at = findQuote(text, a)
      if (!at) throw new Error(`${GOLD}: ${doc.file}: anchor not in the text: ${a}`)
      return [at.start, at.end] as [number, number]
    }),
  )
  // Each draft goes to the gold event it quotes with an overlapping date: the same date first, else the first.
  const byGold = new Map<number, Draft[]>()
  const c = empty()
  c.events = doc.events.length
  c.drafts = drafts.length
  for (const d of drafts) {
    const candidates = doc.events
      .map((g, i) => ({ g, i }))
      .filter(
        ({ g, i }) =>
          datesOverlap(d.date, g.date) && spans[i]?.some((s) => d.mentions.some((m) => overlaps(s, [m.start, m.end]))),
      )
    // The same date first, then the event its own quote states, then one no draft has taken yet.
    const quoted = ({ i }: { i: number }) => spans[i]?.some((s) => overlaps(s, [d.quote.start, d.quote.end]))
    const best =
      candidates.find(({ g }) => g.date === d.date) ??
      candidates.find(quoted) ??
      candidates.find(({ i }) => !byGold.has(i)) ??
      candidates[0]
    if (!best) {
      c.spurious++
      if (verbose) console.log(`  spurious ${d.date} ${d.kind}: ${d.quote.text.slice(0, 100)}`)
    } else byGold.set(best.i, [...(byGold.get(best.i) ?? []), d])
    const title = d.title[input.language]
    if (title !== undefined) {
      c.titles++
      if (cutMidWord(title, `${text}\n${vocabularyWords(data)}`)) c.cut++
    }
  }
  doc.events.forEach((g, i) => {
    const d = byGold.get(i)?.[0]
    if (verbose) {
      const got = d
        ? `${d.date} ${d.kind} [${d.people.join(' ')}] [${d.places.join(' ')}] ${JSON.stringify(d.title)}`
        : 'no draft'
      console.log(`  gold ${g.date} ${g.kind} [${g.people.join(' ')}] [${g.places.join(' ')}]\n    got ${got}`)
    }
    if (g.existing) c.existing++
    addPrf(c.people, g.people, d?.people ?? [])
    addPrf(c.places, g.places, d?.places ?? [])
    if (!d) return
    c.found++
    if (d.date === g.date) c.exactDate++
    if (d.kind === g.kind) c.kind++
    if (g.existing && d.likelyDuplicateOf.includes(g.existing)) c.flagged++
  })
  return c
}

const TALLIES = [
  'events',
  'drafts',
  'found',
  'exactDate',
  'kind',
  'titles',
  'cut',
  'existing',
  'flagged',
  'spurious',
] as const

function add(a: Counts, b: Counts): Counts {
  const prf = (x: Prf, y: Prf) => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn })
  const tallies = Object.fromEntries(TALLIES.map((key) => [key, a[key] + b[key]])) as Pick<
    Counts,
    (typeof TALLIES)[number]
  >
  return { ...tallies, people: prf(a.people, b.people), places: prf(a.places, b.places) }
}

const columns = [
  'document',
  'events',
  'drafts',
  'drafts/event',
  'found',
  'exact date',
  'kind',
  'people F1',
  'places F1',
  'cut titles',
  'spurious',
  'duplicates named',
]
function row(name: string, c: Counts): string[] {
  return [
    name,
    String(c.events),
    String(c.drafts),
    (c.drafts / Math.max(1, c.events)).toFixed(2),
    `${c.found}/${c.events}`,
    `${c.exactDate}/${c.events}`,
    `${c.kind}/${c.events}`,
    f1(c.people).toFixed(2),
    f1(c.places).toFixed(2),
    `${c.cut}/${c.titles}`,
    String(c.spurious),
    `${c.flagged}/${c.existing}`,
  ]
}

function table(rows: string[][]): string {
  const widths = columns.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n')
}

function main() {
  const gold = (parse(fs.readFileSync(GOLD, 'utf8')) as { documents: GoldDocument[] }).documents
  const data = loadSuggestData()
  let total = empty()
  const rows = [columns]
  for (const doc of gold) {
    if (verbose) console.log(doc.file)
    const c = scoreDocument(doc, data)
    total = add(total, c)
    rows.push(row(doc.file.replace(/^.*\//, '').replace(/\.txt$/, ''), c))
  }
  rows.push(row('total', total))
  console.log(table(rows))
  console.log(
    '\nfound: gold events with a draft dating one of their passages at an overlapping date; kind, people and places are',
    '\nread from that draft (the first, when several); spurious: drafts of no gold event; duplicates named: gold events',
    '\nalready in data/events whose draft names them in likelyDuplicateOf.',
  )
}

main()
