import { describe, expect, it } from 'vitest'
import { createSearchIndex, loadSearchIndex, searchEvents } from '../../src/model/search'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { buildSearchIndex } from '../../src/pipeline/build-search-index'
import { DATASET } from '../features/fixtures/dataset'

describe('buildSearchIndex (stems each distinct word once)', () => {
  it('writes exactly the JSON of createSearchIndex, which the app reads back', () => {
    expect(buildSearchIndex(DATASET)).toBe(JSON.stringify(createSearchIndex(DATASET)))
  })

  it('does so on the real corpus too', () => {
    const { dataset } = buildDataset('data', { buildDate: '2024-01-01', detect: () => [] })
    if (!dataset) throw new Error('the corpus does not build')
    const json = buildSearchIndex(dataset)
    expect(json).toBe(JSON.stringify(createSearchIndex(dataset)))
    // A word repeated in many events and fields still finds all of them once loaded.
    const loaded = loadSearchIndex(json)
    const withLavrov = dataset.events.filter((e) => e.people.includes('sergey-lavrov')).map((e) => e.id)
    expect(withLavrov.length).toBeGreaterThan(1)
    expect([...(searchEvents(loaded, 'Лавров').ids ?? [])].sort()).toEqual(expect.arrayContaining(withLavrov))
  })
})
