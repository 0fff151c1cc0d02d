import { act, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeTimelines } from '../../app/fake-timeline'
import { setUrlState } from '../../../src/lib/url-state'
import { fixtureDataset } from '../../app/fixtures/dataset'
import { renderApp } from '../../app/render-app'

vi.mock('../../../src/features/timeline/timeline-adapter', () => import('../../app/fake-timeline'))

const shownIds = () =>
  [...screen.getByRole('region', { name: 'Timeline', hidden: true }).querySelectorAll('[data-event-id]')].map((e) =>
    e.getAttribute('data-event-id'),
  )
const topicsParam = () => new URLSearchParams(window.location.search).get('topics')

beforeEach(() => {
  fakeTimelines.length = 0
})

describe('TopicFilter', () => {
  it('names each checkbox by the topic label and describes it by the count', () => {
    renderApp()
    const box = screen.getByRole('checkbox', { name: 'Humanitarian measures' })
    expect(box).toBeChecked()
    expect(box).toHaveAccessibleDescription('2 events')
    expect(screen.getByRole('checkbox', { name: 'Economic cooperation' })).toHaveAccessibleDescription('0 events')
  })

  it('filters the timeline in place; an event matches when any of its topics is selected', async () => {
    const { user } = renderApp()
    const timeline = fakeTimelines.at(-1)
    await user.click(screen.getByRole('button', { name: 'None' }))
    expect(topicsParam()).toBe('')
    expect(shownIds()).toEqual([])
    await user.click(screen.getByRole('checkbox', { name: 'Humanitarian measures' }))
    expect(topicsParam()).toBe('humanitarian')
    // moscow-ministers-2017 has peace-treaty and humanitarian
    expect(shownIds()).toEqual(['moscow-ministers-2017', 'grave-visits-2018'])
    await user.click(screen.getByRole('button', { name: 'All' }))
    expect(topicsParam()).toBeNull()
    expect(shownIds()).toHaveLength(7)
    expect(fakeTimelines.filter((f) => !f.destroyed)).toEqual([timeline])
  })

  it('keeps the topic counts while topics are ticked, and counts again when another filter changes', async () => {
    const { user } = renderApp()
    const humanitarian = () => screen.getByRole('checkbox', { name: 'Humanitarian measures' })
    await user.click(screen.getByRole('checkbox', { name: 'Peace treaty' }))
    // A facet's counts leave that facet out: unticking a topic does not change them.
    expect(humanitarian()).toHaveAccessibleDescription('2 events')
    act(() => setUrlState({ status: 'planned' }))
    const planned = fixtureDataset.events.filter((e) => e.status === 'planned' && e.topics.includes('humanitarian'))
    expect(humanitarian()).toHaveAccessibleDescription(`${planned.length} event${planned.length === 1 ? '' : 's'}`)
    expect(planned.length).toBeLessThan(2)
    act(() => setUrlState({ status: null }))
    expect(humanitarian()).toHaveAccessibleDescription('2 events')
  })

  it('unchecking one topic from "all" keeps the others', async () => {
    const { user } = renderApp()
    await user.click(screen.getByRole('checkbox', { name: 'Peace treaty' }))
    expect(topicsParam()).toBe(
      'joint-economic-activities,humanitarian,economic-cooperation,political-dialogue,territorial-question',
    )
    expect(shownIds()).not.toContain('tokyo-ministers-2019')
    expect(shownIds()).toContain('moscow-ministers-2017')
  })

  it('shows the topic labels in Russian after a switch', async () => {
    const { user } = renderApp()
    await user.click(screen.getByRole('radio', { name: 'Русский' }))
    expect(await screen.findByRole('checkbox', { name: 'Мирный договор' })).toHaveAccessibleDescription('2 события')
  })
})
