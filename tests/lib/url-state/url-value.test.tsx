/** useUrlValue: a component reading one key of the URL re-renders when that key changes, not on other changes. */
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  currentUrl,
  getUrlState,
  parseUrlState,
  setUrlState,
  urlSettled,
  useUrlValue,
} from '../../../src/lib/url-state'
import { shareUnchanged } from '../../../src/lib/url-state/url-store'

afterEach(() => {
  currentUrl()
  window.history.replaceState(null, '', '/')
})

describe('shareUnchanged', () => {
  it('keeps the unchanged values of the previous state by identity and takes the changed ones', () => {
    const before = parseUrlState('?topics=humanitarian,peace-treaty&event=a&from=2019-01-01&to=2019-12-31')
    const after = shareUnchanged(
      before,
      parseUrlState('?topics=humanitarian,peace-treaty&event=b&from=2019-01-01&to=2019-12-31'),
    )
    expect(after.topics).toBe(before.topics)
    expect(after.window).toBe(before.window)
    expect(after.event).toBe('b')
  })

  it('returns the previous state itself when nothing changed', () => {
    const before = parseUrlState('?topics=humanitarian&q=Lavrov')
    expect(shareUnchanged(before, parseUrlState('?topics=humanitarian&q=Lavrov'))).toBe(before)
  })
})

describe('useUrlValue', () => {
  function TopicsProbe({ renders }: { renders: string[] }) {
    const topics = useUrlValue('topics')
    renders.push(topics === null ? 'all' : topics.join(','))
    return <p data-testid="topics">{topics === null ? 'all' : topics.join(',')}</p>
  }

  it('re-renders on its own key only: a selection or a pan leaves the topic filter alone', () => {
    const renders: string[] = []
    render(<TopicsProbe renders={renders} />)
    act(() => setUrlState({ topics: ['humanitarian'] }))
    expect(screen.getByTestId('topics').textContent).toBe('humanitarian')
    const count = renders.length
    act(() => setUrlState({ event: 'some-event' }))
    act(() => setUrlState({ window: { from: '2019-01-01', to: '2019-06-30' } }))
    act(() => setUrlState({ topics: ['humanitarian'] }))
    expect(renders.length).toBe(count)
    act(() => setUrlState({ topics: ['humanitarian', 'peace-treaty'] }))
    expect(screen.getByTestId('topics').textContent).toBe('humanitarian,peace-treaty')
    expect(renders.length).toBe(count + 1)
  })

  it('follows back and forward', async () => {
    render(<TopicsProbe renders={[]} />)
    act(() => setUrlState({ topics: ['humanitarian'] }))
    act(() => setUrlState({ topics: ['peace-treaty'] }))
    await act(urlSettled)
    await act(async () => {
      window.history.back()
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    })
    expect(screen.getByTestId('topics').textContent).toBe('humanitarian')
  })
})

describe('setUrlState', () => {
  const search = () => window.location.search
  const back = () =>
    new Promise((resolve) => {
      window.addEventListener('popstate', resolve, { once: true })
      window.history.back()
    })

  it('shows a choice at once and writes it to the address in the same call', async () => {
    setUrlState({ topics: ['humanitarian'] })
    expect(getUrlState().topics).toEqual(['humanitarian'])
    expect(search()).toBe('?topics=humanitarian')
    await back()
    expect(search()).toBe('')
  })

  it('gives each of two quick choices its own history entry', async () => {
    setUrlState({ topics: ['humanitarian'] })
    setUrlState({ event: 'some-event' })
    expect(search()).toBe('?topics=humanitarian&event=some-event')
    await back()
    expect(search()).toBe('?topics=humanitarian')
  })

  it('keeps a pending choice as its own entry when a pan follows it at once', async () => {
    setUrlState({ topics: ['peace-treaty'] })
    setUrlState({ window: { from: '2019-01-01', to: '2019-06-30' } }, 'replace-debounced')
    expect(search()).toBe('?topics=peace-treaty')
    expect(getUrlState().window).toEqual({ from: '2019-01-01', to: '2019-06-30' })
    expect(currentUrl()).toContain('from=2019-01-01')
    await back()
    expect(search()).toBe('')
  })

  it('lets a test await the address instead of polling it, a debounced pan included', async () => {
    await urlSettled()
    setUrlState({ window: { from: '2019-01-01', to: '2019-06-30' } }, 'replace-debounced')
    expect(search()).toBe('')
    await urlSettled()
    expect(search()).toBe('?from=2019-01-01&to=2019-06-30')
  })
})
