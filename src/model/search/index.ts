/**
 * Full-text search over events, shared by the pipeline (which builds the index into build/search-index.json)
 * and the app (which loads it and runs queries). Both sides must use these exact options: an index is only
 * as good as the agreement between how it was built and how it is queried.
 *
 * Every word is indexed twice: as its Snowball stem (Russian for Cyrillic, English for Latin), so word forms
 * meet ("встречи" ~ "встреча", "meetings" ~ "meeting"), and as the whole lowercased word, so a word being
 * typed still finds its completions by prefix ("meeti" → "meeting", which no stem starts with).
 */
import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch'
import type { Dataset, DatasetEvent } from '../schema'
import { normalizeWord, processTerm } from './terms'
import { tokenize } from './words'

export { processTerm, wordMatcher } from './terms'

export const SEARCH_FIELDS = [
  'title_ru',
  'title_en',
  'summary_ru',
  'summary_en',
  'quotes',
  'translations',
  'people',
  'places',
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

export type SearchDocument = { id: string } & Record<SearchField, string>

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
}

function vocabularyText<T extends { id: string; aliases: string[] }>(
  ids: string[],
  entries: Map<string, T>,
  name: (entry: T) => string[],
): string {
  return ids
    .flatMap((id) => {
      const entry = entries.get(id)
      return entry ? [...name(entry), ...entry.aliases] : [id]
    })
    .join(' \n ')
}

/** One flat search document per event: both languages, quotes, translations, people and places with aliases. */
export function toSearchDocuments(dataset: Pick<Dataset, 'events' | 'people' | 'places'>): SearchDocument[] {
  const people = new Map(dataset.people.map((person) => [person.id, person]))
  const places = new Map(dataset.places.map((place) => [place.id, place]))
  return dataset.events.map((event: DatasetEvent) => ({
    id: event.id,
    title_ru: event.title.ru,
    title_en: event.title.en,
    summary_ru: event.summary.ru,
    summary_en: event.summary.en,
    quotes: event.sources.map((source) => source.quote).join(' \n '),
    translations: event.sources.map((source) => source.translation).join(' \n '),
    people: vocabularyText(event.people, people, (person) => [person.name.ru, person.name.en]),
    places: vocabularyText(event.places, places, (place) => [place.name.ru, place.name.en]),
  }))
}

export type SearchIndex = MiniSearch<SearchDocument>

export function createSearchIndex(dataset: Pick<Dataset, 'events' | 'people' | 'places'>): SearchIndex {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS)
  index.addAll(toSearchDocuments(dataset))
  return index
}

/** The JSON written by the pipeline (`JSON.stringify(index)`), read back with the same options. */
export function loadSearchIndex(json: string): SearchIndex {
  return loadSearchIndexObject(JSON.parse(json) as AsPlainObject)
}

/** The same from the parsed JSON (`Response.json()`): the browser parses it in a task of its own. */
export function loadSearchIndexObject(js: AsPlainObject): SearchIndex {
  return MiniSearch.loadJS<SearchDocument>(js, SEARCH_OPTIONS)
}

/** Tokens shorter than this are matched exactly (and by prefix when last): fuzziness on "abe" finds "abo", "ab"… */
export const FUZZY_MIN_LENGTH = 5
export const FUZZINESS = 0.2

/**
 * The query tree: every word must match (AND) in any field; a word matches by its stem or as typed (OR);
 * the last word also by prefix, since it may still be being typed; words of 5+ letters tolerate
 * one typo (fuzzy 0.2, rounded: 2 edits from 8 letters on).
 */
export function buildQuery(query: string): Query | null {
  const words = tokenize(query).filter((word) => processTerm(word) !== null)
  if (words.length === 0) return null
  return {
    combineWith: 'AND',
    queries: words.map((word, i) => ({
      combineWith: 'OR',
      prefix: i === words.length - 1,
      fuzzy: normalizeWord(word).length >= FUZZY_MIN_LENGTH ? FUZZINESS : false,
      queries: [word],
    })),
  }
}

export interface SearchResult {
  /** Ids of the matching events; null when the query has nothing to search for (blank or only stop words). */
  ids: Set<string> | null
  /** The index terms that matched (stems and whole words), for highlighting with the same processTerm. */
  terms: string[]
}

export function searchEvents(index: SearchIndex, query: string): SearchResult {
  const tree = buildQuery(query)
  if (tree === null) return { ids: null, terms: [] }
  const ids = new Set<string>()
  const terms = new Set<string>()
  for (const result of index.search(tree)) {
    ids.add(String(result.id))
    for (const term of result.terms) terms.add(term)
  }
  return { ids, terms: [...terms] }
}
