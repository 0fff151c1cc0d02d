/**
 * `build/search-index.json`: the compact search index of the built dataset (src/model/search/compact-index.ts),
 * read by the app's search worker with `loadSearchIndexObject`.
 */
import type { Dataset } from '../model'
import { createSearchIndex, processTerm } from '../model/search'

export function buildSearchIndex(dataset: Pick<Dataset, 'events' | 'people' | 'places'>): string {
  // The same index as `createSearchIndex`, built faster: `processTerm` is pure, and stemming each distinct word
  // once instead of at every occurrence took most of the time on a large corpus (words repeat a lot).
  return JSON.stringify(createSearchIndex(dataset, memoized(processTerm)))
}

function memoized(process: (term: string) => string[] | null): (term: string) => string[] | null {
  const cache = new Map<string, string[] | null>()
  return (term) => {
    let terms = cache.get(term)
    if (terms === undefined) cache.set(term, (terms = process(term)))
    return terms
  }
}
