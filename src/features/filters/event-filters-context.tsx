/**
 * The events every view shows: the dataset filtered by the URL's filters and search, computed once per change
 * in one provider, read anywhere below it with `useEventFilters()`.
 */
import { createContext, use, useMemo, useState, type ReactNode } from 'react'
import type { DatasetEvent } from '../../model'
import {
  eraCounts,
  FACETS,
  facetCounts,
  filterEvents,
  hasActiveFilters,
  type CountedFacet,
  type EventFilters,
} from './filter-events'
import { useSearch, type SearchState } from '../search'
import { useDataset } from '../../lib/data'
import { useUrlState } from '../../lib/url-state'
import { eraRanges, filtersFromUrl } from './url-filters'

export interface EventFiltersValue {
  filters: EventFilters
  /** The events shown, in the dataset's sort order. */
  events: readonly DatasetEvent[]
  search: SearchState
  /** True when a filter or the search narrows the events. */
  active: boolean
  /** Per value of the facet (per period for the eras), the events matching every other filter. */
  counts: (facet: CountedFacet) => ReadonlyMap<string, number>
}

const EventFiltersContext = createContext<EventFiltersValue | null>(null)

type CountsCache = Map<
  CountedFacet,
  { all: readonly DatasetEvent[]; filters: EventFilters; counts: ReadonlyMap<string, number> }
>

/** The filters agree on everything but `facet` (the search result by identity: it is one Set per result). */
function sameExcept(a: EventFilters, b: EventFilters, facet: CountedFacet): boolean {
  if (a.matchIds !== b.matchIds) return false
  for (const key of [...FACETS, 'period', 'eras'] as const)
    if (key !== facet && JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) return false
  return true
}

export function EventFiltersProvider({ children }: { children: ReactNode }) {
  const { dataset, events: all } = useDataset()
  // A facet's counts leave that facet out: ticking a topic changes every count but the topics'. They are kept
  // across filter changes and computed again only when another filter changed.
  const [countsCache] = useState<CountsCache>(() => new Map())
  const url = useUrlState()
  const search = useSearch(url.q, undefined, dataset)
  const eras = useMemo(() => eraRanges(dataset.periods), [dataset.periods])
  const filters = useMemo(
    () => filtersFromUrl(url, search.ids, eras),
    // The filter keys only: a pan or a selection must not recompute the filtered events.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- listed field by field on purpose
    [url.topics, url.period, url.eras, url.status, url.kind, url.people, url.places, url.docs, search.ids, eras],
  )
  const value = useMemo((): EventFiltersValue => {
    return {
      filters,
      events: filterEvents(all, filters),
      search,
      // The search as it applies (the query whose answer is in), not the keystroke: typing renders the searchbox
      // at once, and everything that shows the events when the answer comes.
      active: hasActiveFilters(filters) || search.status !== 'idle',
      counts: (facet) => {
        const cached = countsCache.get(facet)
        if (cached?.all === all && sameExcept(cached.filters, filters, facet)) return cached.counts
        const counts = facet === 'eras' ? eraCounts(all, filters, eras) : facetCounts(all, filters, facet)
        countsCache.set(facet, { all, filters, counts })
        return counts
      },
    }
  }, [all, filters, search, countsCache, eras])
  return <EventFiltersContext value={value}>{children}</EventFiltersContext>
}

export function useEventFilters(): EventFiltersValue {
  const value = use(EventFiltersContext)
  if (value === null) throw new Error('useEventFilters() must be used inside <EventFiltersProvider>')
  return value
}
