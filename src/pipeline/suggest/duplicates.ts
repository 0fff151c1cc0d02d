/**
 * Which existing events a draft is likely the same as, best first: those that already quote the same passage of
 * the same document at an overlapping date; then those the pipeline would call a likely duplicate (likely-duplicates.ts: same kind, dates
 * within a month, two people or a person and a place shared); then, looser, as the studio lists them before "New
 * event": same kind, overlapping dates, and at least one person or place shared.
 */
import { dateInterval, parseDate } from '../../model/date'
import { isDocumentSource, type EventInput } from '../../model/schema'
import { findQuote } from '../../model/text'
import { findLikelyDuplicates } from '../likely-duplicates'
import type { Located } from '../vocabularies'

export interface DuplicateProbe {
  key: string
  date: string
  kind: string
  people: string[]
  places: string[]
  /** The passages (display-text offsets) that mention the event. */
  spans: [number, number][]
}

function interval(value: string): [string, string] | null {
  const parsed = parseDate(value)
  if (!parsed.ok) return null
  const { start, end } = dateInterval(parsed.date)
  return [start, end]
}

const located = (value: EventInput): Located<EventInput> =>
  ({ value, path: [], file: { file: '', data: undefined, lineOf: () => undefined } }) as Located<EventInput>

function asEvent(probe: DuplicateProbe): EventInput {
  return {
    id: probe.key,
    date: probe.date,
    approx: false,
    status: 'held',
    kind: probe.kind,
    title: { ru: '', en: '' },
    summary: { ru: '', en: '' },
    topics: [],
    people: probe.people,
    places: probe.places,
    related: [],
    distinctFrom: [],
    media: [],
    sources: [],
  }
}

/** Each probe's likely duplicates among `events`, by the probe's key. */
export function likelyDuplicates(
  probes: readonly DuplicateProbe[],
  events: readonly EventInput[],
  document: { id: string; text: string },
): Map<string, string[]> {
  const found = new Map<string, string[]>(probes.map((p) => [p.key, []]))
  const add = (key: string, id: string) => {
    const list = found.get(key)
    if (list && !list.includes(id)) list.push(id)
  }
  const quoted = events.flatMap((event) =>
    event.sources.flatMap((source) => {
      if (!isDocumentSource(source) || source.document !== document.id) return []
      const at = findQuote(document.text, source.quote)
      return at ? [{ id: event.id, date: interval(event.date), start: at.start, end: at.end }] : []
    }),
  )
  for (const probe of probes) {
    const at = interval(probe.date)
    for (const q of quoted) {
      const sameTime = at && q.date && q.date[0] <= at[1] && at[0] <= q.date[1]
      if (sameTime && probe.spans.some(([s, e]) => s < q.end && q.start < e)) add(probe.key, q.id)
    }
  }
  const keys = new Set(probes.map((p) => p.key))
  const pairs = findLikelyDuplicates([...probes.map((p) => located(asEvent(p))), ...events.map(located)])
  for (const { first, second } of pairs) {
    const [a, b] = [first.value.id, second.value.id]
    if (keys.has(a) && !keys.has(b)) add(a, b)
    else if (keys.has(b) && !keys.has(a)) add(b, a)
  }
  for (const probe of probes) {
    const at = interval(probe.date)
    if (!at) continue
    for (const event of events) {
      const other = interval(event.date)
      if (!other || event.kind !== probe.kind || other[0] > at[1] || at[0] > other[1]) continue
      const shared =
        probe.people.some((p) => event.people.includes(p)) || probe.places.some((p) => event.places.includes(p))
      if (shared) add(probe.key, event.id)
    }
  }
  return found
}
