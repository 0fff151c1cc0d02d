export { SearchBox, type SearchBoxProps } from './SearchBox'
export { NoResults, type NoResultsProps } from './NoResults'
export { prefetchSearch, searchPending, useSearch, type SearchState } from './use-search'
