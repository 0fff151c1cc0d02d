/** The list and documents views, the bilingual panel and the shortcuts overlay, in the whole app. */
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeTimelines } from './fake-timeline'
import { renderApp } from './render-app'

vi.mock('../../src/features/timeline/timeline-adapter', () => import('./fake-timeline'))

const param = (key: string) => new URLSearchParams(window.location.search).get(key)
const TEXT = 'Министры обсудили мирный договор. Другие вопросы.'

beforeEach(() => {
  fakeTimelines.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (!url.endsWith('/mofa-2019-05-31-ru.json')) return new Response('', { status: 404 })
      return new Response(JSON.stringify({ id: 'mofa-2019-05-31-ru', language: 'ru', text: TEXT }))
    }),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the views', () => {
  it('shows the filtered events as a list from the view switch; an entry opens the panel', async () => {
    const { user } = renderApp({ url: '/?topics=humanitarian' })
    await user.click(screen.getByRole('radio', { name: 'List' }))
    expect(param('view')).toBe('list')
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Events' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    await user.click(within(list).getByRole('button', { name: /Grave visits/ }))
    expect(param('event')).toBe('grave-visits-2018')
    expect(screen.getByRole('complementary', { name: 'Grave visits' })).toBeInTheDocument()
  })

  it('lists the documents with the events shown per document, and opens the reader', async () => {
    const { user } = renderApp({ url: '/?view=documents' })
    const table = screen.getByRole('table', { name: 'Documents' })
    const row = within(table).getByRole('row', { name: /On the ministers’ meeting/ })
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('6')
    await user.click(within(table).getByRole('button', { name: 'On the ministers’ meeting' }))
    expect(param('doc')).toBe('mofa-2019-05-31-ru')
    const reader = await screen.findByRole('article', { name: 'О встрече министров' })
    expect(await within(reader).findByText(/Другие вопросы/)).toBeInTheDocument()
    expect(reader.querySelectorAll('mark').length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'All documents' }))
    expect(param('doc')).toBeNull()
    expect(screen.getByRole('table', { name: 'Documents' })).toBeInTheDocument()
  })

  it('opens the source from the panel in the reader, keeping the event', async () => {
    const { user } = renderApp({ url: '/?event=tokyo-ministers-2019' })
    const panel = screen.getByRole('complementary', { name: 'Ministers meet in Tokyo' })
    await user.click(within(panel).getByRole('link', { name: 'On the ministers’ meeting' }))
    expect(param('view')).toBe('documents')
    expect(param('doc')).toBe('mofa-2019-05-31-ru')
    expect(param('event')).toBe('tokyo-ministers-2019')
    expect(screen.getByRole('radio', { name: 'Documents' })).toBeChecked()
    expect(await screen.findByRole('article', { name: 'О встрече министров' })).toBeInTheDocument()
  })

  it('a link with doc alone opens the reader; leaving for the list closes the document', async () => {
    const { user } = renderApp({ url: '/?doc=mofa-2019-05-31-ru' })
    expect(await screen.findByRole('article')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'List' }))
    expect(param('doc')).toBeNull()
    expect(screen.getByRole('list', { name: 'Events' })).toBeInTheDocument()
  })
})

describe('both languages', () => {
  it('shows Russian and English side by side in the panel, from the toggle and in the URL', async () => {
    const { user } = renderApp({ url: '/?event=nagato-summit' })
    const panel = screen.getByRole('complementary', { name: 'Nagato summit' })
    expect(within(panel).queryByText('Встреча в Нагато')).not.toBeInTheDocument()
    const toggle = screen.getByRole('button', { name: 'Both languages' })
    await user.click(toggle)
    expect(param('bi')).toBe('1')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(within(panel).getByRole('heading', { level: 2, name: 'Nagato summit' })).toBeInTheDocument()
    expect(within(panel).getByText('Встреча в Нагато').closest('[lang]')).toHaveAttribute('lang', 'ru')
    expect(within(panel).getByText('Саммит в Нагато.')).toBeInTheDocument()
    expect(within(panel).getByText('The summit in Nagato.')).toBeInTheDocument()
  })
})

describe('help', () => {
  it('opens the shortcuts overlay on "?" and closes it with Esc; About shows the dataset', async () => {
    const { user } = renderApp()
    await user.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByText('Show or hide this list')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const about = screen.getByRole('region', { name: 'About' })
    expect(within(about).getByText('7 events')).toBeInTheDocument()
  })

  it('switches the theme on <html> from the header toggle', async () => {
    const { user } = renderApp()
    const toggle = screen.getByRole('button', { name: 'Dark theme' })
    const before = document.documentElement.dataset.theme
    await user.click(toggle)
    expect(document.documentElement.dataset.theme).not.toBe(before)
  })
})
