/**
 * Full-text search over events, shared by the pipeline (which builds the index into build/search-index.json)
 * and the app (which loads it and runs queries). Both sides must use these exact options: an index is only
 * as good as the agreement between how it was built and how it is queried. The index itself is in a compact
 * form of its own (compact-index.ts; docs/decisions/0011-search.md).
 *
 * Every word is indexed twice: as its Snowball stem (Russian for Cyrillic, English for Latin), so word forms
 * meet ("встречи" ~ "встреча", "meetings" ~ "meeting"), and as the whole lowercased word, so a word being
 * typed still finds its completions by prefix ("meeti" → "meeting", which no stem starts with).
 */
import type { Dataset, DatasetEvent } from '../schema'
import { buildCompactIndex, CompactIndex, type CompactIndexJSON, type TermQuery } from './compact-index'
import { SEARCH_FIELDS, type SearchField } from './fields'
import { resultOf, type SearchHits, type SearchResult } from './result'

export type { SearchHits, SearchResult } from './result'
export type { SearchField } from './fields'
import { normalizeWord, processTerm } from './terms'
import { tokenize } from './words'

export { processTerm, wordMatcher } from './terms'

export type SearchDocument = { id: string } & Record<SearchField, string>

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

export type SearchIndex = CompactIndex

/** `processTerm` may be a faster equivalent (the pipeline's memoized one); the terms must be the same. */
export function createSearchIndex(
  dataset: Pick<Dataset, 'events' | 'people' | 'places'>,
  process: (term: string) => string[] | null = processTerm,
): SearchIndex {
  return new CompactIndex(buildCompactIndex(toSearchDocuments(dataset), SEARCH_FIELDS, tokenize, process))
}

/** The JSON written by the pipeline (`JSON.stringify(index)`), read back. */
export function loadSearchIndex(json: string): SearchIndex {
  return loadSearchIndexObject(JSON.parse(json))
}

/** The same from the parsed JSON (`Response.json()`); a clear error when it is not an index of this format. */
export function loadSearchIndexObject(js: unknown): SearchIndex {
  return new CompactIndex(js as CompactIndexJSON)
}

/** Tokens shorter than this are matched exactly (and by prefix when last): fuzziness on "abe" finds "abo", "ab"… */
export const FUZZY_MIN_LENGTH = 5
export const FUZZINESS = 0.2

/** Edits allowed at most, whatever a term's length. */
const MAX_FUZZY = 6

/**
 * The query: every word must match (AND) in any field; a word matches by its stem or as typed (OR); the last
 * word also by prefix, since it may still be being typed; words of 5+ letters tolerate one typo (fuzzy 0.2 of
 * each term's length, rounded: 2 edits from 8 letters on). One group of term queries per word.
 */
export function buildQuery(query: string): TermQuery[][] | null {
  const words = tokenize(query).filter((word) => processTerm(word) !== null)
  if (words.length === 0) return null
  return words.map((word, i) => {
    const fuzzy = normalizeWord(word).length >= FUZZY_MIN_LENGTH
    return (processTerm(word) ?? []).map((term) => ({
      term,
      prefix: i === words.length - 1,
      maxDistance: fuzzy ? Math.min(MAX_FUZZY, Math.round(term.length * FUZZINESS)) : 0,
    }))
  })
}

export function searchHits(index: SearchIndex, query: string): SearchHits {
  const groups = buildQuery(query)
  const fields = [...index.fields]
  if (groups === null) return { ids: null, terms: [], fields, offsets: new Int32Array(1), pairs: new Int32Array(0) }
  const { docs, terms, offsets, pairs } = index.search(groups)
  return { ids: Array.from(docs, (doc) => index.ids[doc] as string), terms, fields, offsets, pairs }
}

export function searchEvents(index: SearchIndex, query: string): SearchResult {
  return resultOf(searchHits(index, query))
}
