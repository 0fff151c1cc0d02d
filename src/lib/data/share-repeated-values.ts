/**
 * A parsed dataset holds one string and one list per occurrence: JSON.parse does not know that 100,000 events name
 * the same six topics, a few thousand days and ten thousand documents, nor that most of their lists are empty or
 * the same list of topics, people or places as another event's. This pass makes every repeated short value one shared
 * string, every equal list of ids one shared frozen array and every empty list EMPTY, from the same pool as the
 * columns' decoder (src/model/value-pool.ts), in the freshly parsed object (nobody else holds it yet). Nothing a
 * reader sees changes. The browser only checked the dataset's shape, so a field of another type than the schema's
 * is left as it is.
 */
import type { Dataset } from '../../model'
import { EMPTY, createValuePool, type ValuePool } from '../../model/value-pool'

type Fields = Record<string, unknown>

/** The short values many events repeat (ids of the vocabularies, days), and their lists. */
const EVENT_VALUES = ['date', 'start', 'end', 'asOf', 'kind', 'status'] as const
/** The lists of ids, shared whole; the others (of objects, and `untranslated`) keep their own array. */
const ID_LISTS = ['topics', 'people', 'places', 'related'] as const
const OTHER_LISTS = ['distinctFrom', 'media', 'links', 'sources', 'untranslated'] as const
const DOCUMENT_VALUES = ['published', 'place', 'language', 'kind'] as const

const isString = (value: unknown): value is string => typeof value === 'string'

/**
 * `pool`: the one the events' columns were decoded from, if any; `events: false`: the events came decoded from
 * columns (ADR 0027), their values already shared.
 */
export function shareRepeatedValues(
  dataset: Dataset,
  { pool = createValuePool(), events = true }: { pool?: ValuePool; events?: boolean } = {},
): Dataset {
  const one = (value: unknown): unknown => (isString(value) ? pool.string(value) : value)
  const values = (record: Fields, keys: readonly string[]) => {
    for (const key of keys) if (key in record) record[key] = one(record[key])
  }
  const lists = (record: Fields, keys: readonly string[], ids: boolean) => {
    for (const key of keys) {
      const list = record[key]
      if (!Array.isArray(list)) continue
      if (list.length === 0) record[key] = EMPTY
      else if (ids && list.every(isString)) record[key] = pool.list(list)
      else for (let i = 0; i < list.length; i++) list[i] = one(list[i])
    }
  }
  for (const event of events ? (dataset.events as unknown as Fields[]) : []) {
    values(event, EVENT_VALUES)
    lists(event, ID_LISTS, true)
    lists(event, OTHER_LISTS, false)
    if (Array.isArray(event.sources))
      for (const source of event.sources as unknown[])
        if (typeof source === 'object' && source !== null) values(source as Fields, ['document'])
  }
  for (const document of dataset.documents as unknown as Fields[]) {
    values(document, DOCUMENT_VALUES)
    const publisher = document.publisher
    if (typeof publisher === 'object' && publisher !== null) values(publisher as Fields, ['ru', 'en'])
  }
  return dataset
}
