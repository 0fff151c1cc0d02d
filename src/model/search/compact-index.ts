/**
 * The search index in a compact form of its own (docs/decisions/0011-search.md): the sorted index terms and, per
 * term, the events it occurs in with the fields it occurs in, delta-coded into a string. Nothing is ranked (the
 * app shows the matches in their own order), so no term frequency or field length is kept; reading it is one
 * JSON parse, and a term's postings are decoded only when a query reaches it.
 */
import { decodePostings, encodePostings, type Postings } from './postings'

/** The written form (`build/search-index.json`), plain JSON; `format` says which. */
export interface CompactIndexJSON {
  format: typeof FORMAT
  /** Field names; bit i of a posting's mask is fields[i]. */
  fields: string[]
  /** Document number → event id. */
  ids: string[]
  /** The index terms, sorted by UTF-16 code units (`<`). */
  terms: string[]
  /** Per term, its postings: (document number delta, field mask) pairs, each a varint (see `encode`). */
  postings: string[]
}

const FORMAT = 'timeline-search-index/1'

/** From documents (id and text per field) and a term processor, the index in its written form. */
export function buildCompactIndex<F extends string>(
  documents: readonly ({ id: string } & Record<F, string>)[],
  fields: readonly F[],
  tokenize: (text: string) => string[],
  processTerm: (word: string) => string[] | null,
): CompactIndexJSON {
  if (fields.length > 16) throw new Error('search index: at most 16 fields')
  // term → document numbers (ascending, as documents are added in order) and their masks
  const byTerm = new Map<string, { docs: number[]; masks: number[] }>()
  documents.forEach((document, doc) => {
    fields.forEach((field, f) => {
      for (const word of tokenize(document[field])) {
        for (const term of processTerm(word) ?? []) {
          let postings = byTerm.get(term)
          if (!postings) byTerm.set(term, (postings = { docs: [], masks: [] }))
          const last = postings.docs.length - 1
          if (postings.docs[last] === doc) postings.masks[last] = (postings.masks[last] as number) | (1 << f)
          else {
            postings.docs.push(doc)
            postings.masks.push(1 << f)
          }
        }
      }
    })
  })
  const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    format: FORMAT,
    fields: [...fields],
    ids: documents.map((document) => document.id),
    terms,
    postings: terms.map((term) => {
      const { docs, masks } = byTerm.get(term) as { docs: number[]; masks: number[] }
      return encodePostings(docs, masks)
    }),
  }
}

/** A clear error for anything that is not an index of this format (an old build's MiniSearch JSON, say). */
export function compactIndexProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return 'not an object'
  const index = json as Partial<CompactIndexJSON>
  if (index.format !== FORMAT) return `format ${JSON.stringify(index.format)}, expected "${FORMAT}" (rebuild the data)`
  for (const key of ['fields', 'ids', 'terms', 'postings'] as const)
    if (!Array.isArray(index[key])) return `"${key}" is not a list`
  if (index.terms?.length !== index.postings?.length) return '"terms" and "postings" differ in length'
  return null
}

/** Which index terms a query word reaches. */
export interface TermQuery {
  term: string
  prefix: boolean
  /** Largest edit distance (0: exact). */
  maxDistance: number
}

/**
 * What a search found, in flat arrays (a worker transfers them without copying): the matching documents and,
 * for the i-th of them, the pairs `pairs[2k], pairs[2k + 1]` for k in `offsets[i]`..`offsets[i + 1]`: an index
 * into `terms` (the matched terms) and the mask of the fields that term is in.
 */
export interface CompactMatch {
  docs: Int32Array
  terms: string[]
  offsets: Int32Array
  pairs: Int32Array
}

/** The loaded index: terms searched by exact word, prefix and edit distance; postings decoded on demand. */
export class CompactIndex {
  readonly fields: readonly string[]
  readonly ids: readonly string[]
  private readonly terms: readonly string[]
  private readonly postings: readonly string[]
  private byLength: Map<number, number[]> | null = null

  constructor(json: CompactIndexJSON) {
    const problem = compactIndexProblem(json)
    if (problem !== null) throw new Error(`search index: ${problem}`)
    this.fields = json.fields
    this.ids = json.ids
    this.terms = json.terms
    this.postings = json.postings
  }

  /** The written form again: `JSON.stringify(index)` is what the pipeline writes. */
  toJSON(): CompactIndexJSON {
    const { fields, ids, terms, postings } = this
    return { format: FORMAT, fields, ids, terms, postings } as CompactIndexJSON
  }

