/**
 * One copy of each repeated value of a loaded dataset (docs/decisions/0027-compact-events.md). JSON.parse makes a
 * string and a list per occurrence: 100,000 events name the same six topics, a few thousand days and ten thousand
 * documents, and their ~270,000 lists of topics, people, places and related events are ~18,000 distinct ones. A
 * pool hands back the first string equal to a value and the first list equal to a list of ids, frozen so that no
 * event can change another's (every empty list is EMPTY). The columns' decoder and the pass over a plain list both
 * take their values from a pool, so the two forms load into events that share the same way.
 */

export const EMPTY: readonly never[] = Object.freeze([])

export interface ValuePool {
  /** The pool's string equal to `value`. */
  string: (value: string) => string
  /**
   * The pool's frozen list equal to `ids`, EMPTY for none. `ids` is the caller's to give away: the first list of
   * its kind is kept (its items made the pool's strings, then frozen), a later equal one is left to the GC.
   */
  list: (ids: string[]) => readonly string[]
}

export function createValuePool(): ValuePool {
  const strings = new Map<string, string>()
  const lists = new Map<string, readonly string[]>()
  const string = (value: string): string => {
    const shared = strings.get(value)
    if (shared !== undefined) return shared
    strings.set(value, value)
    return value
  }
  const list = (ids: string[]): readonly string[] => {
    if (ids.length === 0) return EMPTY
    const key = ids.join('\u0000')
    const shared = lists.get(key)
    // Equal keys are equal lists unless an id holds U+0000 ("a\0b" against "a", "b"): such a list keeps its own.
    if (shared !== undefined && sameIds(shared, ids)) return shared
    for (let i = 0; i < ids.length; i++) ids[i] = string(ids[i]!)
    if (shared === undefined) lists.set(key, ids)
    return Object.freeze(ids)
  }
  return { string, list }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
