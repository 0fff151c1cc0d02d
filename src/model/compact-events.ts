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

type Json = unknown
type Rest = Record<string, Json>

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
const ORDER = [
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

const CODED = ['date', 'status', 'kind', 'start', 'end', 'asOf'] as const
const CODED_LISTS = ['topics', 'people', 'places', 'related'] as const
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

export const isCompactEvents = (value: unknown): value is CompactEvents =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === COMPACT_EVENTS_FORMAT

const EMPTY: readonly never[] = Object.freeze([])
const NO_REST: Rest = {}

/**
 * The events again, each with its fields in the pipeline's order; repeated values are one shared string and
 * equal lists of ids (the empty one too) one frozen array. Throws on columns that do not fit together (a damaged file).
 */
export function decodeEvents(compact: CompactEvents): DatasetEvent[] {
  const { count, values } = compact
  const columns = [
    ...['id', 'approx', ...CODED, ...CODED_LISTS, 'sources', 'rest'],
    ...['titleRu', 'titleEn', 'summaryRu', 'summaryEn'],
  ] as const
  for (const column of columns)
    if (!Array.isArray(compact[column]) || compact[column].length !== count)
      throw new Error(`events.${column}: not a list of ${count}`)
  const value = (index: number): string => {
    const text = values[index]
    if (text === undefined) throw new Error(`events: no value ${index}`)
    return text
  }
  // A list of ids that many events share (the same topics, the same people) is one frozen array: at 100,000
  // events ~270,000 lists of a few ids each come down to the distinct ones.
  const lists = new Map<string, readonly string[]>()
  const list = (codes: number[] | 0): readonly string[] => {
    if (codes === 0) return EMPTY
    const key = codes.join(',')
    let shared = lists.get(key)
    if (shared === undefined) lists.set(key, (shared = Object.freeze(codes.map(value))))
    return shared
  }
  // Pushed, not sized: V8 keeps a list made by new Array(n) for a large n as a dictionary, slow to walk.
  const events: DatasetEvent[] = []
  for (let i = 0; i < count; i++) {
    const rest = compact.rest[i] || NO_REST
    const simple = rest === NO_REST ? simpleEvent(compact, i, value, list) : null
    if (simple) {
      events.push(simple)
      continue
    }
    const event: Rest = {}
    for (const key of ORDER) {
      if (key in rest) {
        const kept = rest[key]
        if (kept !== null) event[key] = kept
        continue
      }
      switch (key) {
        case 'id':
          if (compact.id[i] !== null) event.id = compact.id[i]
          break
        case 'approx':
          if (compact.approx[i] !== null) event.approx = compact.approx[i] === 1
          break
        case 'date':
        case 'status':
        case 'kind':
        case 'start':
        case 'end':
        case 'asOf': {
          const index = compact[key][i]
          if (index !== null && index !== undefined) event[key] = value(index)
          break
        }
        case 'title':
        case 'summary': {
          const ru = compact[key === 'title' ? 'titleRu' : 'summaryRu'][i]
          const en = compact[key === 'title' ? 'titleEn' : 'summaryEn'][i]
          if (ru !== null && ru !== undefined && en !== null && en !== undefined) event[key] = { ru, en }
          break
        }
        case 'topics':
        case 'people':
        case 'places':
        case 'related': {
          const codes = compact[key][i]
          if (codes !== null && codes !== undefined) event[key] = list(codes)
          break
        }
        case 'sources': {
          const flat = compact.sources[i]
          if (flat !== null && flat !== undefined) event.sources = flat === 0 ? EMPTY : sourcesOf(flat, value)
          break
        }
        case 'distinctFrom':
        case 'media':
        case 'links':
          event[key] = EMPTY
          break
      }
    }
    if (rest !== NO_REST)
      for (const key of Object.keys(rest)) if (!(key in event) && rest[key] !== null) event[key] = rest[key]
    events.push(event as unknown as DatasetEvent)
  }
  return events
}

/**
 * The common event (every column filled, nothing in `rest`) as one object literal: an object of exactly its
 * fields (one added field by field keeps spare room, ~3 MB more at 100,000 events). null for any other.
 */
function simpleEvent(
  c: CompactEvents,
  i: number,
  value: (index: number) => string,
  list: (codes: number[] | 0) => readonly string[],
): DatasetEvent | null {
  const [id, date, approx, status, kind] = [c.id[i], c.date[i], c.approx[i], c.status[i], c.kind[i]]
  const [titleRu, titleEn, summaryRu, summaryEn] = [c.titleRu[i], c.titleEn[i], c.summaryRu[i], c.summaryEn[i]]
  const [topics, people, places, related, sources] = [c.topics[i], c.people[i], c.places[i], c.related[i], c.sources[i]]
  const [start, end, asOf] = [c.start[i], c.end[i], c.asOf[i]]
  if (
    id == null ||
    date == null ||
    approx == null ||
    status == null ||
    kind == null ||
    titleRu == null ||
    titleEn == null ||
    summaryRu == null ||
    summaryEn == null ||
    topics == null ||
    people == null ||
    places == null ||
    related == null ||
    sources == null ||
    start == null ||
    end == null ||
    asOf == null
  )
    return null
  return {
    id,
    date: value(date),
    approx: approx === 1,
    status: value(status) as DatasetEvent['status'],
    kind: value(kind),
    title: { ru: titleRu, en: titleEn },
    summary: { ru: summaryRu, en: summaryEn },
    topics: list(topics) as string[],
    people: list(people) as string[],
    places: list(places) as string[],
    related: list(related) as string[],
    distinctFrom: EMPTY as never[],
    media: EMPTY as never[],
    sources: (sources === 0 ? EMPTY : sourcesOf(sources, value)) as DatasetEvent['sources'],
    links: EMPTY as never[],
    start: value(start),
    end: value(end),
    asOf: value(asOf),
  }
}

function sourcesOf(flat: (number | string | null)[], value: (index: number) => string): Rest[] {
  if (flat.length % 5 !== 0) throw new Error('events.sources: not five entries per source')
  // Sized at once: a list grown by push keeps room for 16 more (~6 MB at 100,000 events).
  const sources = new Array<Rest>(flat.length / 5)
  for (let j = 0; j < flat.length; j += 5) {
    const translation = flat[j + 2]
    sources[j / 5] =
      translation === null
        ? { document: value(flat[j] as number), quote: flat[j + 1], start: flat[j + 3], end: flat[j + 4] }
        : { document: value(flat[j] as number), quote: flat[j + 1], translation, start: flat[j + 3], end: flat[j + 4] }
  }
  return sources
}
