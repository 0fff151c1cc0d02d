/**
 * `build/search-index.json`: the MiniSearch index of the built dataset, read by the app's search worker with
 * `loadSearchIndexObject`.
 */
import MiniSearch from 'minisearch'
import type { Dataset } from '../model'
import { processTerm, SEARCH_OPTIONS, toSearchDocuments, type SearchDocument } from '../model/search'

export function buildSearchIndex(dataset: Pick<Dataset, 'events' | 'people' | 'places'>): string {
  // The same index as `createSearchIndex`, built faster: `processTerm` is pure, and stemming each distinct word
  // once instead of at every occurrence took most of the time on a large corpus (words repeat a lot).
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, processTerm: memoized(processTerm) })
  index.addAll(toSearchDocuments(dataset))
  return JSON.stringify(index)
}

function memoized(process: (term: string) => string[] | null): (term: string) => string[] | null {
  const cache = new Map<string, string[] | null>()
  return (term) => {
    let terms = cache.get(term)
    if (terms === undefined) cache.set(term, (terms = process(term)))
    return terms
  }
}
