/** The URL's filter fields as the filter feature's EventFilters. */
import type { Dataset } from '../../model'
import type { EraRange, EventFilters } from './filter-events'
import { FACET_KEYS, type UrlState } from '../../lib/url-state'

export { CLEARED_FILTERS } from '../../lib/url-state'

/** The dataset's periods as filter ranges. */
export function eraRanges(periods: Dataset['periods']): EraRange[] {
  return periods.map((period) => ({ id: period.id, from: period.startDay, to: period.endDay }))
}

/** The link's eras are ids: `periods` (the dataset's) gives their days; an id it does not have constrains nothing. */
export function filtersFromUrl(
  url: UrlState,
  matchIds: ReadonlySet<string> | null,
  periods: readonly EraRange[] = [],
): EventFilters {
  const facets = Object.fromEntries(FACET_KEYS.map((key) => [key, url[key]])) as Omit<EventFilters, 'eras'>
  const eras = url.eras === null ? null : periods.filter((era) => url.eras?.includes(era.id))
  return { ...facets, eras, topics: url.topics, status: url.status ? [url.status] : null, matchIds }
}
