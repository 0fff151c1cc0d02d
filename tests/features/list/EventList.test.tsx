import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { EventList } from '../../../src/features/list'
import { createSearchIndex, searchEvents, wordMatcher } from '../../../src/model/search'
import type { DatasetEvent } from '../../../src/model'
import { DATASET, EVENTS } from '../fixtures/dataset'
import { renderFeature } from '../render'

const noop = () => {}

function many(count: number): DatasetEvent[] {
  const base = EVENTS[0]!
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `event-${String(i).padStart(4, '0')}`,
    title: { ru: `Событие ${i}`, en: `Event ${i}` },
  }))
}

describe('<EventList>', () => {
  it('is a list with one entry per event: date, title, topics and status', () => {
    renderFeature(
      <EventList events={EVENTS} lang="en" match={null} topics={DATASET.topics} selectedId={null} onOpen={noop} />,
    )
    const list = screen.getByRole('list', { name: 'Events' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(EVENTS.length)
    const first = items[0]!
    const time = first.querySelector('time')!
    expect(time).toHaveAttribute('datetime', '2017-11-24')
    expect(time).toHaveAttribute('data-value', '2017-11-24')
    expect(time).toHaveTextContent('24 November 2017')
    expect(within(first).getByRole('button')).toHaveTextContent(
      /Foreign ministers’ talks in Moscow.*Political dialogue, Peace treaty.*Held/,
    )
    expect(items[1]!.querySelector('time')).toHaveAttribute('datetime', '2018')
    expect(within(items[3]!).getByRole('button')).toHaveTextContent(/Planned/)
  })

  it('speaks the interface language', () => {
    renderFeature(
      <EventList events={EVENTS} lang="ru" match={null} topics={DATASET.topics} selectedId={null} onOpen={noop} />,
      'ru',
    )
    const list = screen.getByRole('list', { name: 'События' })
    expect(within(list).getByRole('button', { name: /31 мая 2019 г\. Заседания в Токио.*Состоялось/ })).toBeVisible()
  })

  it('highlights search matches in titles', () => {
    const match = wordMatcher(searchEvents(createSearchIndex(DATASET), 'заседание').terms)
    const { container } = renderFeature(
      <EventList events={EVENTS} lang="ru" match={match} topics={DATASET.topics} selectedId={null} onOpen={noop} />,
    )
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Заседания'])
  })

  it('is one tab stop; arrows move, Enter opens, the selected entry is current', async () => {
    const onOpen = vi.fn()
    renderFeature(
      <StrictMode>
        <button type="button">before</button>
        <EventList
          events={EVENTS}
          lang="en"
          match={null}
          topics={DATASET.topics}
          selectedId="graves-2018-su"
          onOpen={onOpen}
        />
        <button type="button">after</button>
      </StrictMode>,
    )
    const selected = screen.getByRole('button', { name: /Visits to family graves/ })
    expect(selected).toHaveAttribute('aria-current', 'true')
    await userEvent.click(screen.getByRole('button', { name: 'before' }))
    await userEvent.tab()
    expect(selected).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: /Sessions in Tokyo/ })).toHaveFocus()
    await userEvent.keyboard('{End}')
    expect(screen.getByRole('button', { name: /Working visits to the island/ })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}{Home}{ArrowUp}')
    expect(screen.getByRole('button', { name: /talks in Moscow/ })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(onOpen).toHaveBeenCalledWith('moscow-2017-11-24')
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus()
    await userEvent.tab({ shift: true })
    expect(screen.getByRole('button', { name: /talks in Moscow/ })).toHaveFocus()
  })

  it('renders only the entries on screen when long, keeping their place in the whole list', async () => {
    const events = many(2000)
    const onOpen = vi.fn()
    renderFeature(
      <EventList
        events={events}
        lang="en"
        match={null}
        topics={DATASET.topics}
        selectedId={null}
        onOpen={onOpen}
        viewport={{ width: 800, height: 640 }}
      />,
    )
    const items = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(5)
    expect(items.length).toBeLessThan(40)
    expect(items[0]).toHaveAttribute('aria-setsize', '2000')
    expect(items[0]).toHaveAttribute('aria-posinset', '1')

    await userEvent.tab()
    expect(screen.getByRole('button', { name: /Event 0\b/ })).toHaveFocus()
    await userEvent.keyboard('{End}')
    const last = screen.getByRole('button', { name: /Event 1999\b/ })
    expect(last).toHaveFocus()
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '2000')
    await userEvent.keyboard('{Enter}')
    expect(onOpen).toHaveBeenCalledWith('event-1999')
  })
})
