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
