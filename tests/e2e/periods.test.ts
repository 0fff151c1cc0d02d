/**
 * Periods (eras) in real Chromium: drawn as labelled bands behind the items, their labels in the strip above
 * the items (never over one), and a filter a user ticks and a link carries.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDir } from '../../src/pipeline/paths'
import { expectCleanPage } from './browser'
import { browserSession, openMoreFilters, readBuiltDataset, SETTLE, timelineItems, uiText, urlParams } from './app'

interface BuiltPeriod {
  id: string
  startDay: string
  endDay: string
  label: { en: string; ru: string }
}

const periods = (
  JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as { periods: BuiltPeriod[] }
).periods

const session = browserSession()

describe('periods', () => {
  it('has periods in the real dataset to draw', () => {
    expect(periods.length).toBeGreaterThanOrEqual(3)
  })

  it.each(['en', 'ru'] as const)('draws each period as a labelled band, no label over an item (%s)', async (lang) => {
    // A window over 2016–2020 holds every period but the post-war one.
    const { page, problems } = await session.open(`?lang=${lang}&from=2016-06-01&to=2020-10-01`)
    const bands = page.locator('.vis-timeline .vis-item.vis-background.period')
    const inWindow = periods.filter((period) => period.endDay >= '2016-06-01' && period.startDay <= '2020-10-01')
    await expect.poll(() => bands.count(), SETTLE).toBe(inWindow.length)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBeGreaterThan(0)
    const labels = await page.locator('.period__text').allTextContents()
    expect(labels.toSorted()).toEqual(inWindow.map((period) => period.label[lang]).toSorted())
    // Read out with what it is and its dates, though only the name is drawn.
    const spoken = await page.locator('.period__label').first().textContent()
    expect(spoken).toMatch(new RegExp(`^${uiText(lang, 'timeline.period')}: .+, .*\\d{4}`))
    const overlaps = await page.evaluate(() => {
      const boxes = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0)
      const labelBoxes = boxes('.period__label')
      const itemBoxes = boxes('.vis-item[data-event-id] .vis-item-content')
      return labelBoxes.filter((l) =>
        itemBoxes.some((i) => l.left < i.right && i.left < l.right && l.top < i.bottom && i.top < l.bottom),
      ).length
    })
    expect(overlaps).toBe(0)
    // A click on a band is a click on empty space: nothing selected, no error.
    const box = await page.locator('.vis-timeline .vis-item.vis-background.period').first().boundingBox()
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4)
    expect(urlParams(page).get('event')).toBeNull()
    await expectCleanPage(page, problems)
  })

  it('filters by a ticked period, writes it to the link, and a link opens with it', async () => {
    const talks = periods.find((period) => period.id === 'talks-on-the-basis-of-the-1956-declaration')!
    const expected = readBuiltDataset()
      .events.filter((event) => event.start <= talks.endDay && event.end >= talks.startDay)
      .map((event) => event.id)
    expect(expected.length).toBeGreaterThan(0)
    const { page, problems } = await session.open('?lang=en')
    await openMoreFilters(page, 'en')
    const group = page.getByRole('group', { name: uiText('en', 'features.filters.eras'), exact: true })
    await group.getByRole('checkbox', { name: new RegExp(`^${talks.label.en}`) }).check()
    await expect.poll(() => urlParams(page).get('eras'), SETTLE).toBe(talks.id)
    const shown = async () =>
      (
        await page
          .locator('.vis-timeline .vis-item[data-event-id]')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId ?? ''))
      ).toSorted()
    await expect.poll(shown, SETTLE).toEqual(expected.toSorted())

    const link = await session.open(`?lang=ru&eras=${talks.id}`)
    await expect
      .poll(() => link.page.locator('.vis-timeline .vis-item[data-event-id]').count(), SETTLE)
      .toBe(expected.length)
    const ruGroup = link.page.getByRole('group', { name: uiText('ru', 'features.filters.eras'), exact: true })
    expect(await ruGroup.getByRole('checkbox', { name: new RegExp(`^${talks.label.ru}`) }).isChecked()).toBe(true)
    await expectCleanPage(page, problems)
    await expectCleanPage(link.page, link.problems)
  })
})
