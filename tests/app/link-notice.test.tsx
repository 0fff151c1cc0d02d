/**
 * Links that never show nothing: the app drops the ids its dataset does not have, shows the rest of the link,
 * and says so in a quiet notice, in the link's language. The user's explicit "None" stays "None".
 */
import { act, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeTimelines } from './fake-timeline'
import { fixtureDataset } from './fixtures/dataset'
import { renderApp } from './render-app'

vi.mock('../../src/features/timeline/timeline-adapter', () => import('./fake-timeline'))

// hidden: true: an empty result keeps the timeline in the page, hidden behind the empty state.
const timeline = () => screen.getByRole('region', { name: /^(Timeline|Хронология)$/, hidden: true })
const shownIds = () => [...timeline().querySelectorAll<HTMLElement>('[data-event-id]')].map((el) => el.dataset.eventId)
const notice = (name = 'About this link') => screen.queryByRole('status', { name })
const search = () => new URLSearchParams(window.location.search)
const ALL = fixtureDataset.events.map((event) => event.id)

beforeEach(() => {
  fakeTimelines.length = 0
})

describe('a link naming ids the timeline does not have', () => {
  it('drops an unknown topic, shows every event instead of none, and says so', () => {
    renderApp({ url: '/?topics=zz' })
    expect(shownIds()).toEqual(expect.arrayContaining(ALL))
    expect(notice()).toHaveTextContent('This link names a topic this timeline does not have: zz')
  })

  it('says it in Russian on a Russian link, with the plural form', () => {
    renderApp({ url: '/?lang=ru&topics=zz,yy' })
    expect(notice('Об этой ссылке')).toHaveTextContent('В ссылке указаны темы, которых нет в этой хронологии: zz, yy')
  })

  it('keeps the known ids of a list and names only the unknown ones', () => {
    renderApp({ url: '/?topics=zz,humanitarian' })
    const humanitarian = fixtureDataset.events.filter((event) => event.topics.includes('humanitarian'))
    expect(shownIds().sort()).toEqual(humanitarian.map((event) => event.id).sort())
    expect(notice()).toHaveTextContent(/^This link names a topic this timeline does not have: zz/)
  })

  it('names every key with unknown ids on its own line: event, person, place, document, kind', () => {
    renderApp({ url: '/?event=gone&people=nobody&places=atlantis,nowhere&docs=lost&kind=picnic' })
    const lines = within(notice()!)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines).toEqual([
      'This link names an event this timeline does not have: gone',
      'This link names a kind of event this timeline does not have: picnic',
      'This link names a person this timeline does not have: nobody',
      'This link names places this timeline does not have: atlantis, nowhere',
      'This link names a document this timeline does not have: lost',
    ])
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(shownIds()).toEqual(expect.arrayContaining(ALL))
  })

  it('opens the documents for a document it does not have', () => {
    renderApp({ url: '/?doc=lost-doc' })
    expect(notice()).toHaveTextContent('This link names a document this timeline does not have: lost-doc')
    expect(screen.getByRole('radio', { name: 'Documents' })).toBeChecked()
  })

  it('takes the unknown ids out of the address on OK, keeping the rest of the link and adding no history entry', async () => {
    const { user } = renderApp({ url: '/?lang=en&topics=zz,humanitarian&event=gone' })
    const before = window.history.length
    await user.click(within(notice()!).getByRole('button', { name: 'OK' }))
    expect(notice()).not.toBeInTheDocument()
    expect(window.location.search).toBe('?lang=en&topics=humanitarian')
    expect(window.history.length).toBe(before)
  })

  it('shows no notice for a link whose ids are all known, nor for the explicit "None"', () => {
    renderApp({ url: '/?topics=humanitarian&event=nagato-summit' })
    expect(notice()).not.toBeInTheDocument()
  })
})

describe('the explicit empty choice', () => {
  it('stays "no topic": nothing shown, no notice, as the user chose', () => {
    renderApp({ url: '/?topics=' })
    expect(shownIds()).toEqual([])
    expect(notice()).not.toBeInTheDocument()
  })

  it('is what "None" writes, and a link emptied of unknown ids is not it', async () => {
    const { user } = renderApp({ url: '/?topics=zz' })
    await user.click(screen.getByRole('button', { name: 'None' }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(search().get('topics')).toBe('')
    expect(shownIds()).toEqual([])
    expect(notice()).not.toBeInTheDocument()
  })
})
