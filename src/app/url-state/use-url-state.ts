import { useSyncExternalStore } from 'react'
import { getUrlState, subscribeUrlState } from './url-store'
import type { UrlState } from './url-state'

/** The parsed URL state; re-renders when it changes (push, replace, back, forward). */
export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribeUrlState, getUrlState, getUrlState)
}
