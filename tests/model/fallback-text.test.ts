import { describe, expect, it } from 'vitest'
import { isUntranslated, withFallbackTexts } from '../../src/model/fallback-text'
import type { Dataset } from '../../src/model/schema'

const dataset = {
  meta: { title: { en: 'Title', ru: '' }, untranslated: ['title.ru'] },
  topics: [{ id: 't', label: { en: 'Topic', ru: 'TODO' }, untranslated: ['label.ru'] }],
  kinds: [],
  people: [],
  places: [],
  periods: [],
  documents: [],
  events: [
    {
      id: 'a',
      title: { en: 'Summit', ru: '' },
      summary: { en: 'Same', ru: 'Same' },
      untranslated: ['title.ru', 'summary.ru'],
    },
    { id: 'b', title: { en: 'Talks', ru: 'Переговоры' }, summary: { en: 'x', ru: 'у' } },
  ],
} as unknown as Dataset

describe('withFallbackTexts', () => {
  const filled = withFallbackTexts(dataset)
  it('fills an empty or placeholder side from the other language and keeps the marks', () => {
    expect(filled.meta.title).toEqual({ en: 'Title', ru: 'Title' })
    expect(filled.topics[0]!.label).toEqual({ en: 'Topic', ru: 'Topic' })
    expect(filled.events[0]!.title).toEqual({ en: 'Summit', ru: 'Summit' })
    expect(isUntranslated(filled.events[0]!, 'title', 'ru')).toBe(true)
    expect(isUntranslated(filled.events[0]!, 'title', 'en')).toBe(false)
  })
  it('leaves a same-text pair, a translated record and the input as they are', () => {
    expect(filled.events[0]!.summary).toEqual({ en: 'Same', ru: 'Same' })
    expect(filled.events[1]).toBe(dataset.events[1])
    expect(dataset.events[0]!.title.ru).toBe('')
  })
})
