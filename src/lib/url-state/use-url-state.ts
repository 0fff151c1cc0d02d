import { useState, useSyncExternalStore } from 'react'
import { getUrlState, subscribeUrlState } from './url-store'
import type { UrlKey, UrlState } from './url-state'

/** The parsed URL state; re-renders on every change (push, replace, back, forward). */
export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribeUrlState, getUrlState, getUrlState)
}

/**
 * One value of the URL state; re-renders only when that value changes (the store keeps unchanged values by
 * identity), not on every pan of the timeline or every selection.
 */
export function useUrlValue<K extends keyof UrlState>(key: K): UrlState[K] {
  const read = () => getUrlState()[key]
  return useSyncExternalStore(subscribeUrlState, read, read)
}

/**
 * Some values of the URL state, as one object that changes only when one of them changes (a pan or a
 * selection does not re-render a component reading the filters). `keys` must not change between renders.
 */
export function useUrlValues<K extends UrlKey>(keys: readonly K[]): Pick<UrlState, K> {
  const [read] = useState(() => {
    let last: Pick<UrlState, K> | null = null
    return function readValues(): Pick<UrlState, K> {
      const state = getUrlState()
      if (last === null || keys.some((key) => last?.[key] !== state[key]))
        last = Object.fromEntries(keys.map((key) => [key, state[key]])) as Pick<UrlState, K>
      return last
    }
  })
  return useSyncExternalStore(subscribeUrlState, read, read)
}
