/** The filter bar and the search drive every view through one provider; the search itself is faked. */
import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchState } from '../../../src/features/search'
import { fakeTimelines } from '../../app/fake-timeline'
import { renderApp } from '../../app/render-app'

vi.mock('../../../src/features/timeline/timeline-adapter', () => import('../../app/fake-timeline'))

/** "moscow" finds the two Moscow meetings; any other query finds nothing. */
const RESULTS: Record<string, string[]> = { moscow: ['moscow-ministers-2017'] }
vi.mock('../../../src/features/search/use-search', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/features/search/use-search')>()),
  prefetchSearch: () => {},
  useSearch: (query: string): SearchState => {
    const q = query.trim().toLowerCase()
    if (q === '')
      return { status: 'idle', ids: null, terms: [], fieldsOf: () => undefined, match: null, explain: null, query: '' }
    const match = (word: string) => word.toLowerCase() === q
    return {
      status: 'ready',
      ids: new Set(RESULTS[q] ?? []),
      terms: [q],
      fieldsOf: () => undefined,
      match,
      explain: null,
      query,
    }
  },
}))

const param = (key: string) => new URLSearchParams(window.location.search).get(key)
// hidden: true: with nothing to draw the timeline is hidden (kept mounted) under the empty state.
const timeline = () => screen.getByRole('region', { name: 'Timeline', hidden: true })
const shownIds = () => [...timeline().querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'))
const filterBar = () => screen.getByRole('region', { name: 'Filters' })

beforeEach(() => {
  fakeTimelines.length = 0
})

describe('search and filters in the app', () => {
  it('narrows the timeline to the search result, counts it and writes q', async () => {
    const { user } = renderApp()
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Moscow')
    expect(shownIds()).toEqual(['moscow-ministers-2017'])
    // The address follows once typing pauses.
    await waitFor(() => expect(param('q')).toBe('Moscow'))
    expect(within(filterBar()).getByText('1 event', { selector: '.filter-bar__count' })).toBeInTheDocument()
    expect(screen.getByText('1 result')).toBeInTheDocument()
    // topic counts follow the search
    expect(screen.getByRole('checkbox', { name: 'Humanitarian measures' })).toHaveAccessibleDescription('1 event')
  })

  it('marks the matched words in the panel', () => {
    renderApp({ url: '/?q=moscow&event=moscow-ministers-2017' })
    const heading = screen.getByRole('heading', { level: 2, name: 'Ministers meet in Moscow' })
    expect(within(heading).getByText('Moscow').tagName).toBe('MARK')
  })

  it('says when nothing matches and clears the search and every filter on request', async () => {
    const { user } = renderApp({ url: '/?q=zzz&status=planned&topics=humanitarian' })
    expect(shownIds()).toEqual([])
    expect(screen.getByText('No events match the search and filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear the search and filters' }))
    expect(window.location.search).toBe('')
    expect(shownIds()).toHaveLength(7)
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('filters by status, kind and period behind "More filters", with counts, and clears all', async () => {
    const { user } = renderApp()
    const more = screen.getByRole('button', { name: 'More filters' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    const status = screen.getByRole('group', { name: 'Status' })
    const planned = within(status).getByRole('checkbox', { name: 'Planned' })
    expect(planned).toHaveAccessibleDescription('2 events')
    await user.click(planned)
    expect(param('status')).toBe('planned')
    expect(shownIds()).toEqual(['osaka-summit-2019', 'working-group-2019'])
    // ticking both statuses is no constraint at all
    await user.click(within(status).getByRole('checkbox', { name: 'Held' }))
    expect(param('status')).toBeNull()
    await user.click(within(screen.getByRole('group', { name: 'Kind' })).getByRole('checkbox', { name: 'Summit' }))
    expect(param('kind')).toBe('summit')
    expect(shownIds()).toEqual(['nagato-summit', 'osaka-summit-2019'])
    await user.type(screen.getByLabelText('From'), '2019-01-01')
    expect(param('period')).toMatch(/^2019-01-01\//)
    expect(shownIds()).toEqual(['osaka-summit-2019'])
    expect(screen.getByRole('button', { name: 'More filters (2 in use)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(window.location.search).toBe('')
    expect(shownIds()).toHaveLength(7)
  })

  it('opens "More filters" when the link carries one, and filters people and documents', () => {
    renderApp({ url: '/?people=taro-kono&docs=news-2017-11-24-en' })
    expect(screen.getByRole('button', { name: /More filters/ })).toHaveAttribute('aria-expanded', 'true')
    expect(
      within(screen.getByRole('group', { name: 'People' })).getByRole('checkbox', { name: 'Taro Kono' }),
    ).toBeChecked()
    expect(shownIds()).toEqual(['moscow-ministers-2017'])
  })
})
