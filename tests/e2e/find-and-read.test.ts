/**
 * Find and read (issue 4) in real Chromium against the built app: a Russian word form finds the 11 June 2019
 * meeting with its matches marked, an empty result offers the way out, the panel's source link opens the
 * document at the marked quote, every filter narrows the list to what the data says and survives a reload,
 * and the list works by keyboard alone.
 */
import { describe, expect, it } from 'vitest'
import {
  SETTLE,
  browserSession,
  detailPanel,
  expectedEvents,
  listIds,
  readBuiltDataset,
  setPeriod,
  tabTo,
  tickFacet,
  timelineItems,
  uiText,
  urlParams,
  windowOfAll,
  type FacetName,
  type Filters,
} from './app'
import { expectCleanPage, type Page } from './browser'
import { formatDate } from '../../src/model'

const dataset = readBuiltDataset()
/** Kind labels are data (kinds.yaml, in the built dataset), not interface strings. */
const kindLabel = (id: string) =>
  (dataset as unknown as { kinds: { id: string; label: { en: string } }[] }).kinds.find((kind) => kind.id === id)!.label
    .en
const session = browserSession()
const MEETING = '2019-06-11-working-group-projects'
/** Another working-group entry whose title has another form of the word: "Заседания рабочих групп…". */
const MEETINGS = '2019-w21-working-groups-movement-of-people-legal-aspects'
const ALL_IDS = dataset.events.map((e) => e.id)

function event(id: string) {
  const found = dataset.events.find((e) => e.id === id)
  if (!found) throw new Error(`the dataset has no event ${id}`)
  return found
}

function entry(page: Page, id: string) {
  return page.getByRole('list', { name: /^(Events|События)$/ }).locator(`[data-event-id="${id}"]`)
}

describe('search', () => {
  it('finds the 11 June 2019 meeting from a Russian word form, marks the matches, and narrows the timeline too', async () => {
    const { page, problems } = await session.open(`?lang=ru&view=list&${windowOfAll(dataset.events)}`)
    await expect.poll(() => listIds(page), SETTLE).toEqual(ALL_IDS)
    await page.getByRole('searchbox', { name: 'Поиск' }).fill('заседание')

    await expect.poll(() => urlParams(page).get('q'), SETTLE).toBe('заседание')
    // The search index loads on first use: wait for the list to narrow.
    await expect.poll(() => listIds(page), SETTLE).not.toEqual(ALL_IDS)
    const found = await listIds(page)
    expect(found).toContain(MEETING)
    expect(found).toContain(MEETINGS)
    expect(found.length).toBeLessThan(ALL_IDS.length)
    // The index was fetched and read by the search worker, not by the page (whose thread it would hold).
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/\/assets\/search\.worker-[\w-]+\.js$/),
    ])
    const pageFetches = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    expect(pageFetches.filter((name) => name.includes('search-index'))).toEqual([])
    expect(await entry(page, MEETING).locator('mark').first().innerText()).toMatch(/^заседание$/i)
    // Another form of the word is found and marked too: the search stems, it does not match substrings.
    expect(await entry(page, MEETINGS).locator('mark').first().innerText()).toMatch(/^заседания$/i)
    expect(
      await page
        .locator('output')
        .filter({ hasText: String(found.length) })
        .count(),
    ).toBe(1)

    await page.getByRole('radio', { name: 'Хронология' }).check()
    await expect
      .poll(
        () => timelineItems(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId).sort()),
        SETTLE,
      )
      .toEqual([...found].sort())
    await expectCleanPage(page, problems)
  })

  it('says when nothing matches and offers to clear the search and filters', async () => {
    const { page, problems } = await session.open('?view=list&q=zzzzqqq&status=planned')
    await page.getByText(uiText('en', 'features.search.noResults')).waitFor({ state: 'visible', ...SETTLE })
    expect(await listIds(page)).toEqual([])
    await page.getByRole('button', { name: uiText('en', 'features.search.clear'), exact: true }).click()
    await expect.poll(() => listIds(page), SETTLE).toEqual(ALL_IDS)
    await expect.poll(() => urlParams(page).get('q'), SETTLE).toBeNull()
    await expect.poll(() => urlParams(page).get('status'), SETTLE).toBeNull()
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('')
    await expectCleanPage(page, problems)
  })
})

