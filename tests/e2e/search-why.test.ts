/**
 * Search says why: each result in the list and the detail panel says where it matched and marks the matched
 * words, an alias's name included ("Etorofu" finds the event that says "Iturup").
 */
import { describe, expect, it } from 'vitest'
import { browserSession, detailPanel, listEntries, readBuiltDataset, SETTLE } from './app'

const session = browserSession()
const dataset = readBuiltDataset()
const iturupEvents = dataset.events.filter((event) => event.places.includes('iturup'))

const marks = (scope: import('playwright-core').Locator) => scope.locator('mark').allTextContents()

describe('search says why', () => {
  it.each([
    ['en', 'Matched alias Etorofu of Iturup', 'Iturup'],
    ['ru', 'Совпадение: другое название «Etorofu» — Итуруп', 'Итуруп'],
  ] as const)('an alias match is explained and its name marked (%s)', async (lang, why, name) => {
    expect(iturupEvents.length).toBeGreaterThan(0)
    const { page } = await session.open(`?lang=${lang}&view=list&q=Etorofu`)
    const entries = listEntries(page)
    await expect.poll(() => entries.count(), SETTLE).toBe(iturupEvents.length)
    const event = iturupEvents[0]!
    const entry = page.locator(`button.event-entry[data-event-id="${event.id}"]`)
    await expect.poll(() => entry.locator('.event-entry-why').textContent(), SETTLE).toBe(why)
    await entry.click()
    const panel = detailPanel(page, event.title[lang])
    await panel.waitFor({ state: 'visible', ...SETTLE })
    expect(await panel.locator('.detail-panel__why').textContent()).toBe(why)
    const marked = await marks(panel)
    expect(marked.length).toBeGreaterThan(0)
    // A quote and its translation are both shown, so the place is marked under either language's name.
    const names = ['Iturup', 'Итуруп'].map((n) => n.toLowerCase())
    expect(marked.some((word) => word.toLowerCase().startsWith(name.toLowerCase()))).toBe(true)
    expect(marked.every((word) => names.some((n) => word.toLowerCase().startsWith(n)))).toBe(true)
  })

  it('every result says why, and the panel marks the word searched for', async () => {
    const { page } = await session.open('?lang=en&view=list&q=Kunashir')
    const entries = listEntries(page)
    await expect.poll(() => entries.count(), SETTLE).toBeLessThan(dataset.events.length)
    expect(await entries.count()).toBeGreaterThan(0)
    const reasons = await entries.locator('.event-entry-why').allTextContents()
    expect(reasons.length).toBe(await entries.count())
    expect(reasons.every((text) => text.startsWith('Matched '))).toBe(true)
    const first = entries.first()
    await first.click()
    const panel = page.getByRole('complementary').first()
    await expect.poll(async () => (await marks(panel)).length, SETTLE).toBeGreaterThan(0)
    expect((await marks(panel)).every((word) => /^kunashir/i.test(word))).toBe(true)
  })
})
