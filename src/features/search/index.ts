export { SearchBox } from './SearchBox'
export { NoResults } from './NoResults'
export { prefetchSearch, searchPending, useSearch, type MatchExplainer, type SearchState } from './use-search'
export { MatchReasons } from './MatchReasons'
