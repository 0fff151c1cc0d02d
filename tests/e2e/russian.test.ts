/**
 * The Russian interface speaks Russian where the browser would not: the period's day fields take and show
 * дд.мм.гггг (an English Chromium draws a native date input as mm/dd/yyyy whatever the page's language),
 * facet names are in Russian alphabetical order, and documents are listed by date with their dates.
 */
import { describe, expect, it } from 'vitest'
import {
  browserSession,
  expectedEvents,
  listIds,
  openMoreFilters,
  readBuiltDataset,
  SETTLE,
  setPeriod,
  uiText,
  urlParams,
} from './app'

const session = browserSession()
const dataset = readBuiltDataset()
const collator = new Intl.Collator('ru')

describe('the Russian interface in an English browser', () => {
  it('the period fields show дд.мм.гггг, and a typed Russian date filters', async () => {
    const { page } = await session.open('?lang=ru&view=list')
    await openMoreFilters(page, 'ru')
    const group = page.getByRole('group', { name: uiText('ru', 'features.filters.period'), exact: true })
    const from = group.getByLabel(uiText('ru', 'features.filters.from'), { exact: true })
    expect(await from.getAttribute('placeholder')).toBe('дд.мм.гггг')
    expect(await from.getAttribute('type')).toBe('text')

    await setPeriod(page, 'ru', '2019-01-01', '2019-12-31')
    await expect.poll(() => urlParams(page).get('period'), SETTLE).toBe('2019-01-01/2019-12-31')
    const expected = expectedEvents(dataset.events, { period: { from: '2019-01-01', to: '2019-12-31' } })
    expect(expected.length).toBeLessThan(dataset.events.length)
    await expect.poll(() => listIds(page), SETTLE).toEqual(expected.map((e) => e.id))
    expect(await from.inputValue()).toBe('01.01.2019')
  })

  it('a day that does not exist is explained and not applied', async () => {
    const { page } = await session.open('?lang=ru&view=list')
    await openMoreFilters(page, 'ru')
    const from = page.getByLabel(uiText('ru', 'features.filters.from'), { exact: true })
    await from.fill('30.02.2019')
    await expect.poll(() => from.getAttribute('aria-invalid'), SETTLE).toBe('true')
    await expect
      .poll(() => page.getByRole('alert').textContent(), SETTLE)
      .toBe(uiText('ru', 'features.filters.noSuchDay'))
    expect(urlParams(page).get('period')).toBeNull()
  })

  it('people and places are in Russian alphabetical order; documents by date, each with its date', async () => {
    const { page } = await session.open('?lang=ru')
    await openMoreFilters(page, 'ru')
    const names = (facet: string) =>
      page
        .getByRole('group', { name: uiText('ru', `features.filters.${facet}`), exact: true })
        .locator('label')
        .allTextContents()
    for (const facet of ['people', 'places'] as const) {
      const shown = await names(facet)
      const all = dataset[facet].map((entry) => entry.name.ru)
      expect(shown.toSorted()).toEqual(all.toSorted())
      expect(shown).toEqual(all.toSorted(collator.compare))
    }
    const documents = await names('docs')
    const byDate = dataset.documents.toSorted((a, b) => a.published.localeCompare(b.published))
    expect(documents.map((label) => label.split(',')[0])).toEqual(byDate.map((d) => d.title.ru.split(',')[0]))
    // Two documents share a title; their names differ by the date.
    expect(new Set(documents).size).toBe(documents.length)
    expect(new Set(byDate.map((d) => d.title.ru)).size).toBeLessThan(byDate.length)
  })

  it('the documents view lists documents by date', async () => {
    const { page } = await session.open('?lang=ru&view=documents')
    const dates = await page
      .getByRole('table')
      .locator('tbody time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')))
    expect(dates).toEqual(dataset.documents.map((d) => d.published).toSorted())
  })
})
