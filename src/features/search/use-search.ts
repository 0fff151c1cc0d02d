/**
 * Search in the app: the index (build/search-index.json, served at ./data/search-index.json) is loaded on the
 * first non-blank query or when the searchbox gets focus, not at start, and read and queried in a Web Worker
 * (worker-search.ts), so a large index never holds the page. Where no worker can run (the offline single file,
 * whose index is inline; jsdom) the same code runs on the page.
 */
import { useEffect, useMemo, useState } from 'react'
import type { DatasetEvent } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import type { explainMatch, MatchExplanation, Vocabulary } from './explain'
import { fetchData } from '../../lib/offline'
import { createSearchWorker } from './search-worker'
import { startWorkerSearch, WorkerUnavailable, type IndexResult, type IndexSearch } from './worker-search'

export interface SearchState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Matching event ids; null: no search applies (blank query, or the index is not loaded yet). */
  ids: Set<string> | null
  /** Matched index terms. */
  terms: string[]
  /** Per matching event, its matched terms and their fields (see `explain`). */
  fieldsOf: IndexResult['fieldsOf']
  /** For `<Highlighted match>`: whether a word is one the search matched; null: nothing to mark. */
  match: WordMatcher | null
  /** Why an event shown was found, and what to mark in it (its alias's name too); null: no search applies. */
  explain: MatchExplainer | null
  /**
   * The query these results answer ('' unless ready). While it differs from the query typed, the answer to
   * that one is on its way (see `searchPending`).
   */
  query: string
}

/** Why an event of the result was found; for an event the search did not find, no reasons and nothing to mark. */
export type MatchExplainer = (event: Pick<DatasetEvent, 'id' | 'people' | 'places'>) => MatchExplanation

interface Search {
  index: IndexSearch
  /** From the matched terms to which words of a text to mark (the stemmers run on the page for this). */
  matcher: (terms: readonly string[]) => WordMatcher | null
  explain: typeof explainMatch
}

/** The index read on the page: the offline file (its index is already in the page) and where Worker is missing. */
async function searchOnPage(url: string): Promise<IndexSearch> {
  const [search, host, response] = await Promise.all([
    import('../../model/search'),
    import('./search-host'),
    fetchData(url),
  ])
  const index = await host.readIndex(response, url)
  return { search: async (query) => search.searchEvents(index, query) }
}

function searchInWorker(url: string, worker: Worker): Promise<IndexSearch> {
  return startWorkerSearch(worker, new URL(url, document.baseURI).href).catch((error: unknown) => {
    if (error instanceof WorkerUnavailable) return searchOnPage(url)
    throw error
  })
}

const cache = new Map<string, Promise<Search>>()

export function loadSearch(url: string): Promise<Search> {
  let pending = cache.get(url)
  if (!pending) {
    // null in the offline single file (its build swaps in a stand-in: the index is in the page) and in jsdom.
    const worker = createSearchWorker()
    pending = Promise.all([
      worker ? searchInWorker(url, worker) : searchOnPage(url),
      import('../../model/search/terms'),
      import('./explain'),
    ]).then(([index, terms, why]) => ({ index, matcher: terms.wordMatcher, explain: why.explainMatch }))
    pending.catch(() => cache.delete(url)) // a later mount (or another url) may try again
    cache.set(url, pending)
  }
  return pending
}

const NO_FIELDS = () => undefined
const IDLE: SearchState = {
  status: 'idle',
  ids: null,
  terms: [],
  fieldsOf: NO_FIELDS,
  match: null,
  explain: null,
  query: '',
}
const LOADING: SearchState = { ...IDLE, status: 'loading' }
const FAILED: SearchState = { ...IDLE, status: 'error' }
const INDEX_URL = './data/search-index.json'
const NO_VOCABULARY: Vocabulary = { people: [], places: [] }

/** Starts loading the index before the first query (the searchbox got focus); a failure is left to the query. */
export function prefetchSearch(url = INDEX_URL): void {
  loadSearch(url).catch(() => {})
}

type Answer = {
  url: string
  result: (IndexResult & Pick<SearchState, 'match' | 'explain' | 'query'>) | 'failed'
}

/** Whether the results shown are not yet those of `query` (the index is loading, or the answer is on its way). */
export function searchPending(search: SearchState, query: string): boolean {
  return search.status === 'loading' || (search.status === 'ready' && search.query !== query)
}

/**
 * The search for `query`. While the answer to a new query is on its way, the last answer stays (the list does
 * not blink empty between letters); an answer to a query that has since changed is dropped.
 */

/** `vocabulary`: the people and places, whose names and aliases say why an event was found (see `explain`). */
export function useSearch(query: string, url = INDEX_URL, vocabulary: Vocabulary = NO_VOCABULARY): SearchState {
  const wanted = query.trim() !== ''
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(
    function searchWhenTheQueryChanges() {
      if (!wanted) return
      let live = true
      loadSearch(url)
        .then(async ({ index, matcher, explain }) => {
          const result = await index.search(query)
          const why: MatchExplainer | null =
            result.ids && ((event) => explain(event, result.fieldsOf(event.id), vocabulary))
          return { ...result, match: matcher(result.terms), explain: why, query }
        })
        .then(
          (result) => live && setAnswer({ url, result }),
          () => live && setAnswer({ url, result: 'failed' }),
        )
      return function dropLateAnswer() {
        live = false
      }
    },
    [wanted, query, url, vocabulary],
  )

  // A cleared query forgets the last answer (set while rendering, as React advises for state that follows props):
  // the next query starts from "loading", not from the results of the one before the clearing.
  if (!wanted && answer !== null) setAnswer(null)

  return useMemo((): SearchState => {
    if (!wanted) return IDLE
    if (answer?.url !== url) return LOADING
    if (answer.result === 'failed') return FAILED
    return { status: 'ready', ...answer.result }
  }, [wanted, answer, url])
}
