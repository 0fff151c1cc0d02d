import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../src/model/schema'
import {
  createSearchIndex,
  loadSearchIndex,
  loadSearchIndexObject,
  processTerm,
  searchEvents,
  toSearchDocuments,
  type SearchIndex,
} from '../../src/model/search'
import { DATASET } from '../features/fixtures/dataset'

const index: SearchIndex = createSearchIndex(DATASET)
const ids = (query: string, on: SearchIndex = index) => [...(searchEvents(on, query).ids ?? [])].sort()

describe('the fixture', () => {
  it('is a valid built dataset', () => {
    expect(datasetSchema.safeParse(DATASET).error).toBeUndefined()
  })
})

describe('processTerm', () => {
  it('lowercases, folds ё, and stems Cyrillic with the Russian and Latin with the English stemmer', () => {
    expect(processTerm('Встречи')).toEqual(['встреч', 'встречи'])
    expect(processTerm('ещё')).toEqual(processTerm('еще'))
    expect(processTerm('Meetings')).toEqual(['meet', 'meetings'])
    expect(processTerm('Kōno')).toEqual(['kono'])
  })

  it('drops stop words of both languages', () => {
    expect(processTerm('the')).toBeNull()
    expect(processTerm('и')).toBeNull()
  })
})

describe('searchEvents', () => {
  it('matches Russian word forms', () => {
    expect(ids('встреча')).toEqual(['iturup-2019-06', 'moscow-2017-11-24']) // "встречи" in both
    expect(ids('заседание')).toEqual(['tokyo-2019-05-31']) // "заседания"
  })

  it('matches English word forms', () => {
    expect(ids('meetings')).toContain('tokyo-2019-05-31') // "meeting" only
    expect(ids('meeting')).toContain('moscow-2017-11-24') // "meetings" only
  })

  it('finds a place by an alias from the vocabulary', () => {
    expect(ids('Etorofu')).toEqual(['iturup-2019-06'])
    expect(ids('Эторофу')).toEqual(['iturup-2019-06'])
  })

  it('finds people by name and alias in both languages', () => {
    expect(ids('Лавров')).toEqual(['moscow-2017-11-24', 'tokyo-2019-05-31'])
    expect(ids('Sergei Lavrov')).toEqual(['moscow-2017-11-24', 'tokyo-2019-05-31'])
  })

  it('searches both languages at once and requires every word', () => {
    expect(ids('Москва meeting')).toEqual(['moscow-2017-11-24'])
    expect(ids('Tokyo заседания')).toEqual(['tokyo-2019-05-31'])
    expect(ids('Tokyo Moscow')).toEqual([])
  })

  it('searches quotes and their translations', () => {
    expect(ids('хозяйственную')).toEqual(['iturup-2019-06', 'tokyo-2019-05-31'])
    expect(ids('семейных захоронений')).toEqual(['graves-2018-su'])
  })

  it('completes the last word by prefix', () => {
    expect(ids('meeti')).toEqual(['moscow-2017-11-24', 'tokyo-2019-05-31'])
    expect(ids('Итур')).toEqual(['iturup-2019-06'])
    // a word before the last one is not a prefix
    expect(ids('Итур Planned')).toEqual([])
  })

  it('tolerates a typo in words of five letters or more, not in short ones', () => {
    expect(ids('Lavrow')).toEqual(['moscow-2017-11-24', 'tokyo-2019-05-31'])
    expect(ids('Tokio')).toEqual(['tokyo-2019-05-31'])
    expect(ids('Kona')).toEqual([])
  })

  it('returns the matched index terms for highlighting', () => {
    const result = searchEvents(index, 'заседание')
    expect(result.terms).toContain('заседан')
  })

  it('returns null ids for a query with nothing to search', () => {
    expect(searchEvents(index, '  ').ids).toBeNull()
    expect(searchEvents(index, 'the и').ids).toBeNull()
    expect(searchEvents(index, 'zzzzqx').ids).toEqual(new Set())
  })
})

describe('the index as JSON', () => {
  it('round-trips through loadSearchIndex and loadSearchIndexObject with the same results', () => {
    const json = JSON.stringify(index)
    for (const loaded of [loadSearchIndex(json), loadSearchIndexObject(JSON.parse(json))])
      for (const query of ['встреча', 'meetings', 'Etorofu', 'meeti']) expect(ids(query, loaded)).toEqual(ids(query))
  })

  it('holds one document per event with people and places expanded', () => {
    const docs = toSearchDocuments(DATASET)
    expect(docs.map((doc) => doc.id)).toEqual(DATASET.events.map((event) => event.id))
    expect(docs.find((doc) => doc.id === 'iturup-2019-06')?.places).toContain('Etorofu')
  })
})
