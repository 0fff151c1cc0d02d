/**
 * The events as the app's build serves them: column by column (docs/decisions/0027-compact-events.md). A list of
 * 100,000 objects repeats every key 100,000 times and every topic id, kind and day as a string of its own; here
 * each field is one list, the short repeated values are indexes into one list of distinct values, and an empty
 * list is 0. The browser reads a third less and gets the repeated values shared. A value of another shape than
 * the columns expect (and every field they do not know) travels as it is in the event's `rest`, so the form is
 * lossless for any event; the build checks that decoding gives back the same JSON, else serves the plain list.
 */
import type { DatasetEvent } from './schema'

export const COMPACT_EVENTS_FORMAT = 'columns-1'

export type Json = unknown
export type Rest = Record<string, Json>

/** null: not in the column (the event has no such field, or it is in `rest`); 0: an empty list. */
export interface CompactEvents {
  format: typeof COMPACT_EVENTS_FORMAT
  count: number
  /** The distinct short values (days, kinds, statuses, ids of topics, people, places, documents). */
  values: string[]
  id: (string | null)[]
  date: (number | null)[]
  approx: (0 | 1 | null)[]
  status: (number | null)[]
  kind: (number | null)[]
  titleRu: (string | null)[]
  titleEn: (string | null)[]
  summaryRu: (string | null)[]
  summaryEn: (string | null)[]
  topics: (number[] | 0 | null)[]
  people: (number[] | 0 | null)[]
  places: (number[] | 0 | null)[]
  related: (number[] | 0 | null)[]
  /** Per source, five entries: document, quote, translation (null: none), start, end. */
  sources: ((number | string | null)[] | 0 | null)[]
  start: (number | null)[]
  end: (number | null)[]
  asOf: (number | null)[]
  /** The event's other fields (distinctFrom, media, links, outcome, untranslated…) and any odd one; 0: none. */
  rest: (Rest | 0)[]
}

/** The fields in the order the pipeline writes them: the decoded events have their keys in this order. */
export const ORDER = [
  'id',
  'date',
  'approx',
  'status',
  'kind',
  'title',
  'summary',
  'topics',
  'people',
  'places',
  'related',
  'distinctFrom',
  'media',
  'outcome',
  'sources',
  'links',
  'start',
  'end',
  'asOf',
  'untranslated',
] as const

export const CODED = ['date', 'status', 'kind', 'start', 'end', 'asOf'] as const
export const CODED_LISTS = ['topics', 'people', 'places', 'related'] as const
const TEXTS = ['title', 'summary'] as const
/** Lists kept in `rest` when they have items; an empty one is left out there and restored as []. */
const REST_LISTS = ['distinctFrom', 'media', 'links'] as const
const COLUMNS = new Set<string>(['id', 'approx', ...CODED, ...CODED_LISTS, ...TEXTS, 'sources'])
const SOURCE_KEYS = ['document', 'quote', 'translation', 'start', 'end']

const isString = (value: Json): value is string => typeof value === 'string'
const hasKeys = (value: Json, keys: readonly string[]): value is Rest =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).join() === keys.join()

function isSimpleSource(source: Json): boolean {
  if (typeof source !== 'object' || source === null) return false
  const keys = Object.keys(source)
  const expected = keys.length === 4 ? SOURCE_KEYS.filter((key) => key !== 'translation') : SOURCE_KEYS
  const s = source as Rest
  return (
    keys.join() === expected.join() &&
    isString(s.document) &&
    isString(s.quote) &&
    (s.translation === undefined || isString(s.translation)) &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end)
  )
}

export function encodeEvents(events: readonly DatasetEvent[]): CompactEvents {
  const codes = new Map<string, number>()
  const values: string[] = []
  const code = (value: string): number => {
    let index = codes.get(value)
    if (index === undefined) codes.set(value, (index = values.push(value) - 1))
    return index
  }
  const out: CompactEvents = {
    format: COMPACT_EVENTS_FORMAT,
    count: events.length,
    values,
    id: [],
    date: [],
    approx: [],
    status: [],
    kind: [],
    titleRu: [],
    titleEn: [],
    summaryRu: [],
    summaryEn: [],
    topics: [],
    people: [],
    places: [],
    related: [],
    sources: [],
    start: [],
    end: [],
    asOf: [],
    rest: [],
  }
  for (const event of events as unknown as Rest[]) {
    const rest: Rest = {}
    for (const [key, value] of Object.entries(event)) {
      if (COLUMNS.has(key)) continue
      if ((REST_LISTS as readonly string[]).includes(key) && Array.isArray(value) && value.length === 0) continue
      rest[key] = value
    }
    for (const key of REST_LISTS) if (!(key in event)) rest[key] = null // absent, unlike empty
    const odd = (key: string) => {
      if (key in event) rest[key] = event[key]
      return null
    }
    out.id.push(isString(event.id) ? event.id : odd('id'))
    out.approx.push(typeof event.approx === 'boolean' ? (event.approx ? 1 : 0) : odd('approx'))
    for (const key of CODED) out[key].push(isString(event[key]) ? code(event[key]) : odd(key))
    for (const key of TEXTS) {
      const text = event[key]
      const pair = hasKeys(text, ['ru', 'en']) && isString(text.ru) && isString(text.en) ? text : null
      if (!pair) odd(key)
      out[key === 'title' ? 'titleRu' : 'summaryRu'].push(pair ? (pair.ru as string) : null)
      out[key === 'title' ? 'titleEn' : 'summaryEn'].push(pair ? (pair.en as string) : null)
    }
    for (const key of CODED_LISTS) {
      const list = event[key]
      if (Array.isArray(list) && list.every(isString)) out[key].push(list.length === 0 ? 0 : list.map(code))
      else out[key].push(odd(key))
    }
    const sources = event.sources
    if (Array.isArray(sources) && sources.every(isSimpleSource))
      out.sources.push(
        sources.length === 0
          ? 0
          : (sources as Rest[]).flatMap((s) => [
              code(s.document as string),
              s.quote as string,
              (s.translation as string | undefined) ?? null,
              s.start as number,
              s.end as number,
            ]),
      )
    else out.sources.push(odd('sources'))
    out.rest.push(Object.keys(rest).length === 0 ? 0 : rest)
  }
  return out
}
