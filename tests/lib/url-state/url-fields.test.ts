import { describe, expect, expectTypeOf, it } from 'vitest'
import type { EventKind, Language, TopicId } from '../../../src/model'
import {
  CLEARED_FILTERS,
  DEFAULT_URL_STATE,
  FACET_KEYS,
  URL_FIELDS,
  URL_KEYS,
  parseUrlState,
  sameValue,
  serializeUrlState,
  type Field,
  type UrlKey,
  type UrlState,
} from '../../../src/lib/url-state'

/** A value other than the default for every field: a new field without one here fails the type check. */
const SAMPLES: UrlState = {
  lang: 'ru',
  view: 'documents',
  group: 'kind',
  topics: ['humanitarian', 'peace-treaty'],
  event: 'nagato-summit',
  doc: 'mofa-2019-05-31-ru',
  window: { from: '2017-01-01', to: '2019-12-31' },
  q: 'Курилы, 2019/05',
  period: { from: '2018-01-01', to: '2018-12-31' },
  eras: ['abe-second-premiership', 'kono-foreign-minister'],
  status: 'held',
  kind: ['summit'],
  people: ['taro-kono', 'sergey-lavrov'],
  places: ['tokyo'],
  docs: ['a-b'],
  story: 's1',
  present: 12,
  bi: true,
  presenter: true,
}

const NAMES = Object.keys(URL_FIELDS) as UrlKey[]
const field = (name: UrlKey) => URL_FIELDS[name] as unknown as Field<unknown>

describe('the URL field table', () => {
  it.each(NAMES)('%s: its sample round-trips alone, and its default writes nothing', (name) => {
    const state = { ...DEFAULT_URL_STATE, [name]: SAMPLES[name] }
    const search = serializeUrlState(state)
    expect(search).not.toBe('')
    expect(parseUrlState(search)).toEqual(state)
    expect(
      field(name)
        .serialize(field(name).default)
        .every((value) => value === null),
    ).toBe(true)
  })

  it.each(NAMES)('%s: equals compares by content, not identity', (name) => {
    const value = SAMPLES[name]
    expect(sameValue(name, value, structuredClone(value))).toBe(true)
    expect(sameValue(name, value, DEFAULT_URL_STATE[name])).toBe(false)
  })

  it('round-trips every field at once, keys in the table order', () => {
    const search = serializeUrlState(SAMPLES)
    expect(parseUrlState(search)).toEqual(SAMPLES)
    const written = [...new URLSearchParams(search).keys()]
    expect(written).toEqual(URL_KEYS)
  })

  it('writes the keys in the order links have always had', () => {
    expect(URL_KEYS).toEqual([
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
      'eras',
      'status',
      'kind',
      'people',
      'places',
      'docs',
      'story',
      'present',
      'bi',
      'presenter',
    ])
  })

  it('derives the filter helpers from the fields marked as filters', () => {
    expect(CLEARED_FILTERS).toEqual({
      topics: null,
      q: '',
      period: null,
      eras: null,
      status: null,
      kind: null,
      people: null,
      places: null,
      docs: null,
    })
    expect(FACET_KEYS).toEqual(['period', 'eras', 'status', 'kind', 'people', 'places', 'docs'])
  })

  it('derives the type from the fields', () => {
    expectTypeOf<UrlState['lang']>().toEqualTypeOf<Language | null>()
    expectTypeOf<UrlState['topics']>().toEqualTypeOf<TopicId[] | null>()
    expectTypeOf<UrlState['kind']>().toEqualTypeOf<EventKind[] | null>()
    expectTypeOf<UrlState['present']>().toEqualTypeOf<number | null>()
    expectTypeOf<UrlState['bi']>().toEqualTypeOf<boolean>()
  })
})
