import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactElement } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import offlineEn from '../../../locales/en.json'
import offlineRu from '../../../locales/ru.json'
import { Handout } from '../../../src/features/print'
import { DATASET, EVENTS } from '../fixtures/dataset'

afterEach(cleanup)

function renderIn(lng: 'en' | 'ru', ui: ReactElement) {
  const i18n = i18next.createInstance()
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: offlineEn }, ru: { translation: offlineRu } },
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>)
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1)

describe('<Handout>', () => {
  it('lists the given events in chronological order, whatever order they come in', () => {
    renderIn('en', <Handout events={[...EVENTS].reverse()} dataset={DATASET} lang="en" />)
    const ids = rows().map((row) => row.dataset.eventId)
    expect(ids).toEqual([...EVENTS].sort((a, b) => (a.start < b.start ? -1 : 1)).map((event) => event.id))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `${DATASET.meta.title.en}: ${EVENTS.length} events`,
    )
  })

  it('gives date, title, summary and source document of each row in the interface language only', () => {
    renderIn('ru', <Handout events={[EVENTS[0]!]} dataset={DATASET} lang="ru" />)
    const [date, event, source] = within(rows()[0]!).getAllByRole('cell')
    expect(date).toHaveTextContent('24 ноября 2017 г.')
    expect(date!.querySelector('time')).toHaveAttribute('datetime', '2017-11-24')
    expect(event).toHaveTextContent(EVENTS[0]!.title.ru)
    expect(event).toHaveTextContent(EVENTS[0]!.summary.ru)
    expect(event).not.toHaveTextContent(EVENTS[0]!.title.en)
    const document = DATASET.documents.find((d) => d.id === EVENTS[0]!.sources[0]!.document)!
    expect(source).toHaveTextContent(document.title.ru)
    expect(screen.getByRole('columnheader', { name: 'Дата' })).toBeInTheDocument()
  })

  it('shows both languages when bilingual, the interface language first', () => {
    renderIn('en', <Handout events={[EVENTS[1]!]} dataset={DATASET} lang="en" bilingual />)
    const [date, event] = within(rows()[0]!).getAllByRole('cell')
    expect([...date!.querySelectorAll('time')].map((time) => time.textContent)).toEqual(['summer 2018', 'лето 2018 г.'])
    const parts = [...event!.querySelectorAll('[lang]')]
    expect(parts.map((part) => part.getAttribute('lang'))).toEqual(['en', 'ru'])
    expect(parts[1]).toHaveTextContent(EVENTS[1]!.title.ru)
  })

  it('marks each event held, or planned as of the date of its document, in each language of the row', () => {
    const planned = { ...EVENTS[0]!, id: 'planned-one', status: 'planned' as const, asOf: '2018-11-14' }
    renderIn('en', <Handout events={[EVENTS[0]!, planned]} dataset={DATASET} lang="en" bilingual />)
    const byId = (id: string) => rows().find((row) => row.dataset.eventId === id)!
    const heldDate = within(byId(EVENTS[0]!.id)).getAllByRole('cell')[0]!
    const plannedDate = within(byId('planned-one')).getAllByRole('cell')[0]!
    const statuses = (cell: HTMLElement) => [...cell.querySelectorAll('.handout__status')].map((s) => s.textContent)
    expect(statuses(heldDate)).toEqual(['Held', 'Состоялось'])
    expect(statuses(plannedDate)).toEqual([
      'Planned, as of 14 November 2018',
      'Запланировано, по данным на 14 ноября 2018 г.',
    ])
  })

  it('lists the periods the events shown fall in, with their dates, before the table', () => {
    const period = (id: string, startDay: string, endDay: string, en: string, ru: string) => ({
      id,
      start: startDay,
      end: endDay,
      startDay,
      endDay,
      label: { en, ru },
      untranslated: [],
    })
    const event = EVENTS[0]!
    const dataset = {
      ...DATASET,
      periods: [
        period('far', '1945-01-01', '1956-12-31', 'Far away', 'Далеко'),
        period('around', event.start, event.end, 'Around it', 'Вокруг'),
      ],
    }
    renderIn('en', <Handout events={[event]} dataset={dataset} lang="en" bilingual />)
    const list = within(screen.getByRole('region', { name: 'Periods' })).getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent('Around it')
    expect(items[0]).toHaveTextContent('Вокруг')
    expect(items[0]).toHaveTextContent('24 November 2017')
  })

  it('has no periods section when no period touches the events', () => {
    renderIn('en', <Handout events={EVENTS} dataset={{ ...DATASET, periods: [] }} lang="en" />)
    expect(screen.queryByRole('region', { name: 'Periods' })).toBeNull()
  })
})
