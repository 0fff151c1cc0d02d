import { describe, expect, it } from 'vitest'
import { eraCounts } from '../../../src/features/filters/filter-events'
import {
  facetCounts,
  filterEvents,
  hasActiveFilters,
  periodBounds,
  type EventFilters,
} from '../../../src/features/filters'
import { EVENTS } from '../fixtures/dataset'

const ids = (filters: EventFilters) => filterEvents(EVENTS, filters).map((event) => event.id)
const ALL = ['moscow-2017-11-24', 'graves-2018-su', 'tokyo-2019-05-31', 'iturup-2019-06']

describe('filterEvents', () => {
  it('keeps every event, in order, without filters', () => {
    expect(ids({})).toEqual(ALL)
    expect(ids({ topics: null, status: [], kind: null, people: [], matchIds: null })).toEqual(ALL)
  })

  it('treats no topics as none, unlike the other facets', () => {
    expect(ids({ topics: [] })).toEqual([])
    expect(ids({ kind: [] })).toEqual(ALL)
  })

  it('is OR within a facet and AND across facets', () => {
    expect(ids({ topics: ['humanitarian', 'peace-treaty'] })).toEqual(['moscow-2017-11-24', 'graves-2018-su'])
    expect(ids({ kind: ['meeting'], places: ['tokyo', 'iturup'] })).toEqual(['tokyo-2019-05-31'])
    expect(ids({ status: ['planned'] })).toEqual(['iturup-2019-06'])
    expect(ids({ people: ['sergey-lavrov'], docs: ['news-test-en'] })).toEqual(['moscow-2017-11-24'])
    expect(ids({ docs: ['mofa-test-ru'] })).toEqual(['tokyo-2019-05-31', 'iturup-2019-06'])
  })

  it('keeps events whose interval overlaps the period, ends inclusive', () => {
    expect(ids({ period: { from: '2018-08-31', to: '2019-05-31' } })).toEqual(['graves-2018-su', 'tokyo-2019-05-31'])
    expect(ids({ period: { from: '2019-06-15', to: '2020-01-01' } })).toEqual(['iturup-2019-06'])
    expect(ids({ period: { from: '2018-09-01', to: '2019-05-30' } })).toEqual([])
  })

  it('narrows to the search result together with the filters', () => {
    const matchIds = new Set(['moscow-2017-11-24', 'iturup-2019-06'])
    expect(ids({ matchIds })).toEqual(['moscow-2017-11-24', 'iturup-2019-06'])
    expect(ids({ matchIds, status: ['held'] })).toEqual(['moscow-2017-11-24'])
  })
})

describe('facetCounts', () => {
  it('counts each value as if its own facet were cleared', () => {
    const filters: EventFilters = { kind: ['meeting'], status: ['held'] }
    expect(Object.fromEntries(facetCounts(EVENTS, filters, 'kind'))).toEqual({ meeting: 2, humanitarian: 1 })
    expect(Object.fromEntries(facetCounts(EVENTS, filters, 'status'))).toEqual({ held: 2 })
    expect(Object.fromEntries(facetCounts(EVENTS, filters, 'places'))).toEqual({ moscow: 1, tokyo: 1 })
  })

  it('counts an event once per value even when it cites a document twice', () => {
    const twice = { ...EVENTS[0]!, sources: [EVENTS[0]!.sources[0]!, EVENTS[0]!.sources[0]!] }
    expect(facetCounts([twice], {}, 'docs').get('news-test-en')).toBe(1)
  })

  it('respects the search and the period', () => {
    const counts = facetCounts(EVENTS, { matchIds: new Set(['iturup-2019-06']), period: null }, 'topics')
    expect(Object.fromEntries(counts)).toEqual({ 'joint-economic-activities': 1 })
  })
})

describe('helpers', () => {
  it('tells whether anything is filtered', () => {
    expect(hasActiveFilters({ topics: null, kind: [], people: null })).toBe(false)
    expect(hasActiveFilters({ kind: ['meeting'] })).toBe(true)
    expect(hasActiveFilters({ topics: [] })).toBe(true)
    expect(hasActiveFilters({ matchIds: new Set() })).toBe(true)
  })

  it('finds the period covered by all events', () => {
    expect(periodBounds(EVENTS)).toEqual({ from: '2017-11-24', to: '2019-06-30' })
    expect(periodBounds([])).toBeNull()
  })
})

describe('eras (periods as a filter)', () => {
  const eras = [
    { id: 'late-2017', from: '2017-10-01', to: '2017-12-31' },
    { id: 'summer-2018-to-may-2019', from: '2018-08-31', to: '2019-05-31' },
    { id: 'post-war', from: '1945-01-01', to: '1956-12-31' },
  ]

  it('keeps the events overlapping any ticked period, touching one by a day or not', () => {
    expect(ids({ eras: [eras[0]!] })).toEqual(['moscow-2017-11-24'])
    // Summer 2018 ends on 31 August, the period's first day; 31 May 2019 is its last.
    expect(ids({ eras: [eras[1]!] })).toEqual(['graves-2018-su', 'tokyo-2019-05-31'])
    expect(ids({ eras: [eras[0]!, eras[1]!] })).toEqual(['moscow-2017-11-24', 'graves-2018-su', 'tokyo-2019-05-31'])
    expect(ids({ eras: [eras[2]!] })).toEqual([])
    expect(ids({ eras: [] })).toEqual(ALL)
    expect(ids({ eras: [eras[1]!], status: ['planned'] })).toEqual([])
  })

  it('counts per period as if the eras were cleared, every other filter applied', () => {
    const counts = eraCounts(EVENTS, { eras: [eras[0]!], status: ['held'] }, eras)
    expect(Object.fromEntries(counts)).toEqual({ 'late-2017': 1, 'summer-2018-to-may-2019': 2 })
  })

  it('is an active filter when a period is ticked', () => {
    expect(hasActiveFilters({ eras: [] })).toBe(false)
    expect(hasActiveFilters({ eras: [eras[2]!] })).toBe(true)
  })
})
