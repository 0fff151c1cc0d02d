/**
 * The events in columns read back into event objects, in the browser (docs/decisions/0027-compact-events.md);
 * the form and its encoder are in compact-events.ts.
 */
import type { DatasetEvent } from './schema'
import { COMPACT_EVENTS_FORMAT, ORDER, CODED, CODED_LISTS, type CompactEvents, type Rest } from './compact-events'
import { EMPTY, createValuePool, type ValuePool } from './value-pool'

export const isCompactEvents = (value: unknown): value is CompactEvents =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === COMPACT_EVENTS_FORMAT

const NO_REST: Rest = {}

/**
 * The events again, each with its fields in the pipeline's order; repeated values are the pool's strings and
 * equal lists of ids (the empty one too) the pool's frozen arrays. Throws on columns that do not fit together (a
 * damaged file).
 */
export function decodeEvents(compact: CompactEvents, pool: ValuePool = createValuePool()): DatasetEvent[] {
  const { count } = compact
  const columns = [
    ...['id', 'approx', ...CODED, ...CODED_LISTS, 'sources', 'rest'],
    ...['titleRu', 'titleEn', 'summaryRu', 'summaryEn'],
  ] as const
  for (const column of columns)
    if (!Array.isArray(compact[column]) || compact[column].length !== count)
      throw new Error(`events.${column}: not a list of ${count}`)
  if (!Array.isArray(compact.values)) throw new Error('events.values: not a list')
  const values = compact.values.map(pool.string)
  const value = (index: number): string => {
    const text = values[index]
    if (text === undefined) throw new Error(`events: no value ${index}`)
    return text
  }
  // A list of ids that many events share (the same topics, the same people) is one frozen array: at 100,000
  // events ~270,000 lists of a few ids each come down to the distinct ones. Equal codes are equal ids, so the
  // pool is asked once per distinct list of codes.
  const lists = new Map<string, readonly string[]>()
  const list = (codes: number[] | 0): readonly string[] => {
    if (codes === 0) return EMPTY
    const key = codes.join(',')
    let shared = lists.get(key)
    if (shared === undefined) lists.set(key, (shared = pool.list(codes.map(value))))
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
