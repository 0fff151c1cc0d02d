/**
 * The foundation, in real Chromium against the built app: it loads cleanly, draws every event
 * where it belongs on the axis, and switches between Russian and English.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { measureTimeline, minorAxisLabels, readBuiltEvents, scriptCounts, windowOfAll, type BuiltEvent } from './app'
import { afterPaint, browserPerFile, expectCleanPage, openApp, type Page } from './browser'

const ENGLISH_MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/
const CYRILLIC = /[\u0400-\u04FF]/
/** Rendering after a navigation or a click takes a moment; a slow machine gets time, not a failure. */
const SETTLE = { timeout: 15_000 }

const session = browserPerFile()
let page: Page
let events: BuiltEvent[]

beforeAll(() => {
  events = readBuiltEvents()
})

async function freshPage(): Promise<Page> {
  page = await (await session.context()).newPage()
  return page
}

describe('the built app', () => {
  it('loads its first view with no console error, no foreign request and no CSP violation', async () => {
    const problems = await openApp(await freshPage())
    await page.getByRole('region', { name: 'Timeline' }).waitFor({ state: 'visible' })
    await page.getByRole('radiogroup', { name: 'Language' }).waitFor({ state: 'visible' })
    await afterPaint(page)
    await expectCleanPage(page, problems)
  })

  it('spreads its first view over the axis instead of piling the items at the left edge', async () => {
    const problems = await openApp(await freshPage())
    await afterPaint(page)
    const { axis, items } = await measureTimeline(page)
    // Items cut by the window's edges count only for their visible part.
    const visible = items
      .map((item) => ({ left: Math.max(item.left, axis.left), right: Math.min(item.right, axis.right) }))
      .filter((item) => item.right > item.left)
    expect(visible.length).toBeGreaterThan(1)
    const spread = Math.max(...visible.map((i) => i.right)) - Math.min(...visible.map((i) => i.left))
    expect(spread).toBeGreaterThanOrEqual((axis.right - axis.left) / 2)
    await expectCleanPage(page, problems)
  })

  it('draws one item per dataset event, all inside the axis and spread over at least half of it', async () => {
    const problems = await openApp(await freshPage(), `?${windowOfAll(events)}`)
    await expect.poll(() => page.locator('.vis-timeline .vis-item[data-event-id]').count(), SETTLE).toBe(events.length)
    await afterPaint(page)
    const { axis, items } = await measureTimeline(page)

    expect(items.map((item) => item.id).sort()).toEqual(events.map((event) => event.id).sort())
    const leftmost = Math.min(...items.map((item) => item.left))
    const rightmost = Math.max(...items.map((item) => item.right))
    expect(leftmost).toBeGreaterThanOrEqual(axis.left)
    expect(rightmost).toBeLessThanOrEqual(axis.right)
    expect(rightmost - leftmost).toBeGreaterThanOrEqual((axis.right - axis.left) / 2)
    await expectCleanPage(page, problems)
  })

  it('switches the page texts and the axis month names between English and Russian', async () => {
    // A one-year window of the busiest year, so the axis names months.
    const year = busiestYear(events)
    const problems = await openApp(await freshPage(), `?from=${year}-01-01&to=${year}-12-31`)
    const english = page.getByRole('radio', { name: 'English' })
    const russian = page.getByRole('radio', { name: 'Русский' })

    await english.check()
    await expect.poll(() => htmlLang(page), SETTLE).toBe('en')
    await expect.poll(() => minorAxisLabels(page), SETTLE).toContainEqual(expect.stringMatching(ENGLISH_MONTH))
    const englishText = await page.locator('body').innerText()
    const englishScripts = await scriptCounts(page)
    expect(englishScripts.latin).toBeGreaterThan(englishScripts.cyrillic)

    await russian.check()
    await expect.poll(() => htmlLang(page), SETTLE).toBe('ru')
    expect(await russian.isChecked()).toBe(true)
    await expect
      .poll(async () => (await minorAxisLabels(page)).some((label) => CYRILLIC.test(label)), SETTLE)
      .toBe(true)
    expect((await minorAxisLabels(page)).filter((label) => ENGLISH_MONTH.test(label))).toEqual([])
    const russianScripts = await scriptCounts(page)
    expect(russianScripts.cyrillic).toBeGreaterThan(russianScripts.latin)
    expect(await page.locator('body').innerText()).not.toBe(englishText)

    await english.check()
    await expect.poll(() => htmlLang(page), SETTLE).toBe('en')
    await expect.poll(() => minorAxisLabels(page), SETTLE).toContainEqual(expect.stringMatching(ENGLISH_MONTH))
    expect((await minorAxisLabels(page)).filter((label) => CYRILLIC.test(label))).toEqual([])
    await expectCleanPage(page, problems)
  })
})

function htmlLang(p: Page): Promise<string | null> {
  return p.locator('html').getAttribute('lang')
}

function busiestYear(list: readonly BuiltEvent[]): string {
  const counts = new Map<string, number>()
  for (const event of list) counts.set(event.start.slice(0, 4), (counts.get(event.start.slice(0, 4)) ?? 0) + 1)
  const [year] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? []
  if (!year) throw new Error('the dataset has no events')
  return year
}
