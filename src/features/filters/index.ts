export {
  FACETS,
  facetCounts,
  facetValues,
  filterEvents,
  hasActiveFilters,
  overlaps,
  periodBounds,
  type EventFilters,
  type Facet,
  type FilterableEvent,
  type Period,
} from './filter-events'
export { FacetFilter, type FacetFilterProps, type FacetOption } from './FacetFilter'
export { PeriodFilter, type PeriodFilterProps } from './PeriodFilter'
export { ClearAll, type ClearAllProps } from './ClearAll'
export { useFilterLabels, type FilterLabels } from './use-filter-labels'
export { EventFiltersProvider, useEventFilters, type EventFiltersValue } from './event-filters-context'
export { FilterBar } from './FilterBar'
export { CLEARED_FILTERS, filtersFromUrl } from './url-filters'
export { toggleTopic } from './toggle-topic'
