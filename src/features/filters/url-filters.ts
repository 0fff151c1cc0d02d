/** The URL's filter keys as the filter feature's EventFilters, and the update that clears them all. */
import type { EventFilters } from './filter-events'
import type { UrlState } from '../../lib/url-state'

export function filtersFromUrl(url: UrlState, matchIds: ReadonlySet<string> | null): EventFilters {
  return {
    topics: url.topics,
    period: url.period,
    status: url.status ? [url.status] : null,
    kind: url.kind,
    people: url.people,
    places: url.places,
    docs: url.docs,
    matchIds,
  }
}

/** "Clear search and filters": every filter key and the search back to their defaults. */
export const CLEARED_FILTERS = {
  q: '',
  topics: null,
  period: null,
  status: null,
  kind: null,
  people: null,
  places: null,
  docs: null,
} satisfies Partial<UrlState>
