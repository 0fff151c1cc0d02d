/**
 * The shareable state of the app lives in the URL (docs/decisions/0005-url-as-state.md).
 * `parseUrlState` never throws: unknown or malformed values fall back to defaults.
 * `serializeUrlState` omits defaults and writes the keys in one stable order.
 */
import { EVENT_KINDS, LANGUAGES, STATUSES, TOPIC_IDS, parseDate } from '../../model'
import type { EventKind, Language, Status, TopicId } from '../../model'

export const VIEWS = ['timeline', 'list', 'documents'] as const
export type View = (typeof VIEWS)[number]
export const GROUPINGS = ['topic', 'kind'] as const
export type Grouping = (typeof GROUPINGS)[number]

/** The view shown: a link with `doc=<id>` opens the documents view at that document. */
export function currentView(state: Pick<UrlState, 'view' | 'doc'>): View {
  return state.doc !== null ? 'documents' : state.view
}

/** A window or a period of whole days, `from` ≤ `to`, both `YYYY-MM-DD`. */
export interface DayRange {
  from: string
  to: string
}

export interface UrlState {
  /** null: not in the link; the stored choice or the browser language applies. */
  lang: Language | null
  view: View
  group: Grouping | null
  /** null: all topics (key absent); []: none (`topics=`). */
  topics: TopicId[] | null
  event: string | null
  doc: string | null
  /** The timeline's visible window (`from`, `to`). */
  window: DayRange | null
  q: string
  period: DayRange | null
  status: Status | null
  kind: EventKind[] | null
  people: string[] | null
  places: string[] | null
  docs: string[] | null
  story: string | null
  /** The presentation's deck position: 0 the title slide, N the N-th event, N+1 the close; null: not presenting. */
  present: number | null
  /** Bilingual mode. */
  bi: boolean
  /** This window is the presenter view of a presentation (`presenter=1`). */
  presenter: boolean
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  lang: null,
  view: 'timeline',
  group: null,
  topics: null,
  event: null,
  doc: null,
  window: null,
  q: '',
  period: null,
  status: null,
  kind: null,
  people: null,
  places: null,
  docs: null,
  story: null,
  present: null,
  bi: false,
  presenter: false,
})

/** The order keys are written in; `from` and `to` stand for `window`. */
export const URL_KEYS = [
  'lang',
  'view',
  'group',
  'topics',
  'event',
  'doc',
  'from',
  'to',
  'q',
  'period',
  'status',
  'kind',
  'people',
  'places',
  'docs',
  'story',
  'present',
  'bi',
  'presenter',
] as const

const ID = /^[a-z0-9-]{1,100}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const MAX_QUERY = 200

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

function id(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null
}

/** Comma-separated list; null when absent; unknown or malformed entries dropped; no duplicates. */
function list<T extends string>(value: string | null, accept: (item: string) => boolean): T[] | null {
  if (value === null) return null
  const items = value.split(',').filter((item) => item !== '' && accept(item))
  return [...new Set(items)] as T[]
}

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const parsed = parseDate(value)
  return parsed.ok && parsed.date.kind === 'day'
}

function dayRange(from: string | null, to: string | null): DayRange | null {
  if (from === null || to === null || !isDay(from) || !isDay(to) || from > to) return null
  return { from, to }
}

/** At most `max` UTF-16 units, never cutting a surrogate pair in two. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

function nonNegativeInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null
  return Number(value)
}

export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return { ...DEFAULT_URL_STATE }
  }
  // URLSearchParams.get returns the first value: when a key repeats, the first wins.
  const get = (key: string) => params.get(key)
  const [periodFrom, periodTo] = (get('period') ?? '').split('/')
  return {
    lang: oneOf(LANGUAGES, get('lang')),
    view: oneOf(VIEWS, get('view')) ?? 'timeline',
    group: oneOf(GROUPINGS, get('group')),
    topics: list<TopicId>(get('topics'), (t) => oneOf(TOPIC_IDS, t) !== null),
    event: id(get('event')),
    doc: id(get('doc')),
    window: dayRange(get('from'), get('to')),
    q: clip(get('q') ?? '', MAX_QUERY),
    period: dayRange(periodFrom ?? null, periodTo ?? null),
    status: oneOf(STATUSES, get('status')),
    kind: list<EventKind>(get('kind'), (k) => oneOf(EVENT_KINDS, k) !== null),
    people: list(get('people'), (p) => ID.test(p)),
    places: list(get('places'), (p) => ID.test(p)),
    docs: list(get('docs'), (d) => ID.test(d)),
    story: id(get('story')),
    present: nonNegativeInt(get('present')),
    bi: get('bi') === '1',
    presenter: get('presenter') === '1',
  }
}

// Commas and slashes stay readable in shared links.
function encode(value: string): string {
  // A lone surrogate cannot be encoded (URIError): it becomes U+FFFD, as the URL parser would make it.
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  return encodeURIComponent(wellFormed).replace(/%2C/g, ',').replace(/%2F/g, '/')
}

function entries(state: UrlState): [string, string | null][] {
  const joined = (items: readonly string[] | null) => (items === null ? null : items.join(','))
  return [
    ['lang', state.lang],
    ['view', state.view === 'timeline' ? null : state.view],
    ['group', state.group],
    ['topics', joined(state.topics)],
    ['event', state.event],
    ['doc', state.doc],
    ['from', state.window?.from ?? null],
    ['to', state.window?.to ?? null],
    ['q', state.q === '' ? null : state.q],
    ['period', state.period ? `${state.period.from}/${state.period.to}` : null],
    ['status', state.status],
    ['kind', joined(state.kind)],
    ['people', joined(state.people)],
    ['places', joined(state.places)],
    ['docs', joined(state.docs)],
    ['story', state.story],
    ['present', state.present === null ? null : String(state.present)],
    ['bi', state.bi ? '1' : null],
    ['presenter', state.presenter ? '1' : null],
  ]
}

/** `?key=value&…` in URL_KEYS order, defaults omitted; '' when everything is default. */
export function serializeUrlState(state: UrlState): string {
  const parts = entries(state)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => (value === '' ? `${key}=` : `${key}=${encode(value)}`))
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}
