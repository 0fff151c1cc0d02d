/**
 * Property tests of the check of a link's ids against the dataset (known-ids.ts), over random known ids, random
 * link values and the names an object lookup would get wrong (constructor, __proto__, toString): only known ids
 * remain, a list emptied by dropping falls back to the default while the explicit empty choice stays, and the
 * notice gets exactly what was dropped.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_URL_STATE,
  ID_KEYS,
  checkUrlIds,
  parseUrlState,
  type IdKey,
  type KnownIds,
  type UrlState,
} from '../../../src/lib/url-state'

const RUNS = { numRuns: 1000 }
const LIST_KEYS = ['topics', 'kind', 'people', 'places', 'docs'] as const
const isList = (key: IdKey) => (LIST_KEYS as readonly string[]).includes(key)

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']
const id = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES, 'peace-treaty', 'summit', 'a', 'zz'),
  fc.stringMatching(/^[a-z0-9-]{1,8}$/),
  fc.string({ maxLength: 6 }),
)
const known: fc.Arbitrary<KnownIds> = fc.record(
  Object.fromEntries(ID_KEYS.map((key) => [key, fc.uniqueArray(id, { maxLength: 6 }).map((ids) => new Set(ids))])),
) as fc.Arbitrary<KnownIds>
/** A link's id values: absent, the explicit empty list, or some ids (a list's without duplicates, as parsed). */
const idValues = fc.record(
  Object.fromEntries(
    ID_KEYS.map((key) => [
      key,
      isList(key)
        ? fc.oneof(fc.constant(null), fc.constant([]), fc.uniqueArray(id, { minLength: 1, maxLength: 5 }))
        : fc.option(id),
    ]),
  ),
)
const views = fc.constantFrom('timeline', 'list', 'documents') as fc.Arbitrary<UrlState['view']>
const state: fc.Arbitrary<UrlState> = fc
  .tuple(idValues, views)
  .map(([values, view]) => ({ ...DEFAULT_URL_STATE, ...values, view, q: 'kept', bi: true }) as UrlState)

const asList = (value: string | readonly string[] | null): readonly string[] =>
  value === null ? [] : typeof value === 'string' ? [value] : value

describe('checkUrlIds (property)', () => {
  it('keeps only known ids, in their order, and reports exactly the dropped ones, key by key', () => {
    fc.assert(
      fc.property(state, known, (input, ids) => {
        const { state: checked, unknown } = checkUrlIds(input, ids)
        for (const key of ID_KEYS) {
          const before = asList(input[key])
          const kept = before.filter((value) => ids[key].has(value))
          const dropped = before.filter((value) => !ids[key].has(value))
          expect(asList(checked[key])).toEqual(kept)
          expect(unknown.find((entry) => entry.key === key)?.ids ?? []).toEqual(dropped)
        }
        expect(unknown.map((entry) => entry.key)).toEqual(ID_KEYS.filter((key) => unknown.some((e) => e.key === key)))
        expect(unknown.every((entry) => entry.ids.length > 0)).toBe(true)
      }),
      RUNS,
    )
  })

  it('never turns a list into the empty choice: emptied by dropping is the default, "None" stays "None"', () => {
    fc.assert(
      fc.property(state, known, (input, ids) => {
        const { state: checked } = checkUrlIds(input, ids)
        for (const key of LIST_KEYS) {
          const before = input[key]
          if (before === null) expect(checked[key]).toBeNull()
          else if (before.length === 0) expect(checked[key]).toEqual([])
          else expect(checked[key] === null || checked[key].length > 0).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('changes nothing else, keeps the very same state when every id is known, and is idempotent', () => {
    fc.assert(
      fc.property(state, known, (input, ids) => {
        const { state: checked, unknown } = checkUrlIds(input, ids)
        const { view, ...rest } = checked
        const { view: inputView, ...inputRest } = input
        for (const key of Object.keys(rest) as (keyof typeof rest)[])
          if (!(ID_KEYS as readonly string[]).includes(key)) expect(rest[key]).toEqual(inputRest[key])
        // A link to a document the timeline lacks opens the documents instead.
        const docDropped = input.doc !== null && checked.doc === null
        expect(view).toBe(docDropped && inputView === 'timeline' ? 'documents' : inputView)
        if (unknown.length === 0) expect(checked).toBe(input)
        const again = checkUrlIds(checked, ids)
        expect(again.unknown).toEqual([])
        expect(again.state).toBe(checked)
      }),
      RUNS,
    )
  })

  it('gives no prototype name a meaning: none is known unless the dataset has it', () => {
    const none = Object.fromEntries(ID_KEYS.map((key) => [key, new Set<string>()])) as unknown as KnownIds
    const input: UrlState = {
      ...DEFAULT_URL_STATE,
      topics: PROTOTYPE_NAMES as UrlState['topics'],
      event: '__proto__',
      story: 'constructor',
    }
    const { state: checked, unknown } = checkUrlIds(input, none)
    expect([checked.topics, checked.event, checked.story]).toEqual([null, null, null])
    expect(unknown).toEqual([
      { key: 'topics', ids: PROTOTYPE_NAMES },
      { key: 'event', ids: ['__proto__'] },
      { key: 'story', ids: ['constructor'] },
    ])
    const withConstructor = { ...none, story: new Set(['constructor']) }
    expect(checkUrlIds(input, withConstructor).state.story).toBe('constructor')
  })
})

describe('a parsed link, checked (property)', () => {
  const value = fc.oneof(
    fc.constant(''),
    fc.array(id, { maxLength: 4 }).map((ids) => ids.join(',')),
    fc.string({ maxLength: 12 }),
  )
  const query = fc
    .array(fc.tuple(fc.constantFrom(...ID_KEYS), value), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`)

  it('gives the empty choice only for a list written empty in the link', () => {
    fc.assert(
      fc.property(query, known, (search, ids) => {
        const { state: checked } = checkUrlIds(parseUrlState(search), ids)
        const params = new URLSearchParams(search)
        for (const key of LIST_KEYS) {
          if (checked[key]?.length !== 0) continue
          expect((params.get(key) ?? '').split(',').filter((item) => item !== '')).toEqual([])
        }
      }),
      RUNS,
    )
  })
})