describe('the document reader', () => {
  it("opens from the panel's source link at the event's quote, marked and scrolled into view", async () => {
    const meeting = event(MEETING)
    const source = meeting.sources[0]!
    const doc = dataset.documents.find((d) => d.id === source.document)!
    const { page, problems } = await session.open(`?event=${MEETING}`)
    const panel = detailPanel(page, meeting.title.en)
    await panel.getByRole('link', { name: uiText('en', 'panel.openDocument'), exact: true }).click()

    await expect.poll(() => urlParams(page).get('doc'), SETTLE).toBe(doc.id)
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(MEETING)
    await page.getByRole('heading', { name: doc.title[doc.language], exact: true }).waitFor(SETTLE)
    const current = page.locator('mark[aria-current="true"]')
    await current.first().waitFor({ state: 'visible', ...SETTLE })
    const marked = (await current.allInnerTexts()).join('').replace(/\s+/g, ' ')
    expect(marked).toContain(source.quote.replace(/\s+/g, ' '))
    // Every quoted passage of the document is a mark; only this event's is current.
    expect(await page.locator('mark').count()).toBeGreaterThan(await current.count())
    // The text stays in the document's language under the English interface.
    expect(await current.first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(doc.language)
    await expect
      .poll(
        () =>
          current.first().evaluate((el) => {
            const box = el.getBoundingClientRect()
            return box.top >= 0 && box.bottom <= window.innerHeight && el === document.activeElement
          }),
        SETTLE,
      )
      .toBe(true)
    await expectCleanPage(page, problems)
  })
})

interface FilterCase {
  name: string
  /** Applies the filter through the interface. */
  apply: (page: Page) => Promise<void>
  key: string
  value: string
  filters: Filters
}

const person = dataset.people.find((p) => p.id === 'taro-kono')!
const place = dataset.places.find((p) => p.id === 'moscow')!
const doc = dataset.documents.find((d) => d.id === 'mofa-2019-05-31-ru')!
const facetCase = (facet: FacetName, id: string, label: string, filters: Filters): FilterCase => ({
  name: `${facet}: ${id}`,
  apply: (page) => tickFacet(page, 'en', facet, label),
  key: facet,
  value: id,
  filters,
})
const FILTER_CASES: FilterCase[] = [
  facetCase('status', 'planned', uiText('en', 'features.filters.planned'), { status: 'planned' }),
  facetCase('kind', 'working-group', kindLabel('working-group'), { kind: ['working-group'] }),
  facetCase('people', person.id, person.name.en, { people: [person.id] }),
  facetCase('places', place.id, place.name.en, { places: [place.id] }),
  // A document is named with its date: two documents share a title.
  facetCase('docs', doc.id, `${doc.title.en}, ${formatDate(doc.published, 'en')}`, { docs: [doc.id] }),
  {
    name: 'period: 2019',
    apply: (page) => setPeriod(page, 'en', '2019-01-01', '2019-12-31'),
    key: 'period',
    value: '2019-01-01/2019-12-31',
    filters: { period: { from: '2019-01-01', to: '2019-12-31' } },
  },
]

describe('the filters', () => {
  it.each(FILTER_CASES)('$name narrows the list to the expected events and survives a reload', async (c) => {
    const expected = expectedEvents(dataset.events, c.filters).map((e) => e.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(ALL_IDS.length)
    const { page, problems } = await session.open('?view=list')
    await expect.poll(() => listIds(page), SETTLE).toEqual(ALL_IDS)
    await c.apply(page)
    await expect.poll(() => urlParams(page).get(c.key), SETTLE).toBe(c.value)
    await expect.poll(() => listIds(page), SETTLE).toEqual(expected)
    await page.reload()
    await expect.poll(() => listIds(page), SETTLE).toEqual(expected)
    await expect.poll(() => urlParams(page).get(c.key), SETTLE).toBe(c.value)
    await expectCleanPage(page, problems)
  })
})

describe('the list view', () => {
  it('works by keyboard alone: Tab into the list, arrows, Home and End, Enter opens the panel, Esc comes back', async () => {
    const events = dataset.events
    const { page, problems } = await session.open('?view=list')
    const list = page.getByRole('list', { name: 'Events' })
    await list.waitFor(SETTLE)
    expect(await tabTo(page, list)).toBe(true)
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId)
    expect(await focusedId()).toBe(events[0]!.id)

    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedId, SETTLE).toBe(events[2]!.id)
    await page.keyboard.press('End')
    await expect.poll(focusedId, SETTLE).toBe(events.at(-1)!.id)
    await page.keyboard.press('Home')
    await expect.poll(focusedId, SETTLE).toBe(events[0]!.id)
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedId, SETTLE).toBe(events[1]!.id)

    await page.keyboard.press('Enter')
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(events[1]!.id)
    const panel = detailPanel(page, events[1]!.title.en)
    await panel.waitFor({ state: 'visible', ...SETTLE })
    expect(await entry(page, events[1]!.id).getAttribute('aria-current')).toBe('true')

    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached', ...SETTLE })
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBeNull()
    await expect.poll(focusedId, SETTLE).toBe(events[1]!.id)
    await expectCleanPage(page, problems)
  })
})
