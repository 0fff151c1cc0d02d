/** `build/search-index.json`: the MiniSearch index of the built dataset, loaded by the app with `loadSearchIndex`. */
import type { Dataset } from '../model'
import { createSearchIndex } from '../model/search'

export function buildSearchIndex(dataset: Pick<Dataset, 'events' | 'people' | 'places'>): string {
  return JSON.stringify(createSearchIndex(dataset))
}
