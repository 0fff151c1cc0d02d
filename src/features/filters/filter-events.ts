/**
 * Faceted filtering, pure: AND across facets, OR within one. Shared by every view so the timeline, the list
 * and the counts always agree. Counts follow standard faceting: a facet's counts are computed as if that
 * facet alone were cleared, so each number says how many events ticking that box would add or keep.
 */
import { compareIsoDays, type DatasetEvent } from '../../model'

export const FACETS = ['topics', 'status', 'kind', 'people', 'places', 'docs'] as const
export type Facet = (typeof FACETS)[number]

export interface Period {
  /** First and last day, inclusive, `YYYY-MM-DD`. */
  from: string
  to: string
}

/** A period (era) of the dataset as a filter: its id and days. */
export interface EraRange extends Period {
  id: string
}

export interface EventFilters {
  /** null or absent: all topics; []: none (the topic filter's "none"). */
  topics?: readonly string[] | null
  /** Events whose interval overlaps the period. */
  period?: Period | null
  /** Events whose interval overlaps any of these periods (eras); null, absent or []: no constraint. */
  eras?: readonly EraRange[] | null
  /** For the other facets null, absent and [] all mean "no constraint". */
  status?: readonly string[] | null
  kind?: readonly string[] | null
  people?: readonly string[] | null
  places?: readonly string[] | null
  docs?: readonly string[] | null
  /** The search result; null or absent: no search. */
  matchIds?: ReadonlySet<string> | null
}

export type FilterableEvent = Pick<
  DatasetEvent,
  'id' | 'start' | 'end' | 'topics' | 'status' | 'kind' | 'people' | 'places' | 'sources'
>

/** The values an event has for a facet: its topics, its one status, the documents it cites… */
export function facetValues(event: FilterableEvent, facet: Facet): readonly string[] {
  switch (facet) {
    case 'status':
      return [event.status]
    case 'kind':
      return [event.kind]
    case 'docs':
      return [...new Set(event.sources.map((source) => source.document))]
    default:
      return event[facet]
  }
}

function matchesFacet(event: FilterableEvent, facet: Facet, selected: readonly string[] | null | undefined): boolean {
  if (selected === null || selected === undefined) return true
  if (selected.length === 0 && facet !== 'topics') return true
  return facetValues(event, facet).some((value) => selected.includes(value))
}

export function overlaps(event: Pick<DatasetEvent, 'start' | 'end'>, period: Period | null | undefined): boolean {
  return !period || (compareIsoDays(event.start, period.to) <= 0 && compareIsoDays(event.end, period.from) >= 0)
}

/** A facet with counts: the event facets, and the eras (whose values are the periods an event overlaps). */
export type CountedFacet = Facet | 'eras'

function inEras(event: FilterableEvent, eras: readonly EraRange[] | null | undefined): boolean {
  return !eras || eras.length === 0 || eras.some((era) => overlaps(event, era))
}

function matches(event: FilterableEvent, filters: EventFilters, except?: CountedFacet): boolean {
  if (filters.matchIds && !filters.matchIds.has(event.id)) return false
  if (!overlaps(event, filters.period)) return false
  if (except !== 'eras' && !inEras(event, filters.eras)) return false
  return FACETS.every((facet) => facet === except || matchesFacet(event, facet, filters[facet]))
}

export function filterEvents<E extends FilterableEvent>(events: readonly E[], filters: EventFilters): E[] {
  return events.filter((event) => matches(event, filters))
}

/** Per value of `facet`, how many events match every other filter. */
export function facetCounts(
  events: readonly FilterableEvent[],
  filters: EventFilters,
  facet: Facet,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const event of events) {
    if (!matches(event, filters, facet)) continue
    for (const value of new Set(facetValues(event, facet))) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/** Per period (era), how many events overlapping it match every other filter. */
export function eraCounts(
  events: readonly FilterableEvent[],
  filters: EventFilters,
  eras: readonly EraRange[],
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const event of events) {
    if (!matches(event, filters, 'eras')) continue
    for (const era of eras) if (overlaps(event, era)) counts.set(era.id, (counts.get(era.id) ?? 0) + 1)
  }
  return counts
}

/** True when any filter or the search narrows the events (what "clear all" would undo). */
export function hasActiveFilters(filters: EventFilters): boolean {
  if (filters.matchIds || filters.period || (filters.eras?.length ?? 0) > 0) return true
  if (filters.topics !== null && filters.topics !== undefined) return true
  return FACETS.some((facet) => facet !== 'topics' && (filters[facet]?.length ?? 0) > 0)
}

/** The first and last day of all events, for the period inputs' bounds; null for no events. */
export function periodBounds(events: readonly Pick<DatasetEvent, 'start' | 'end'>[]): Period | null {
  if (events.length === 0) return null
  let from = events[0]!.start
  let to = events[0]!.end
  for (const event of events) {
    if (compareIsoDays(event.start, from) < 0) from = event.start
    if (compareIsoDays(event.end, to) > 0) to = event.end
  }
  return { from, to }
}
