import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchDataset } from '../../../src/lib/data/load-dataset'
import { shareRepeatedValues } from '../../../src/lib/data/share-repeated-values'
import type { Dataset } from '../../../src/model'
import { encodeEvents } from '../../../src/model/compact-events'
import { fixtureDataset } from '../../app/fixtures/dataset'

/** A parsed copy: every string and list its own, as JSON.parse gives them. */
const parsed = () => JSON.parse(JSON.stringify(fixtureDataset)) as Dataset

describe('sharing the repeated values of a parsed dataset', () => {
  it('changes no value', () => {
    expect(shareRepeatedValues(parsed())).toEqual(parsed())
  })

  it('makes every empty list one frozen array', () => {
    const events = shareRepeatedValues(parsed()).events
    const empties = events.flatMap((event) => [event.people, event.related, event.media, event.links])
    const empty = empties.find((list) => list.length === 0)
    expect(empty).toBeDefined()
    expect(empties.filter((list) => list.length === 0).every((list) => list === empty)).toBe(true)
    expect(Object.isFrozen(empty)).toBe(true)
  })

  it('makes equal lists of ids one frozen array, and keeps unequal ones apart', () => {
    const dataset = parsed()
    const lists = [['a', 'b'], ['a', 'b'], ['b', 'a'], ['a,b']]
    const events = lists.map((topics, i) => ({ ...dataset.events[0]!, id: `e${i}`, topics, people: ['p', 'q'] }))
    const input = JSON.parse(JSON.stringify({ ...dataset, events })) as Dataset
    const shared = shareRepeatedValues(JSON.parse(JSON.stringify(input)) as Dataset)
    expect(shared).toEqual(input)
    const [one, two, three, four] = shared.events.map((event) => event.topics)
    expect(two).toBe(one)
    expect(Object.isFrozen(one)).toBe(true)
    expect(three).not.toBe(one)
    expect(four).not.toBe(one)
    expect(new Set(shared.events.map((event) => event.people)).size).toBe(1)
    // The fixture's two events with the same people, parsed apart, share one list too.
    const withPeople = shareRepeatedValues(parsed()).events.filter(
      (event) => event.people.join() === 'taro-kono,sergey-lavrov',
    )
    expect(withPeople).toHaveLength(2)
    expect(withPeople[1]!.people).toBe(withPeople[0]!.people)
  })

  it('keeps a list that is not all ids as its own, unfrozen', () => {
    const dataset = parsed()
    const odd = dataset.events[0] as unknown as Record<string, unknown>
    odd.topics = ['peace-treaty', 3]
    const shared = shareRepeatedValues(dataset).events[0] as unknown as Record<string, unknown>
    expect(shared.topics).toEqual(['peace-treaty', 3])
    expect(Object.isFrozen(shared.topics)).toBe(false)
  })

  it('leaves a field of another type than the schema says as it is', () => {
    const dataset = parsed()
    const odd = dataset.events[0] as unknown as Record<string, unknown>
    odd.people = 'nobody'
    odd.kind = 7
    delete odd.links
    const shared = shareRepeatedValues(dataset).events[0] as unknown as Record<string, unknown>
    expect(shared.people).toBe('nobody')
    expect(shared.kind).toBe(7)
    expect('links' in shared).toBe(false)
  })
})

describe('loading the dataset in either form', () => {
  const serve = (body: unknown) =>
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body), { status: 200 })))
  afterEach(() => vi.unstubAllGlobals())

  it('gives the same events from the columns as from the plain list', async () => {
    serve(parsed())
    const plain = await fetchDataset()
    serve({ ...parsed(), events: encodeEvents(parsed().events) })
    expect(await fetchDataset()).toEqual(plain)
  })

  it('shares equal lists of ids the same way from either form', async () => {
    const sharing = (events: readonly Dataset['events'][number][]) =>
      events.map((event) => events.findIndex((other) => other.people === event.people))
    serve(parsed())
    const plain = (await fetchDataset()).events
    serve({ ...parsed(), events: encodeEvents(parsed().events) })
    const columns = (await fetchDataset()).events
    expect(sharing(columns)).toEqual(sharing(plain))
    expect(new Set(sharing(plain)).size).toBeLessThan(plain.length)
  })

  it('refuses damaged columns with a clear error', async () => {
    const compact = encodeEvents(parsed().events)
    serve({ ...parsed(), events: { ...compact, id: [] } })
    await expect(fetchDataset()).rejects.toThrow(/invalid data: events\.id: not a list of/)
  })
})
