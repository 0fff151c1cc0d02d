import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EventText } from '../../../src/features/panel/EventText'
import type { DatasetEvent } from '../../../src/model'
import { renderFeature } from '../render'

const event = {
  id: 'imported',
  title: { en: 'Summit in Nagato', ru: 'Summit in Nagato' },
  summary: { en: 'Two days of talks.', ru: 'Два дня переговоров.' },
  untranslated: ['title.ru'],
} as unknown as DatasetEvent

describe('an untranslated text in the panel', () => {
  it('is shown from the other language with a marker in words', () => {
    renderFeature(<EventText event={event} lang="ru" bilingual={false} match={null} headingId="h" />, 'ru')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Summit in Nagato\s*перевода пока нет$/)
    expect(screen.getAllByText('перевода пока нет')).toHaveLength(1)
  })
  it('has no marker where the text is translated', () => {
    renderFeature(<EventText event={event} lang="en" bilingual={false} match={null} headingId="h" />, 'en')
    expect(screen.queryByText('not yet translated')).toBeNull()
  })
})
