/**
 * Search in the app: the index (build/search-index.json, served at ./data/search-index.json) and the search
 * code (MiniSearch and the stemmers, ~47 kB gzipped) are loaded on the first non-blank query, not at start.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { SearchIndex } from '../../model/search'
import type { WordMatcher } from '../../model/search/words'
import { fetchData } from '../offline'

export interface SearchState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Matching event ids; null: no search applies (blank query, or the index is not loaded yet). */
  ids: Set<string> | null
  /** Matched index terms. */
  terms: string[]
  /** For `<Highlighted match>`: whether a word is one the search matched; null: nothing to mark. */
  match: WordMatcher | null
}

type Search = (query: string) => { ids: Set<string> | null; terms: string[]; match: WordMatcher | null }

const cache = new Map<string, Promise<Search>>()

export function loadSearch(url: string): Promise<Search> {
  let pending = cache.get(url)
  if (!pending) {
    pending = Promise.all([import('../../model/search'), fetchData(url)]).then(async ([search, response]) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const index: SearchIndex = search.loadSearchIndexObject(await response.json())
      return (query: string) => {
        const result = search.searchEvents(index, query)
        return { ...result, match: search.wordMatcher(result.terms) }
      }
    })
    pending.catch(() => cache.delete(url)) // a later mount (or another url) may try again
    cache.set(url, pending)
  }
  return pending
}

const IDLE: SearchState = { status: 'idle', ids: null, terms: [], match: null }
const INDEX_URL = './data/search-index.json'

/**
 * Starts loading the index before the first query (the searchbox got focus). Reading a large index holds the
 * page (10,000 events: ~0.3 s); begun on focus, that mostly passes before the first letter instead of between
 * the first letters. A failure here is left to the first query, which tries again and reports it.
 */
export function prefetchSearch(url = INDEX_URL): void {
  loadSearch(url).catch(() => {})
}

export function useSearch(query: string, url = INDEX_URL): SearchState {
  const deferred = useDeferredValue(query)
  const wanted = deferred.trim() !== ''
  const [loaded, setLoaded] = useState<{ url: string; search: Search | null } | null>(null)

  useEffect(
    function loadIndexOnFirstSearch() {
      if (!wanted || loaded?.url === url) return
      let live = true
      loadSearch(url).then(
        (search) => live && setLoaded({ url, search }),
        () => live && setLoaded({ url, search: null }),
      )
      return function ignoreLateLoad() {
        live = false
      }
    },
    [wanted, url, loaded],
  )

  return useMemo((): SearchState => {
    if (!wanted) return IDLE
    if (loaded?.url !== url) return { status: 'loading', ids: null, terms: [], match: null }
    if (!loaded.search) return { status: 'error', ids: null, terms: [], match: null }
    return { status: 'ready', ...loaded.search(deferred) }
  }, [wanted, loaded, url, deferred])
}
