export { SearchBox } from './SearchBox'
export { NoResults } from './NoResults'
export { prefetchSearch, searchPending, useSearch, type SearchState } from './use-search'
