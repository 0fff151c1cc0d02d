import { describe, expect, it } from 'vitest'
import { countByTopic, filterByTopics, matchesTopics, toggleTopic } from '../../src/app/filters/filter-events'
import { toTimelineGroups, toTimelineItems } from '../../src/app/timeline/timeline-items'
import { countOutside, densestWindow } from '../../src/app/timeline/timeline-window'
import { TOPIC_IDS, datasetSchema } from '../../src/model'
import { fixtureDataset } from './fixtures/dataset'

const { events } = fixtureDataset

describe('the fixture', () => {
  it('is a valid built dataset', () => {
    expect(datasetSchema.safeParse(fixtureDataset).error).toBeUndefined()
  })
})

describe('topic filtering', () => {
  it('matches an event when any of its topics is selected; null = all, [] = none', () => {
    const event = { topics: ['peace-treaty', 'humanitarian'] as const }
    expect(matchesTopics({ topics: [...event.topics] }, null)).toBe(true)
    expect(matchesTopics({ topics: [...event.topics] }, [])).toBe(false)
    expect(matchesTopics({ topics: [...event.topics] }, ['humanitarian'])).toBe(true)
    expect(matchesTopics({ topics: [...event.topics] }, ['political-dialogue'])).toBe(false)
    expect(filterByTopics(events, ['humanitarian']).map((e) => e.id)).toEqual([
      'moscow-ministers-2017',
      'grave-visits-2018',
    ])
  })

  it('counts events per topic, and toggles back to "all" when every topic is selected', () => {
    expect(countByTopic(events).get('peace-treaty')).toBe(2)
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
