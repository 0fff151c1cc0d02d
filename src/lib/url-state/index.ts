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
export { currentUrl, flushUrlState, getUrlState, setUrlState, type HistoryMode, type UrlUpdate } from './url-store'
export { useUrlState, useUrlValue } from './use-url-state'
