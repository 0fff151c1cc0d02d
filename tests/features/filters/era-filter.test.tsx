/** The periods (eras) of periods.yaml as a filter: a facet behind "More filters", written to the URL as `eras`. */
import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeTimelines } from '../../app/fake-timeline'
import { fixtureDataset } from '../../app/fixtures/dataset'
import { renderApp } from '../../app/render-app'
import type { Dataset } from '../../../src/model'

vi.mock('../../../src/features/timeline/timeline-adapter', () => import('../../app/fake-timeline'))

const period = (id: string, start: string, end: string, startDay: string, endDay: string, en: string) => ({
  id,
  start,
  end,
  startDay,
  endDay,
  label: { en, ru: `${en} (ru)` },
  untranslated: [],
})

const dataset: Dataset = {
  ...fixtureDataset,
  periods: [
    period('post-war', '1945', '1956', '1945-01-01', '1956-12-31', 'After the war'),
    period('talks', '2018-11-14', '2019-06-END', '2018-11-14', '2019-06-30', 'Talks on the 1956 basis'),
  ],
}

const shownIds = () =>
  [...screen.getByRole('region', { name: 'Timeline', hidden: true }).querySelectorAll('[data-event-id]')].map((e) =>
    e.getAttribute('data-event-id'),
  )
const erasParam = () => new URLSearchParams(window.location.search).get('eras')
const eras = () => screen.getByRole('group', { name: 'Eras' })

beforeEach(() => {
  fakeTimelines.length = 0
})

describe('the eras filter', () => {
  it('lists the periods in start order, with their dates and counts', async () => {
    const { user } = renderApp({ dataset })
    await user.click(screen.getByRole('button', { name: 'More filters' }))
    const names = within(eras())
      .getAllByRole('checkbox')
      .map((box) => box.closest('li')?.querySelector('label')?.textContent)
    expect(names).toEqual(['After the war, 1945–1956', 'Talks on the 1956 basis, 14 November 2018 – late June 2019'])
    expect(within(eras()).getByRole('checkbox', { name: /^After the war/ })).toHaveAccessibleDescription('1 event')
    // 2019-05-31 and June 2019 lie in the talks; the working group (week 40) is after them.
    expect(within(eras()).getByRole('checkbox', { name: /^Talks on the 1956 basis/ })).toHaveAccessibleDescription(
      '2 events',
    )
  })

  it('shows only the events overlapping the ticked periods, writes eras= and clears with the others', async () => {
    const { user } = renderApp({ dataset })
    await user.click(screen.getByRole('button', { name: 'More filters' }))
    await user.click(within(eras()).getByRole('checkbox', { name: /^Talks on the 1956 basis/ }))
    expect(erasParam()).toBe('talks')
    expect(shownIds()).toEqual(['tokyo-ministers-2019', 'osaka-summit-2019'])
    await user.click(within(eras()).getByRole('checkbox', { name: /^After the war/ }))
    expect(erasParam()).toBe('post-war,talks')
    expect(shownIds()).toEqual(['soviet-entry-1945', 'tokyo-ministers-2019', 'osaka-summit-2019'])
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(erasParam()).toBeNull()
    expect(shownIds()).toHaveLength(dataset.events.length)
  })

  it('opens a link with eras, and says when nothing else is left in them', async () => {
    const { user } = renderApp({ dataset, url: '/?eras=post-war&topics=humanitarian' })
    expect(shownIds()).toEqual([])
    expect(screen.getByRole('button', { name: 'More filters (1 in use)' })).toHaveAttribute('aria-expanded', 'true')
    expect(within(eras()).getByRole('checkbox', { name: /^After the war/ })).toBeChecked()
    expect(screen.getByText(/No events match/)).toBeInTheDocument()
    await user.click(within(eras()).getByRole('button', { name: 'Clear Eras' }))
    expect(erasParam()).toBeNull()
  })

  it('drops a period the timeline does not have from a link, and offers no eras without periods', async () => {
    const { user } = renderApp({ url: '/?eras=no-such-period' })
    expect(screen.getByText(/names a period this timeline does not have: no-such-period/)).toBeInTheDocument()
    expect(shownIds()).toHaveLength(fixtureDataset.events.length)
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(erasParam()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'More filters' }))
    expect(screen.queryByRole('group', { name: 'Eras' })).toBeNull()
  })

  it('draws the periods as bands on the timeline, labelled for screen readers', () => {
    renderApp({ dataset })
    const timeline = fakeTimelines.at(-1)!
    expect(timeline.periods.map((band) => [band.periodId, band.kind, band.text, band.dates])).toEqual([
      ['post-war', 'Period', 'After the war', '1945–1956'],
      ['talks', 'Period', 'Talks on the 1956 basis', '14 November 2018 – late June 2019'],
    ])
  })
})
