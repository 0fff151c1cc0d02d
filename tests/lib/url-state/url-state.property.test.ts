/**
 * Property tests of the URL-state parser: any query string gives a valid state and never throws;
 * serializing is stable (serialize ∘ parse is idempotent) and the parsed state survives a round trip.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, STATUSES } from '../../../src/model'
import { GROUPINGS, URL_KEYS, VIEWS, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/url-state'

const RUNS = { numRuns: 1000 }
const ID = /^[a-z0-9-]{1,100}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

function expectValid(state: UrlState): void {
  expect([null, ...LANGUAGES]).toContain(state.lang)
  expect(VIEWS).toContain(state.view)
  expect([null, ...GROUPINGS]).toContain(state.group)
  expect([null, ...STATUSES]).toContain(state.status)
  // Topic and kind ids are the data folder's vocabularies: the parser keeps any id-shaped value.
  for (const id of [
    ...(state.topics ?? []),
    ...(state.kind ?? []),
    state.event,
    state.doc,
    state.story,
    ...(state.people ?? []),
    ...(state.places ?? []),
    ...(state.docs ?? []),
  ])
    if (id !== null) expect(id).toMatch(ID)
  for (const range of [state.window, state.period]) {
    if (range === null) continue
    expect(range.from).toMatch(DAY)
    expect(range.to).toMatch(DAY)
    expect(range.from <= range.to).toBe(true)
  }
  expect(state.q.length).toBeLessThanOrEqual(200)
  // Whatever the parser keeps must be writable back into a link.
  expect(() => encodeURIComponent(state.q)).not.toThrow()
  if (state.present !== null) expect(Number.isInteger(state.present) && state.present >= 0).toBe(true)
  expect(typeof state.bi).toBe('boolean')
}

/** Plausible and implausible values, so the parser's accepting paths are exercised too. */
const value = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...VIEWS, ...LANGUAGES, ...GROUPINGS, ...STATUSES, 'peace-treaty', 'summit', '1', '0', ''),
  fc.constantFrom('2019-05-31', '2017-12-01', '2019-02-30', '2019-05-31/2019-06-01', 'a,b,,c', 'peace-treaty,x'),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 250 }),
  // Around the 200-character cap on `q`, with characters made of two UTF-16 units.
  fc.array(fc.constantFrom('a', 'Ж', '😀', '🇯🇵'), { minLength: 98, maxLength: 205 }).map((parts) => parts.join('')),
)
const key = fc.oneof(fc.constantFrom(...URL_KEYS), fc.string({ maxLength: 5 }))
const query = fc
  .array(fc.tuple(key, value), { maxLength: 12 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`)
/** Percent-encoded anything, including broken escapes and encoded lone surrogates. */
const raw = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom('%', '%E', '%ED%A0%80', '%F0%9F%98', '&', '=', '?', '#', '+', 'q', 'from', '\uD800', '😀'), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
)

describe('parseUrlState (property)', () => {
  it('gives a valid state for any string, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(query, raw), (search) => {
        expectValid(parseUrlState(search))
      }),
      RUNS,
    )
  })

  it('serialize ∘ parse is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(query, raw), (search) => {
        const once = serializeUrlState(parseUrlState(search))
        expect(serializeUrlState(parseUrlState(once))).toBe(once)
      }),
      RUNS,
    )
  })

  it('a parsed state survives the round trip through its link', () => {
    fc.assert(
      fc.property(query, (search) => {
        const state = parseUrlState(search)
        expect(parseUrlState(serializeUrlState(state))).toEqual(state)
      }),
      RUNS,
    )
  })
})
