export {
  CLEARED_FILTERS,
  DEFAULT_URL_STATE,
  FACET_KEYS,
  GROUPINGS,
  URL_FIELDS,
  URL_KEYS,
  VIEWS,
  currentView,
  parseUrlState,
  sameValue,
  serializeUrlState,
  type DayRange,
  type FacetKey,
  type Field,
  type Grouping,
  type UrlKey,
  type UrlState,
  type View,
} from './url-state'
export { currentUrl, flushUrlState, getUrlState, setUrlState, urlSettled } from './url-store'
export { useUrlState, useUrlValue, useUrlValues } from './use-url-state'
