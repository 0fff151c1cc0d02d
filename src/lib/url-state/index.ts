export {
  DEFAULT_URL_STATE,
  GROUPINGS,
  URL_KEYS,
  VIEWS,
  currentView,
  parseUrlState,
  serializeUrlState,
  type DayRange,
  type Grouping,
  type UrlState,
  type View,
} from './url-state'
export {
  checkUrlIds,
  ID_KEYS,
  knownIdsOf,
  type CheckedUrlState,
  type IdKey,
  type KnownIds,
  type UnknownIds,
} from './known-ids'
export {
  currentUrl,
  dropUnknownUrlIds,
  flushUrlState,
  getUrlState,
  setUrlIdCheck,
  setUrlState,
  type HistoryMode,
  type UrlUpdate,
} from './url-store'
export { useUnknownUrlIds, useUrlState, useUrlValue } from './use-url-state'
