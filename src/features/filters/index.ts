export {
  facetCounts,
  filterEvents,
  hasActiveFilters,
  periodBounds,
  type EventFilters,
  type Period,
} from './filter-events'
export { FacetFilter } from './FacetFilter'
export { PeriodFilter } from './PeriodFilter'
export { ClearAll } from './ClearAll'
export { useFilterLabels } from './use-filter-labels'
export { EventFiltersProvider, useEventFilters } from './event-filters-context'
export { FilterBar } from './FilterBar'
export { CLEARED_FILTERS, filtersFromUrl } from './url-filters'
export { toggleTopic } from './toggle-topic'
