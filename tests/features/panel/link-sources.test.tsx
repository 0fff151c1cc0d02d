import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LinkSources, MediaList } from '../../../src/features/panel/LinkSources'
import type { DatasetEvent } from '../../../src/model'
import { renderFeature } from '../render'

const base = { id: 'x', sources: [], links: [], media: [] } as unknown as DatasetEvent

describe('sources that are not documents', () => {
  it('lists links as pages opened in a new tab, said to be not checked against a document', () => {
    const event = { ...base, links: [{ url: 'https://example.org/a', label: { en: 'Readout', ru: 'Отчёт' } }] }
    renderFeature(<LinkSources event={event} lang="ru" />, 'ru')
    const link = screen.getByRole('link', { name: 'Отчёт' })
    expect(link).toHaveAttribute('href', 'https://example.org/a')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByText(/^Не сверено с документом/)).toBeInTheDocument()
  })
  it('says plainly when an event has no source at all', () => {
    renderFeature(<LinkSources event={base} lang="en" />, 'en')
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument()
    expect(screen.getByText(/^No source: /)).toBeInTheDocument()
  })
  it('shows a bundled image with its alt text and credit, and a remote medium only as a link', () => {
    const event = {
      ...base,
      media: [
        {
          file: 'media/map.png',
          type: 'image/png',
          bytes: 10,
          alt: { en: 'A map', ru: 'Карта' },
          credit: { en: 'Us, CC0', ru: 'Мы, CC0' },
        },
        { url: 'https://video.example/v', alt: { en: 'A video', ru: 'Видео' } },
      ],
    } as unknown as DatasetEvent
    renderFeature(<MediaList event={event} lang="en" />, 'en')
    expect(screen.getByRole('img', { name: 'A map' })).toHaveAttribute('src', './data/media/map.png')
    expect(screen.getByText('Us, CC0')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'A video' })).toHaveAttribute('target', '_blank')
    expect(document.querySelector('iframe, video, embed')).toBeNull()
  })
})
