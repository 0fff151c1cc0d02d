/**
 * Defects a walk through the app as its users found, each kept from coming back: what a person saw, checked
 * in real Chromium at the size where they saw it.
 */
import { describe, expect, it } from 'vitest'
import { openMoreFilters, SETTLE, uiText } from './app'
import { browserPerFile, gotoSettled, baseUrl, type Page } from './browser'

const session = browserPerFile()

/** Each list entry's parts (date, title, why it matched, topics, status) as left edges and widths. */
function entryParts(page: Page) {
  return page.locator('button.event-entry').evaluateAll((entries) =>
    entries.map((entry) =>
      [...entry.children].map((part) => {
        const box = part.getBoundingClientRect()
        return { part: part.className, left: Math.round(box.left), width: Math.round(box.width) }
      }),
    ),
  )
}

describe('the list on a phone', () => {
  it.each(['en', 'ru'] as const)(
    'keeps a search result in one column: the date is read across, not a letter a line (%s)',
    async (lang) => {
      const context = await session.context({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      await gotoSettled(page, `${baseUrl()}/?lang=${lang}&view=list&q=${lang === 'ru' ? 'Лавров' : 'Lavrov'}`)
      await page
        .locator('button.event-entry .event-entry-why')
        .first()
        .waitFor({ state: 'visible', ...SETTLE })
      const entries = await entryParts(page)
      expect(entries.length).toBeGreaterThan(0)
      for (const parts of entries) {
        const date = parts.find((p) => p.part === 'event-entry-date')!
        const title = parts.find((p) => p.part === 'event-entry-title')!
        // One column: every part starts where the date starts, and the date is as wide as the title.
        expect(parts.map((p) => `${p.part} ${p.left}`)).toEqual(parts.map((p) => `${p.part} ${date.left}`))
        expect(date.width).toBeGreaterThanOrEqual(title.width)
      }
    },
  )
})

describe('the list on a desktop', () => {
  it.each(['light', 'dark'] as const)(
    'keeps the selected entry marked while the pointer is still on it (%s)',
    async (colorScheme) => {
      const context = await session.context({ colorScheme })
      const page = await context.newPage()
      await gotoSettled(page, `${baseUrl()}/?lang=en&view=list`)
      const entries = page.locator('button.event-entry')
      const background = (n: number) => entries.nth(n).evaluate((entry) => getComputedStyle(entry).backgroundColor)
      await entries.nth(2).hover()
      const hovered = await background(2)
      await entries.nth(3).click()
      await expect.poll(() => entries.nth(3).getAttribute('aria-current'), SETTLE).toBe('true')
      const selected = await background(3)
      expect(selected).not.toBe(hovered)
      await page.mouse.move(1, 1)
      expect(await background(3)).toBe(selected)
    },
  )
})

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the timeline grouped by topic', () => {
  it.each(['light', 'dark'] as const)('names its rows in text readable on the page (%s)', async (colorScheme) => {
    const context = await session.context({ colorScheme })
    const page = await context.newPage()
    await gotoSettled(page, `${baseUrl()}/?lang=ru&group=topic`)
    const labels = page.locator('.vis-labelset .vis-label .vis-inner')
    await labels.first().waitFor({ state: 'visible', ...SETTLE })
    // The labels have no background of their own (checked): they stand on the page's.
    const colours = await labels.evaluateAll((inners) =>
      inners.map((inner) => ({
        text: getComputedStyle(inner).color,
        own: getComputedStyle(inner.parentElement!).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
      })),
    )
    expect(colours.length).toBeGreaterThan(1)
    for (const { text, own, page: background } of colours) {
      expect(own).toBe('rgba(0, 0, 0, 0)')
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('the panel in both languages on a projector', () => {
  it('gives the two languages the whole width of the panel, half each, with no empty third column', async () => {
    const context = await session.context({ viewport: { width: 1920, height: 1080 } })
    const page = await context.newPage()
    await gotoSettled(page, `${baseUrl()}/?lang=ru&bi=1&event=2018-11-14-putin-abe-singapore`)
    const columns = page.locator('.bilingual > .bilingual__column')
    await columns.first().waitFor({ state: 'visible', ...SETTLE })
    const { width, tracks, widths } = await page.locator('.bilingual').evaluate((grid) => ({
      width: grid.getBoundingClientRect().width,
      tracks: getComputedStyle(grid).gridTemplateColumns.split(' ').length,
      widths: [...grid.querySelectorAll(':scope > .bilingual__column')].map((c) => c.getBoundingClientRect().width),
    }))
    expect(tracks).toBe(2)
    expect(widths).toHaveLength(2)
    for (const column of widths) expect(column).toBeGreaterThan(width * 0.45)
  })
})

describe('the period filter', () => {
  it.each(['en', 'ru'] as const)(
    'keeps both day fields whole inside their box, a wrong day explained under its field (%s)',
    async (lang) => {
      const context = await session.context()
      const page = await context.newPage()
      await gotoSettled(page, `${baseUrl()}/?lang=${lang}`)
      await openMoreFilters(page, lang)
      const group = page.getByRole('group', { name: uiText(lang, 'features.filters.period'), exact: true })
      const from = group.getByLabel(uiText(lang, 'features.filters.from'), { exact: true })
      const to = group.getByLabel(uiText(lang, 'features.filters.to'), { exact: true })
      // Each input wholly inside the period's box: not pushed past its edge and clipped.
      const inBox = async () => {
        const box = (await group.boundingBox())!
        return Promise.all(
          [from, to].map(async (input) => {
            const field = (await input.boundingBox())!
            return field.x >= box.x && field.x + field.width <= box.x + box.width + 0.5
          }),
        )
      }
      expect(await inBox()).toEqual([true, true])
      await from.fill(lang === 'ru' ? '31.02.2019' : '2019-02-31')
      await from.blur()
      await expect.poll(() => from.getAttribute('aria-invalid'), SETTLE).toBe('true')
      expect(await inBox()).toEqual([true, true])
    },
  )
})

describe('the reader by keyboard', () => {
  it('keeps the reader’s place when Esc closes the event opened from a quote', async () => {
    const context = await session.context()
    const page = await context.newPage()
    await gotoSettled(page, `${baseUrl()}/?lang=en&event=2017-08-07-lavrov-kono-manila`)
    await page.locator('.source__open a').first().focus()
    await page.keyboard.press('Enter')
    const current = page.locator('.document-text mark[aria-current="true"]')
    await current.first().waitFor({ state: 'visible', ...SETTLE })
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), SETTLE).toBe('MARK')
    // Past this quote's own number to the next quote's, then Enter: that event opens, its quote the reader's place.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => new URL(page.url()).searchParams.get('event'), SETTLE)
      .not.toBe('2017-08-07-lavrov-kono-manila')
    const opened = new URL(page.url()).searchParams.get('event')!
    await expect.poll(() => current.first().getAttribute('data-events'), SETTLE).toContain(opened)
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).searchParams.get('event'), SETTLE).toBeNull()
    const focused = await page.evaluate(() => {
      const active = document.activeElement
      return { tag: active?.tagName, events: active?.getAttribute('data-events') }
    })
    expect(focused).toEqual({ tag: 'MARK', events: expect.stringContaining(opened) })
  })
})

describe('the timeline grouped by topic on a desktop', () => {
  it('leaves most of its width to the events: the row names wrap in a column of at most a quarter', async () => {
    const context = await session.context()
    const page = await context.newPage()
    await gotoSettled(page, `${baseUrl()}/?lang=ru&group=topic`)
    const labels = page.locator('.vis-labelset')
    await labels.waitFor({ state: 'visible', ...SETTLE })
    const timeline = (await page.locator('.vis-timeline').boundingBox())!
    const column = (await labels.boundingBox())!
    expect(column.width).toBeLessThanOrEqual(timeline.width / 4)
    // Every name still whole: wrapped, not cut.
    const cut = await page
      .locator('.vis-labelset .vis-inner')
      .evaluateAll((inners) => inners.filter((inner) => inner.scrollWidth > inner.clientWidth + 1).length)
    expect(cut).toBe(0)
  })
})

describe('the timeline grouped on a phone', () => {
  it.each([
    ['ru', 'topic'],
    ['en', 'kind'],
  ] as const)('wraps the row names between words, never inside one (%s, by %s)', async (lang, group) => {
    const context = await session.context({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await gotoSettled(page, `${baseUrl()}/?lang=${lang}&group=${group}`)
    await page
      .locator('.vis-labelset .vis-inner')
      .first()
      .waitFor({ state: 'visible', ...SETTLE })
    // A word broken across two lines is drawn as two boxes.
    const broken = await page.locator('.vis-labelset .vis-inner').evaluateAll((inners) =>
      inners.flatMap((inner) => {
        const texts = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT)
        const words: string[] = []
        for (let text = texts.nextNode() as Text | null; text; text = texts.nextNode() as Text | null)
          for (const word of text.data.matchAll(/\S+/g)) {
            const range = document.createRange()
            range.setStart(text, word.index)
            range.setEnd(text, word.index + word[0].length)
            if (range.getClientRects().length > 1) words.push(word[0])
          }
        return words
      }),
    )
    expect(broken).toEqual([])
  })
})
