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
export { checkUrlIds, ID_KEYS, knownIdsOf, type CheckedUrlState, type IdKey, type KnownIds } from './known-ids'
export {
  currentUrl,
  dropUnknownUrlIds,
  flushUrlState,
  getUrlState,
  setUrlIdCheck,
  setUrlState,
  urlSettled,
} from './url-store'
export { useUnknownUrlIds, useUrlState, useUrlValue, useUrlValues } from './use-url-state'
export { setShownWindow, shownWindow } from './shown-window'
