/** The URL's filter fields as the filter feature's EventFilters. */
import type { EventFilters } from './filter-events'
import { FACET_KEYS, type UrlState } from '../../lib/url-state'

export { CLEARED_FILTERS } from '../../lib/url-state'

export function filtersFromUrl(url: UrlState, matchIds: ReadonlySet<string> | null): EventFilters {
  const facets = Object.fromEntries(FACET_KEYS.map((key) => [key, url[key]])) as EventFilters
  return { ...facets, topics: url.topics, status: url.status ? [url.status] : null, matchIds }
}
