import { act, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { LANGUAGE_STORAGE_KEY } from '../../src/lib/i18n'
import { fakeTimelines } from './fake-timeline'
import { fixtureDataset } from './fixtures/dataset'
import { renderApp } from './render-app'

vi.mock('../../src/features/timeline/timeline-adapter', () => import('./fake-timeline'))

const liveTimelines = () => fakeTimelines.filter((fake) => !fake.destroyed)
// hidden: true: with nothing to draw the timeline is hidden (kept mounted) under the empty state.
const timeline = () => screen.getByRole('region', { name: /^(Timeline|Хронология)$/, hidden: true })
const items = () => timeline().querySelectorAll('[data-event-id]')

beforeEach(() => {
  fakeTimelines.length = 0
})

describe('the app shell', () => {
  it('shows every event in the timeline, one live instance under StrictMode, nothing left on unmount', () => {
    const { unmount } = renderApp()
    expect(screen.getByRole('heading', { level: 1, name: fixtureDataset.meta.title.en })).toBeInTheDocument()
    expect(items()).toHaveLength(fixtureDataset.events.length)
    expect(fakeTimelines).toHaveLength(2) // StrictMode: mount, destroy, mount again
    expect(liveTimelines()).toHaveLength(1)
    unmount()
    expect(liveTimelines()).toHaveLength(0)
    expect(fakeTimelines.every((fake) => fake.calls.at(-1) === 'destroy')).toBe(true)
  })

  it('selects an event on click: the panel is named by the title, the URL records it', async () => {
    const { user } = renderApp()
    await user.click(within(timeline()).getByText('Ministers meet in Tokyo'))
    const panel = screen.getByRole('complementary', { name: 'Ministers meet in Tokyo' })
    expect(within(panel).getByRole('heading', { level: 2, name: 'Ministers meet in Tokyo' })).toBeInTheDocument()
    const time = panel.querySelector('time')
    expect(time).toHaveAttribute('data-value', '2019-05-31')
    expect(new URLSearchParams(window.location.search).get('event')).toBe('tokyo-ministers-2019')
    expect(screen.getByText(/Selected: Ministers meet in Tokyo/)).toBeInTheDocument()
  })

  it('holds the detail column with a hint while nothing is selected, except beside the documents', async () => {
    const { user } = renderApp()
    expect(screen.getByText('No event selected')).toBeInTheDocument()
    await user.click(within(timeline()).getByText('Nagato summit'))
    expect(screen.queryByText('No event selected')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.getByText('No event selected')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Documents' }))
    expect(screen.queryByText('No event selected')).not.toBeInTheDocument()
  })

  it('switches language in place: same timeline, selection kept, <html lang>, storage and URL', async () => {
    const { user } = renderApp({ url: '/?event=nagato-summit&from=2016-01-01&to=2019-12-31' })
    const timeline = liveTimelines()[0]
    await user.click(screen.getByRole('radio', { name: 'Русский' }))
    expect(await screen.findByRole('radiogroup', { name: 'Язык' })).toBeInTheDocument()
    expect(screen.getByRole('radiogroup', { name: 'Вид' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'English' })).toBeInTheDocument()
    expect(screen.getByRole('complementary', { name: 'Встреча в Нагато' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('ru')
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru')
    const params = new URLSearchParams(window.location.search)
    expect(params.get('lang')).toBe('ru')
    expect(params.get('from')).toBe('2016-01-01')
    expect(liveTimelines()).toEqual([timeline])
    expect(timeline?.calls).toContain('setLanguage:ru')
    expect(screen.getByRole('button', { name: 'Приблизить' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Копировать ссылку' })).toBeInTheDocument()
  })

  it('lets the URL win over the stored language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ru')
    renderApp({ url: '/?lang=en' })
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument()
  })

  it('uses a valid stored language and ignores a garbage one', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ru')
    const { unmount } = renderApp()
    expect(screen.getByRole('radio', { name: 'Русский' })).toBeChecked()
    unmount()
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, '"><img>')
    renderApp()
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked()
  })

  it('survives a garbage link with the defaults', () => {
    renderApp({ url: '/?lang=xx&view=%%&topics=zzz&event=missing&from=2019-13-01&to=x&present=abc' })
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeVisible()
    expect(screen.queryByText('No events match the search and filters.')).not.toBeInTheDocument()
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    // The unknown topic is dropped and, none being left, all topics show; the notice says what was dropped.
    expect(items().length).toBeGreaterThan(0)
    expect(screen.getByRole('status', { name: 'About this link' })).toHaveTextContent(
      'This link names a topic this timeline does not have: zzz',
    )
  })

  it('steps through discrete choices with back and forward', async () => {
    const { user } = renderApp()
    await user.click(within(timeline()).getByText('Nagato summit'))
    await user.click(within(timeline()).getByText('Grave visits'))
    expect(screen.getByRole('complementary', { name: 'Grave visits' })).toBeInTheDocument()
    await act(async () => {
      window.history.back()
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    })
    expect(screen.getByRole('complementary', { name: 'Nagato summit' })).toBeInTheDocument()
  })

  it('switches the view through the View radiogroup', async () => {
    const { user } = renderApp()
    await user.click(screen.getByRole('radio', { name: 'List' }))
    expect(new URLSearchParams(window.location.search).get('view')).toBe('list')
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument()
  })
})
