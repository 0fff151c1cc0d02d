/**
 * The kinds of field the URL state is made of (docs/decisions/0005-url-as-state.md): each parses its keys'
 * text without throwing (malformed gives the default) and writes nothing for the default. Parsing checks the
 * form only (an id is `a-z0-9-`); whether an id is in the dataset is checked later, against the dataset.
 */
import { parseDate } from '../../model'

/** A window or a period of whole days, `from` ≤ `to`, both `YYYY-MM-DD`. */
export interface DayRange {
  from: string
  to: string
}

export const ID = /^[a-z0-9-]{1,100}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
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

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null
  const n = Number(value)
  return n >= 1 ? n : null
}

/**
 * One field of the URL state. Most fields are one key named after the field; `keys` names them otherwise
 * (the timeline window is `from` and `to`).
 */
export interface Field<V> {
  keys?: readonly string[]
  default: V
  /** The keys' first values (null: absent) → the value; anything malformed gives the default. Never throws. */
  parse: (raw: readonly (string | null)[]) => V
  /** The value → each key's text; null: the key is left out. The default leaves every key out. */
  serialize: (value: V) => readonly (string | null)[]
  equals: (a: V, b: V) => boolean
  /**
   * A filter of the events: `bar` on the filter bar itself (search, topics), `more` behind "More filters".
   * "Clear search and filters" resets every filter field.
   */
  filter?: 'bar' | 'more'
}

const same = <V>(a: V, b: V) => a === b

export function choice<T extends string>(values: readonly T[]): Field<T | null>
export function choice<T extends string>(values: readonly T[], fallback: T): Field<T>
export function choice<T extends string>(values: readonly T[], fallback: T | null = null): Field<T | null> {
  return {
    default: fallback,
    parse: ([raw = null]) => oneOf(values, raw) ?? fallback,
    serialize: (value) => [value === fallback ? null : value],
    equals: same,
  }
}

export function idField(): Field<string | null> {
  return { default: null, parse: ([raw = null]) => id(raw), serialize: (value) => [value], equals: same }
}

export function listField<T extends string>(accept: (item: string) => boolean): Field<T[] | null> {
  return {
    default: null,
    parse: ([raw = null]) => list<T>(raw, accept),
    serialize: (value) => [value === null ? null : value.join(',')],
    equals: (a, b) => a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i])),
  }
}

const sameRange = (a: DayRange | null, b: DayRange | null) =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to)

/** `from` and `to` as two keys. */
export function dayKeys(keys: readonly [string, string]): Field<DayRange | null> {
  return {
    keys,
    default: null,
    parse: ([from = null, to = null]) => dayRange(from, to),
    serialize: (value) => [value?.from ?? null, value?.to ?? null],
    equals: sameRange,
  }
}

/** `from/to` in one key. */
export function daySpan(): Field<DayRange | null> {
  return {
    default: null,
    parse: ([raw = null]) => {
      const [from, to] = (raw ?? '').split('/')
      return dayRange(from ?? null, to ?? null)
    },
    serialize: (value) => [value ? `${value.from}/${value.to}` : null],
    equals: sameRange,
  }
}

export function text(max: number): Field<string> {
  return {
    default: '',
    parse: ([raw = null]) => clip(raw ?? '', max),
    serialize: (value) => [value === '' ? null : value],
    equals: same,
  }
}

export function slide(): Field<number | null> {
  return {
    default: null,
    parse: ([raw = null]) => positiveInt(raw),
    serialize: (value) => [value === null ? null : String(value)],
    equals: same,
  }
}

/** `key=1`, or absent. */
export function flag(): Field<boolean> {
  return { default: false, parse: ([raw]) => raw === '1', serialize: (value) => [value ? '1' : null], equals: same }
}

export function filter<V, K extends 'bar' | 'more'>(kind: K, field: Field<V>): Field<V> & { filter: K } {
  return { ...field, filter: kind }
}
