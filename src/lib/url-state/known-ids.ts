/**
 * A link's ids checked against the loaded dataset, apart from parsing (which only checks their grammar): an id
 * the timeline does not have (a topic renamed since the link was made, a typo) is dropped, and a list left
 * empty by dropping falls back to its default (all), so a shared link never shows nothing. An explicit empty
 * list (`topics=`, the user's "None") is kept as it is. What was dropped is returned for the link notice.
 */
import type { Dataset } from '../../model'
import type { UrlState } from './url-state'

/** The URL keys whose values are ids of the dataset, in URL_KEYS order. */
export const ID_KEYS = ['topics', 'event', 'doc', 'eras', 'kind', 'people', 'places', 'docs', 'story'] as const
export type IdKey = (typeof ID_KEYS)[number]

const LIST_KEYS = ['topics', 'eras', 'kind', 'people', 'places', 'docs'] as const satisfies readonly IdKey[]
type ListKey = (typeof LIST_KEYS)[number]

/** Per key, what answers whether an id is known: a Set, or the dataset's lookup by id (a Map). */
export type KnownIds = Readonly<Record<IdKey, Pick<ReadonlySet<string>, 'has'>>>

const ids = (items: readonly { id: string }[] | undefined) => new Set((items ?? []).map((item) => item.id))

/** The ids a link may name in this dataset: its vocabularies (periods too), events, documents and stories. */
export function knownIdsOf(
  dataset: Dataset,
  /** The events by id, when the caller has them: a second set of 100,000 ids would cost ~0.1 s and ~3 MB. */
  eventIds: Pick<ReadonlySet<string>, 'has'> = ids(dataset.events),
): KnownIds {
  const documents = ids(dataset.documents)
  return {
    topics: ids(dataset.topics),
    event: eventIds,
    doc: documents,
    eras: ids(dataset.periods),
    kind: ids(dataset.kinds),
    people: ids(dataset.people),
    places: ids(dataset.places),
    docs: documents,
    story: ids(dataset.stories),
  }
}

/** The ids of one key that the dataset does not have. */
export interface UnknownIds {
  key: IdKey
  ids: string[]
}

export interface CheckedUrlState {
  state: UrlState
  /** Empty when every id is known; in ID_KEYS order otherwise. */
  unknown: UnknownIds[]
}

/**
 * `state` with only known ids. A value that needs no change keeps its identity (the store shares unchanged
 * values with the last state, so a reader of one key re-renders only when it changes).
 */
export function checkUrlIds(state: UrlState, known: KnownIds): CheckedUrlState {
  const unknown: UnknownIds[] = []
  const next: Partial<Record<IdKey, unknown>> = {}
  for (const key of ID_KEYS) {
    const value = state[key]
    if (value === null) continue
    const values: readonly string[] = typeof value === 'string' ? [value] : value
    const missing = values.filter((id) => !known[key].has(id))
    if (missing.length === 0) continue
    unknown.push({ key, ids: missing })
    const kept = values.filter((id) => known[key].has(id))
    next[key] = isList(key) && kept.length > 0 ? kept : null
  }
  if (unknown.length === 0) return { state, unknown }
  const checked = { ...state, ...next } as UrlState
  // A link to a document the timeline does not have still opens the documents, as it meant to.
  if (next.doc === null && state.view === 'timeline') checked.view = 'documents'
  return { state: checked, unknown }
}

function isList(key: IdKey): key is ListKey {
  return (LIST_KEYS as readonly IdKey[]).includes(key)
}
