import { describe, expect, it } from 'vitest'
import { toJson } from '../../../src/features/export'
import { DATASET, EVENTS } from '../fixtures/dataset'

describe('toJson', () => {
  const parsed = JSON.parse(toJson(EVENTS, DATASET)) as {
    title: { en: string; ru: string }
    events: Record<string, unknown>[]
  }

  it('lists the given events in order, with the dataset title in both languages', () => {
    expect(parsed.title).toEqual(DATASET.meta.title)
    expect(parsed.events.map((event) => event.id)).toEqual(EVENTS.map((event) => event.id))
  })

  it('gives each date as written, in both languages and as an interval', () => {
    expect(parsed.events[1]).toMatchObject({
      date: '2018-SU',
      dateText: { en: 'summer 2018', ru: 'лето 2018 г.' },
      interval: { start: '2018-06-01', end: '2018-08-31' },
      title: { en: 'Visits to family graves', ru: 'Посещение захоронений' },
    })
  })

  it('names topics, people, places and source documents in both languages', () => {
    expect(parsed.events[0]).toMatchObject({
      topics: [
        { id: 'political-dialogue', en: 'Political dialogue', ru: 'Политический диалог' },
        { id: 'peace-treaty', en: 'Peace treaty', ru: 'Мирный договор' },
      ],
      people: [
        { id: 'taro-kono', en: 'Taro Kono', ru: 'Таро Коно' },
        { id: 'sergey-lavrov', en: 'Sergey Lavrov', ru: 'Сергей Лавров' },
      ],
      places: [{ id: 'moscow', en: 'Moscow', ru: 'Москва' }],
      sources: [{ document: 'news-test-en', quote: EVENTS[0]!.sources[0]!.quote }],
    })
  })
})
