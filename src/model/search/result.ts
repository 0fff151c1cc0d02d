/**
 * What a search answers, apart from the index and the stemmers: the page reads a worker's answer with this
 * alone, so the initial bundle does not carry them.
 */
import type { SearchField } from './fields'

export type { SearchField }

export interface SearchResult {
  /** Ids of the matching events; null when the query has nothing to search for (blank or only stop words). */
  ids: Set<string> | null
  /** The index terms that matched (stems and whole words), for highlighting with the same processTerm. */
  terms: string[]
  /** For a matching event, each matched term and the fields it matched in (what says why it was found). */
  fieldsOf(id: string): Record<string, SearchField[]> | undefined
}

/**
 * The same as plain data, what the search worker sends (its typed arrays transferred, not copied): for the
 * i-th id, the pairs (index into `terms`, field mask) at `pairs[2k]`, `pairs[2k + 1]` for k from `offsets[i]`
 * to `offsets[i + 1]`; bit f of a mask is `fields[f]`. Thousands of matches cost a few arrays, not an object each.
 */
export interface SearchHits {
  ids: string[] | null
  terms: string[]
  fields: string[]
  offsets: Int32Array
  pairs: Int32Array
}

/** The result from its plain form; each event's fields are read out when asked for. */
export function resultOf(hits: SearchHits): SearchResult {
  const { terms, fields, offsets, pairs } = hits
  let position: Map<string, number> | null = null
  return {
    ids: hits.ids && new Set(hits.ids),
    terms,
    fieldsOf(id) {
      position ??= new Map(hits.ids?.map((each, i) => [each, i]))
      const i = position.get(id)
      if (i === undefined) return undefined
      const matched: Record<string, SearchField[]> = {}
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
        const mask = pairs[2 * k + 1] as number
        matched[terms[pairs[2 * k] as number] as string] = fields.filter((_, f) => mask & (1 << f)) as SearchField[]
      }
      return matched
    },
  }
}