  /** The first term position at or after `term`. */
  private lowerBound(term: string): number {
    let low = 0
    let high = this.terms.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((this.terms[mid] as string) < term) low = mid + 1
      else high = mid
    }
    return low
  }

  /** Term positions a query reaches: the term itself, the terms it begins, and those within its distance. */
  termsFor({ term, prefix, maxDistance }: TermQuery): Set<number> {
    const found = new Set<number>()
    const at = this.lowerBound(term)
    if (prefix) for (let i = at; i < this.terms.length && (this.terms[i] as string).startsWith(term); i++) found.add(i)
    else if (this.terms[at] === term) found.add(at)
    if (maxDistance > 0) {
      this.byLength ??= groupByLength(this.terms)
      for (let length = term.length - maxDistance; length <= term.length + maxDistance; length++)
        for (const i of this.byLength.get(length) ?? [])
          if (withinDistance(term, this.terms[i] as string, maxDistance)) found.add(i)
    }
    return found
  }

  postingsOf(position: number): Postings {
    return decodePostings(this.postings[position] as string)
  }

  termAt(position: number): string {
    return this.terms[position] as string
  }

  /** Documents matching every group (each group: any of its term queries), with what matched in each. */
  search(groups: readonly (readonly TermQuery[])[]): CompactMatch {
    const count = this.ids.length
    // hits[doc] = how many groups, in order, the document has matched so far
    const hits = new Uint16Array(count)
    const decoded = new Map<number, Postings>()
    groups.forEach((queries, group) => {
      const positions = new Set<number>()
      for (const query of queries) for (const i of this.termsFor(query)) positions.add(i)
      for (const i of positions) {
        let postings = decoded.get(i)
        if (!postings) decoded.set(i, (postings = this.postingsOf(i)))
        for (const doc of postings.docs) if (hits[doc] === group) hits[doc] = group + 1
      }
    })
    const all = groups.length
    // Pairs per matching document, then each document's first pair: a counting sort by document.
    const perDoc = new Int32Array(count)
    const terms: string[] = []
    const used: { postings: Postings; term: number }[] = []
    for (const [i, postings] of decoded) {
      let n = 0
      for (const doc of postings.docs) {
        if (hits[doc] !== all) continue
        perDoc[doc] = (perDoc[doc] as number) + 1
        n++
      }
      if (n > 0) used.push({ postings, term: terms.push(this.termAt(i)) - 1 })
    }
    const docs: number[] = []
    for (let doc = 0; doc < count; doc++) if (hits[doc] === all) docs.push(doc)
    const offsets = new Int32Array(docs.length + 1)
    const cursor = new Int32Array(count)
    docs.forEach((doc, r) => {
      cursor[doc] = offsets[r] as number
      offsets[r + 1] = (offsets[r] as number) + (perDoc[doc] as number)
    })
    const pairs = new Int32Array(2 * (offsets[docs.length] as number))
    for (const { postings, term } of used) {
      const { docs: postingDocs, masks } = postings
      for (let k = 0; k < postingDocs.length; k++) {
        const doc = postingDocs[k] as number
        if (hits[doc] !== all) continue
        const at = (cursor[doc] as number) * 2
        pairs[at] = term
        pairs[at + 1] = masks[k] as number
        cursor[doc] = (cursor[doc] as number) + 1
      }
    }
    return { docs: Int32Array.from(docs), terms, offsets, pairs }
  }
}

function groupByLength(terms: readonly string[]): Map<number, number[]> {
  const groups = new Map<number, number[]>()
  terms.forEach((term, i) => {
    let group = groups.get(term.length)
    if (!group) groups.set(term.length, (group = []))
    group.push(i)
  })
  return groups
}

/** Two rows of the edit-distance table, reused from call to call (a query compares thousands of terms). */
let rows = [new Int32Array(64), new Int32Array(64)]

/**
 * Whether the Levenshtein distance between a and b is at most `max`: only the band of cells within `max` of the
 * diagonal is computed (a cell outside it is above `max` already), and a row whose every cell exceeds it ends it.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  if (rows[0]!.length <= b.length) rows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)]
  let [previous, row] = rows as [Int32Array, Int32Array]
  const over = max + 1
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : over
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    row[from - 1] = from === 1 && i <= max ? i : over
    let best = row[from - 1] as number
    const code = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      row[j] = value > over ? over : value
      if (value < best) best = value
    }
    if (to < b.length) row[to + 1] = over
    if (best > max) return false
    ;[previous, row] = [row, previous]
  }
  return (previous[b.length] as number) <= max
}
