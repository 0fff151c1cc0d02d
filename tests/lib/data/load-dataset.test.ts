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
    // A list with values stays the event's own.
    expect(events[0]!.topics).not.toBe(events[1]!.topics)
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

  it('refuses damaged columns with a clear error', async () => {
    const compact = encodeEvents(parsed().events)
    serve({ ...parsed(), events: { ...compact, id: [] } })
    await expect(fetchDataset()).rejects.toThrow(/invalid data: events\.id: not a list of/)
  })
})
