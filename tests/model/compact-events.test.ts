import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { encodeEvents, type CompactEvents } from '../../src/model/compact-events'
import { decodeEvents, isCompactEvents } from '../../src/model/compact-events-decode'
import { createValuePool } from '../../src/model/value-pool'
import type { Dataset, DatasetEvent } from '../../src/model/schema'
import { fixtureDataset } from '../app/fixtures/dataset'

/** Through JSON, as the build writes the columns and the browser parses them. */
const roundTrip = (events: readonly DatasetEvent[]) =>
  decodeEvents(JSON.parse(JSON.stringify(encodeEvents(events))) as CompactEvents)

const REAL = 'data/build/dataset.json'

describe('the events in columns', () => {
  it('decode to the same events', () => {
    expect(roundTrip(fixtureDataset.events)).toEqual(fixtureDataset.events)
  })

  it.runIf(fs.existsSync(REAL))('decode the built corpus to the same JSON', () => {
    const { events } = JSON.parse(fs.readFileSync(REAL, 'utf8')) as Dataset
    expect(events.length).toBeGreaterThan(0)
    expect(JSON.stringify(roundTrip(events))).toBe(JSON.stringify(events))
  })

  it('keep a value of an unexpected shape, an unknown field and an absent list as they were', () => {
    // Keys in the pipeline's order, as decoded: the JSON compared below is then the same text.
    const base = roundTrip(fixtureDataset.events)[0]!
    const { people: _dropped, ...withoutPeople } = base
    const odd = [
      { ...base, title: { en: 'English first', ru: 'потом русский' }, extra: { any: [1, 2] } },
      { ...base, kind: 3, sources: [{ document: 'd', quote: 'q', start: 1, end: 2, note: 'more' }] },
      withoutPeople,
      { ...base, media: [], links: [{ url: 'https://example.org', label: { ru: 'р', en: 'e' } }] },
    ] as unknown as DatasetEvent[]
    expect(JSON.stringify(roundTrip(odd))).toBe(JSON.stringify(odd))
  })

  it('make every empty list one frozen array', () => {
    const events = roundTrip(fixtureDataset.events)
    const empties = events.flatMap((event) => [event.people, event.related, event.media, event.links])
    const empty = empties.find((list) => list.length === 0)
    expect(empty && Object.isFrozen(empty)).toBe(true)
    expect(empties.filter((list) => list.length === 0).every((list) => list === empty)).toBe(true)
  })

  it('make equal lists of ids one frozen array, and keep unequal ones apart', () => {
    const base = roundTrip(fixtureDataset.events)[0]!
    const same = { ...base, topics: ['a', 'b'] }
    const events = roundTrip([
      { ...same, id: 'one' },
      { ...same, id: 'two', people: ['p'] },
      { ...same, id: 'three', topics: ['b', 'a'] },
    ])
    expect(events.map((event) => event.topics)).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['b', 'a'],
    ])
    expect(events[1]!.topics).toBe(events[0]!.topics)
    expect(events[2]!.topics).not.toBe(events[0]!.topics)
    expect(Object.isFrozen(events[0]!.topics)).toBe(true)
  })

  it('take their lists from the pool they are given', () => {
    const pool = createValuePool()
    const topics = pool.list(['a', 'b'])
    const [event] = decodeEvents(
      JSON.parse(JSON.stringify(encodeEvents([{ ...fixtureDataset.events[0]!, topics: ['a', 'b'] }]))) as CompactEvents,
      pool,
    )
    expect(event!.topics).toBe(topics)
  })

  it('are told from a plain list, and a damaged form is refused with the column named', () => {
    const compact = encodeEvents(fixtureDataset.events)
    expect(isCompactEvents(compact)).toBe(true)
    expect(isCompactEvents(fixtureDataset.events)).toBe(false)
    expect(() => decodeEvents({ ...compact, kind: compact.kind.slice(1) })).toThrow(/events\.kind: not a list of/)
    expect(() => decodeEvents({ ...compact, values: [] })).toThrow(/events: no value 0/)
    expect(() => decodeEvents({ ...compact, values: {} as string[] })).toThrow(/events\.values: not a list/)
  })
})
