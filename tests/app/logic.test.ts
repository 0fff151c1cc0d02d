import { describe, expect, it } from 'vitest'
import { filtersFromUrl, toggleTopic } from '../../src/features/filters'
import { parseUrlState } from '../../src/lib/url-state'
import { filterEvents } from '../../src/features/filters'
import { toTimelineGroups, toTimelineItems } from '../../src/features/timeline/timeline-items'
import { countOutside, densestWindow } from '../../src/features/timeline/timeline-window'
import { datasetSchema } from '../../src/model/schema'
import { fixtureDataset } from './fixtures/dataset'

const { events } = fixtureDataset

describe('the fixture', () => {
  it('is a valid built dataset', () => {
    expect(datasetSchema.safeParse(fixtureDataset).error).toBeUndefined()
  })
})

describe('filters from the URL', () => {
  const shown = (search: string, matchIds: Set<string> | null = null) =>
    filterEvents(events, filtersFromUrl(parseUrlState(search), matchIds)).map((e) => e.id)

  it('matches an event when any of its topics is selected; absent = all, empty = none', () => {
    expect(shown('')).toHaveLength(events.length)
    expect(shown('?topics=')).toEqual([])
    expect(shown('?topics=humanitarian')).toEqual(['moscow-ministers-2017', 'grave-visits-2018'])
  })

  it('combines topics, the single status, the period and the search result', () => {
    expect(shown('?status=planned').every((id) => events.find((e) => e.id === id)?.status === 'planned')).toBe(true)
    expect(shown('?period=2019-01-01/2019-12-31')).not.toContain('nagato-summit')
    expect(shown('?topics=humanitarian', new Set(['grave-visits-2018', 'nagato-summit']))).toEqual([
      'grave-visits-2018',
    ])
  })

  it('toggles one topic, and back to "all" when every topic is selected', () => {
    const TOPIC_IDS = fixtureDataset.topics.map((t) => t.id)
    expect(toggleTopic(null, TOPIC_IDS, 'humanitarian')).not.toContain('humanitarian')
    const allButOne = TOPIC_IDS.filter((t) => t !== 'humanitarian')
    expect(toggleTopic(allButOne, TOPIC_IDS, 'humanitarian')).toBeNull()
    expect(toggleTopic([], TOPIC_IDS, 'humanitarian')).toEqual(['humanitarian'])
  })
})

describe('timeline items', () => {
  it('makes a day a point and a coarser date a range over its whole interval (end exclusive)', () => {
    const items = toTimelineItems(events, 'en', null)
    const day = items.find((i) => i.id === 'tokyo-ministers-2019')
    expect(day).toMatchObject({ type: 'point', start: '2019-05-31', end: null, 'event-id': 'tokyo-ministers-2019' })
    const month = items.find((i) => i.id === 'osaka-summit-2019')
    expect(month).toMatchObject({
      type: 'range',
      start: '2019-06-01',
      end: '2019-07-01',
      text: 'Leaders meet in Osaka',
    })
    expect(month?.className).toContain('event--uncertain')
    expect(month?.className).toContain('event--planned')
    expect(day?.className).toContain('topic--peace-treaty')
  })

  it('sets the text in the requested language and the group for the grouping', () => {
    expect(toTimelineItems(events, 'ru', 'kind')[0]).toMatchObject({ text: 'Занятие островов', group: 'historical' })
    expect(toTimelineItems(events, 'en', 'topic')[1]?.group).toBe('political-dialogue')
    expect(toTimelineItems(events, 'en', null)[1]?.group).toBeNull()
    const groups = toTimelineGroups(events, fixtureDataset.topics, 'topic', 'en', (k) => k)
    expect(groups?.map((g) => g.id)).not.toContain('economic-cooperation')
    expect(toTimelineGroups(events, fixtureDataset.topics, null, 'en', (k) => k)).toBeNull()
  })
})

describe('the first window', () => {
  it('frames the dense years, not the 1945 outlier, and counts what lies outside', () => {
    const window = densestWindow(events)
    expect(window).not.toBeNull()
    expect(window!.from > '2016-01-01').toBe(true)
    expect(window!.to >= '2019-06-30').toBe(true)
    expect(countOutside(events, window!)).toEqual({ before: 1, after: expect.any(Number) })
  })

  it('handles zero and one event', () => {
    expect(densestWindow([])).toBeNull()
    const one = densestWindow([{ start: '2019-05-31', end: '2019-05-31' }])
    expect(one!.from < '2019-05-31' && one!.to > '2019-05-31').toBe(true)
  })
})
