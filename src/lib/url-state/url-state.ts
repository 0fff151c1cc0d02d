/**
 * The shareable state of the app lives in the URL (docs/decisions/0005-url-as-state.md).
 * `parseUrlState` never throws: unknown or malformed values fall back to defaults. Ids are only checked for
 * their grammar here; known-ids.ts checks them against the loaded dataset.
 * `serializeUrlState` omits defaults and writes the keys in one stable order.
 */
import { LANGUAGES, STATUSES } from '../../model'
import type { EventKind, TopicId } from '../../model'
import { ID, choice, dayKeys, daySpan, filter, flag, idField, listField, slide, text, type Field } from './fields'

export type { DayRange, Field } from './fields'

export const VIEWS = ['timeline', 'list', 'documents'] as const
export type View = (typeof VIEWS)[number]
export const GROUPINGS = ['topic', 'kind'] as const
export type Grouping = (typeof GROUPINGS)[number]

/** The view shown: a link with `doc=<id>` opens the documents view at that document. */
export function currentView(state: Pick<UrlState, 'view' | 'doc'>): View {
  return state.doc !== null ? 'documents' : state.view
}

const MAX_QUERY = 200

/** Topics and kinds come from the data folder: any id-shaped value parses; the dataset check drops unknown ones. */
const isTopic = (item: string) => ID.test(item)
const isKind = (item: string) => ID.test(item)
const isId = (item: string) => ID.test(item)

/**
 * The URL state, one line per field, in the order the keys are written. A new key is a line here and a test;
 * the type, the defaults, the key order, the parser, the serializer and the filter helpers follow from it.
 */
export const URL_FIELDS = {
  /** null: not in the link; the stored choice or the browser language applies. */
  lang: choice(LANGUAGES),
  view: choice(VIEWS, 'timeline'),
  group: choice(GROUPINGS),
  /** null: all topics (key absent); []: none (`topics=`). */
  topics: filter('bar', listField<TopicId>(isTopic)),
  event: idField(),
  doc: idField(),
  /** The timeline's visible window. */
  window: dayKeys(['from', 'to']),
  q: filter('bar', text(MAX_QUERY)),
  period: filter('more', daySpan()),
  /** Periods (eras) of periods.yaml: the events overlapping any of them. */
  eras: filter('more', listField(isId)),
  status: filter('more', choice(STATUSES)),
  kind: filter('more', listField<EventKind>(isKind)),
  people: filter('more', listField(isId)),
  places: filter('more', listField(isId)),
  docs: filter('more', listField(isId)),
  story: idField(),
  /** The presentation's deck position: 0 the title slide, N the N-th event, N+1 the close; null: not presenting. */
  present: slide(),
  /** Bilingual mode. */
  bi: flag(),
  /** This window is the presenter view of a presentation (`presenter=1`). */
  presenter: flag(),
}

type Fields = typeof URL_FIELDS
type ValueOf<F> = F extends Field<infer V> ? V : never

export type UrlState = { [K in keyof Fields]: ValueOf<Fields[K]> }
export type UrlKey = keyof UrlState
/** The fields that filter the events, and those behind "More filters". */
export type FilterKey = { [K in UrlKey]: Fields[K] extends { filter: string } ? K : never }[UrlKey]
export type FacetKey = { [K in UrlKey]: Fields[K] extends { filter: 'more' } ? K : never }[UrlKey]

const FIELD_NAMES = Object.keys(URL_FIELDS) as UrlKey[]
const field = <K extends UrlKey>(name: K) => URL_FIELDS[name] as unknown as Field<UrlState[K]>
const keysOf = (name: UrlKey) => field(name).keys ?? [name]

export const DEFAULT_URL_STATE: UrlState = Object.freeze(
  Object.fromEntries(FIELD_NAMES.map((name) => [name, field(name).default])) as UrlState,
)

/** The order keys are written in. */
export const URL_KEYS: readonly string[] = FIELD_NAMES.flatMap(keysOf)

export const FILTER_KEYS = FIELD_NAMES.filter((name) => 'filter' in URL_FIELDS[name]) as FilterKey[]
export const FACET_KEYS = FIELD_NAMES.filter(
  (name) => (URL_FIELDS[name] as Field<unknown>).filter === 'more',
) as FacetKey[]

/** "Clear search and filters": every filter field back to its default. */
export const CLEARED_FILTERS: Pick<UrlState, FilterKey> = Object.freeze(
  Object.fromEntries(FILTER_KEYS.map((name) => [name, DEFAULT_URL_STATE[name]])) as Pick<UrlState, FilterKey>,
)

/** Whether two values of a field are the same (arrays and ranges by content). */
export function sameValue<K extends UrlKey>(name: K, a: UrlState[K], b: UrlState[K]): boolean {
  return field(name).equals(a, b)
}

export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return { ...DEFAULT_URL_STATE }
  }
  // URLSearchParams.get returns the first value: when a key repeats, the first wins.
  return Object.fromEntries(
    FIELD_NAMES.map((name) => [name, field(name).parse(keysOf(name).map((key) => params.get(key)))]),
  ) as UrlState
}

// Commas and slashes stay readable in shared links.
function encode(value: string): string {
  // A lone surrogate cannot be encoded (URIError): it becomes U+FFFD, as the URL parser would make it.
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  return encodeURIComponent(wellFormed).replace(/%2C/g, ',').replace(/%2F/g, '/')
}

/** `?key=value&…` in URL_KEYS order, defaults omitted; '' when everything is default. */
export function serializeUrlState(state: UrlState): string {
  const parts = FIELD_NAMES.flatMap((name) => {
    const values = field(name).serialize(state[name])
    return keysOf(name).flatMap((key, i) => {
      const value = values[i] ?? null
      if (value === null) return []
      return [value === '' ? `${key}=` : `${key}=${encode(value)}`]
    })
  })
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}
