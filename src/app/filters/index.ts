export { EventFiltersProvider, useEventFilters, type EventFiltersValue } from './event-filters-context'
export { FilterBar } from './FilterBar'
export { CLEARED_FILTERS, filtersFromUrl } from './url-filters'
export { toggleTopic } from './toggle-topic'
