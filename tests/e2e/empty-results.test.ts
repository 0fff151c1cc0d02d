/** Nothing matches: a compact empty state with its way out, not a tall blank timeline; clearing brings it back. */
import { describe, expect, it } from 'vitest'
import { browserSession, readBuiltDataset, SETTLE, timelineItems, uiText } from './app'

const session = browserSession()

describe('empty results', () => {
  it.each(['en', 'ru'] as const)('say so compactly and clear back to the timeline (%s)', async (lang) => {
    const { page } = await session.open(`?lang=${lang}&q=zzzzqqq`)
    const empty = page.getByText(uiText(lang, 'features.search.noResults'), { exact: true })
    await empty.waitFor({ state: 'visible', ...SETTLE })
    const region = page.getByRole('region', { name: uiText(lang, 'timeline.region'), exact: true })
    expect(await region.isVisible()).toBe(false)
    // Nothing drawn below the empty state: the view's content ends where its message and button end.
    const below = await page.locator('.app-view').evaluate((view) => {
      const box = view.querySelector('.no-results')?.getBoundingClientRect()
      const bottoms = [...view.children].map((child) => child.getBoundingClientRect()).filter((r) => r.height > 0)
      return box ? Math.max(...bottoms.map((r) => r.bottom)) - box.bottom : Infinity
    })
    expect(below).toBeLessThanOrEqual(0)

    await page.getByRole('button', { name: uiText(lang, 'features.search.clear'), exact: true }).click()
    await expect.poll(() => region.isVisible(), SETTLE).toBe(true)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBeGreaterThan(0)
    expect(await timelineItems(page).count()).toBeLessThanOrEqual(readBuiltDataset().events.length)
  })
})
