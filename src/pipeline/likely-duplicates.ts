/**
 * Likely duplicates: two events of the same kind whose date intervals overlap or lie within a month of each other,
 * and which share two people, or a person and a place. Such a pair is reported (so `--strict` refuses it) unless
 * the events are told apart: one names the other in `distinctFrom` (with a reason) or in `related`.
 */
import { dateInterval, dayNumberFromIso, parseDate } from '../model/date'
import type { EventInput } from '../model/schema'
import type { Problems } from './problems'
import type { Located } from './vocabularies'

/** "Within a month": the gap between the two intervals, in days. */
export const DUPLICATE_WINDOW_DAYS = 31

interface Dated {
  event: Located<EventInput>
  start: number
  end: number
}

export interface LikelyDuplicate {
  first: Located<EventInput>
  second: Located<EventInput>
  /** "people taro-kono, sergey-lavrov" or "person x and place y". */
  shared: string
}

export function findLikelyDuplicates(events: readonly Located<EventInput>[]): LikelyDuplicate[] {
  const byKind = new Map<string, Dated[]>()
  for (const event of events) {
    const parsed = parseDate(event.value.date)
    if (!parsed.ok) continue
    const interval = dateInterval(parsed.date)
    const dated = { event, start: dayNumberFromIso(interval.start), end: dayNumberFromIso(interval.end) }
    const list = byKind.get(event.value.kind)
    if (list) list.push(dated)
    else byKind.set(event.value.kind, [dated])
  }
  const found: LikelyDuplicate[] = []
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start)
    // A sweep over events sorted by start: once one starts more than a month after `a` ends, so do all after it.
    list.forEach((a, i) => {
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as Dated
        if (b.start - a.end > DUPLICATE_WINDOW_DAYS) break
        const shared = sharedEntities(a.event.value, b.event.value)
        if (shared && !toldApart(a.event.value, b.event.value)) found.push({ first: a.event, second: b.event, shared })
      }
    })
  }
  return found
}

function sharedEntities(a: EventInput, b: EventInput): string | null {
  const people = a.people.filter((id) => b.people.includes(id))
  const places = a.places.filter((id) => b.places.includes(id))
  if (people.length >= 2) return `people ${people.join(', ')}`
  if (people.length === 1 && places.length >= 1) return `person ${people[0]} and place ${places[0]}`
  return null
}

function toldApart(a: EventInput, b: EventInput): boolean {
  const names = (x: EventInput, y: EventInput) =>
    x.related.includes(y.id) || x.distinctFrom.some((entry) => entry.event === y.id)
  return names(a, b) || names(b, a)
}

export function reportLikelyDuplicates(events: readonly Located<EventInput>[], problems: Problems): void {
  for (const { first, second, shared } of findLikelyDuplicates(events)) {
    const at = [...second.path, 'id']
    const where = `${first.file.file}:${first.file.lineOf([...first.path, 'id']) ?? '?'}`
    problems.warning(
      second.file.file,
      `likely a duplicate of "${first.value.id}" (${where}): same kind, dates within a month, shared ${shared}; if they are different events, add distinctFrom: [{ event: ${first.value.id}, reason: ... }]`,
      { path: at, line: second.file.lineOf(at) },
    )
  }
}
