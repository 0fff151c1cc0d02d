import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeTimelines } from '../../app/fake-timeline'
import { fixtureDataset } from '../../app/fixtures/dataset'
import { renderApp } from '../../app/render-app'

vi.mock('../../../src/features/timeline/timeline-adapter', () => import('../../app/fake-timeline'))

beforeEach(() => {
  fakeTimelines.length = 0
})

const panel = (name: string) => screen.getByRole('complementary', { name })

describe('DetailPanel', () => {
  it('shows facts, people, places, related events and sources with the editorial translation', () => {
    renderApp({ url: '/?event=moscow-ministers-2017' })
    const p = panel('Ministers meet in Moscow')
    expect(within(p).getByText('Held')).toBeInTheDocument()
    expect(within(p).getByText('Kono and Lavrov in Moscow.')).toBeInTheDocument()
    expect(within(p).getByText('Taro Kono, Sergey Lavrov')).toBeInTheDocument()
    expect(within(p).getByText('Moscow')).toBeInTheDocument()
    expect(within(p).getByRole('link', { name: 'Ministers meet in Tokyo' })).toHaveAttribute(
      'href',
      '?event=tokyo-ministers-2019',
    )
    const quote = within(p).getByText('The ministers discussed joint economic activities.')
    expect(quote).toHaveAttribute('lang', 'en')
    expect(within(p).getByText('Editorial translation')).toBeInTheDocument()
    expect(within(p).getByText('Министры обсудили совместную хозяйственную деятельность.')).toHaveAttribute(
      'lang',
      'ru',
    )
    expect(within(p).getByRole('link', { name: 'Press conference in Moscow' })).toHaveAttribute(
      'href',
      '?view=documents&event=moscow-ministers-2017&doc=news-2017-11-24-en',
    )
  })

  it('dates a coarse event by its precision with a <time> in the widest HTML form', () => {
    renderApp({ url: '/?event=osaka-summit-2019' })
    const time = panel('Leaders meet in Osaka').querySelector('time')
    expect(time).toHaveAttribute('data-value', '2019-06')
    expect(time).toHaveAttribute('datetime', expect.stringMatching(/^2019(-06)?$/))
    expect(within(panel('Leaders meet in Osaka')).getByText(/precision: month/)).toBeInTheDocument()
  })

  it('says a planned event is planned as of its source, and that the outcome is unknown once past', () => {
    renderApp({ url: '/?event=osaka-summit-2019' })
    expect(within(panel('Leaders meet in Osaka')).getByText(/^Planned, as of/)).toBeInTheDocument()
    expect(
      within(panel('Leaders meet in Osaka')).getByText('No later document records the outcome.'),
    ).toBeInTheDocument()
  })

  it("shows the curator's review of a planned event's unknown outcome instead of the generic note", () => {
    const reviewed = {
      ...fixtureDataset,
      events: fixtureDataset.events.map((event) =>
        event.id === 'osaka-summit-2019'
          ? {
              ...event,
              outcome: {
                status: 'unknown' as const,
                reason: { en: 'No readout was published.', ru: 'Отчёт о встрече не публиковался.' },
              },
            }
          : event,
      ),
    }
    renderApp({ url: '/?event=osaka-summit-2019', dataset: reviewed })
    const p = panel('Leaders meet in Osaka')
    expect(within(p).getByText('Outcome unknown: No readout was published.')).toBeInTheDocument()
    expect(within(p).queryByText('No later document records the outcome.')).not.toBeInTheDocument()
  })

  it('does not claim a missing outcome for a planned event after the build date', () => {
    renderApp({ url: '/?event=working-group-2019' })
    expect(within(panel('Working group')).getByText(/^Planned, as of/)).toBeInTheDocument()
    expect(screen.queryByText('No later document records the outcome.')).not.toBeInTheDocument()
  })

  it('moves to the previous and next event of the current filter', async () => {
    const { user } = renderApp({ url: '/?event=tokyo-ministers-2019&topics=peace-treaty' })
    await user.click(screen.getByRole('button', { name: /Previous event/ }))
    expect(panel('Ministers meet in Moscow')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: /Next event/ }))
    expect(panel('Ministers meet in Tokyo')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Next event/ })).toBeDisabled()
  })

  it('is driven by the keyboard: arrows select, Enter opens, Esc closes and focus returns', async () => {
    const { user } = renderApp()
    const region = screen.getByRole('region', { name: 'Timeline' })
    region.focus()
    await user.keyboard('{ArrowRight}')
    expect(panel('The islands are occupied')).toBeInTheDocument()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(panel('Ministers meet in Moscow')).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(panel('Nagato summit')).toBeInTheDocument()
    expect(fakeTimelines.at(-1)?.selection).toBe('nagato-summit')
    expect(fakeTimelines.at(-1)?.calls).toContain('reveal:nagato-summit')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { level: 2, name: 'Nagato summit' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(region).toHaveFocus()
    expect(new URLSearchParams(window.location.search).get('event')).toBeNull()
  })

  it('zooms with + and − keys and the toolbar buttons', async () => {
    const { user } = renderApp()
    screen.getByRole('region', { name: 'Timeline' }).focus()
    await user.keyboard('+-')
    await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    await user.click(screen.getByRole('button', { name: 'Fit all' }))
    expect(fakeTimelines.at(-1)?.calls).toEqual(expect.arrayContaining(['zoom:in', 'zoom:out', 'fit']))
  })
})
