/**
 * Presentation mode in real Chromium against the built app, as a speaker uses it: enter from the
 * button and from a link, step with the arrows and a clicker's PageDown, jump to a number, switch the
 * language live, blank, show the QR code, leave with Esc onto the same event; a presenter window that
 * follows and leads; a story that sets the order. Headless Chromium refuses full screen: the
 * presentation must work the same.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Story } from '../../src/model/story'
import { buildDir } from '../../src/pipeline/paths'
import { validateStories } from '../../src/pipeline/stories'
import { baseUrl, browserPerFile, expectCleanPage, openApp, watchPage, type BrowserContext, type Page } from './browser'

interface Event {
  id: string
  title: { ru: string; en: string }
  topics: string[]
}

const SETTLE = { timeout: 15_000 }
const STORY_ID = 'joint-economic-activities'

const session = browserPerFile()
let context: BrowserContext
let page: Page
let events: Event[]
let story: Story

beforeAll(async () => {
  const dataset = JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as { events: Event[] }
  events = dataset.events
  const found = validateStories(path.resolve('data'), new Set(events.map((e) => e.id))).stories.find(
    (s) => s.id === STORY_ID,
  )
  if (!found) throw new Error(`data/stories/${STORY_ID}.yaml is missing or invalid`)
  story = found
})

async function freshPage(): Promise<Page> {
  context = await session.context({ viewport: { width: 1920, height: 1080 } })
  page = await context.newPage()
  return page
}

/** Opens a link that starts in presentation mode (the timeline may not be drawn underneath). */
async function openPresenting(query: string) {
  const problems = await watchPage(await freshPage())
  await page.goto(`${baseUrl()}/${query}`)
  await presentation().waitFor({ state: 'visible', ...SETTLE })
  return problems
}

const presentation = (p: Page = page) => p.getByRole('region', { name: /^(Presentation|Показ)$/ })
const slideTitle = (p: Page = page) => presentation(p).getByRole('heading', { level: 2 }).first()
const progress = (p: Page = page) => presentation(p).locator('.present__progress [aria-hidden="true"]')
const param = (name: string) => new URL(page.url()).searchParams.get(name)
const title = (index: number, lang: 'en' | 'ru' = 'en') => events[index]!.title[lang]

describe('presentation mode', () => {
  it('starts from the Present control at the title slide, in full view, and steps with → and PageDown', async () => {
    const problems = await openApp(await freshPage())
    await page.getByRole('button', { name: 'Present' }).click()
    await page
      .getByRole('group', { name: 'What to present' })
      .getByRole('button', { name: /^The events now shown/ })
      .click()
    await expect.poll(() => param('present'), SETTLE).toBe('0')
    expect(await progress().textContent()).toBe('Title')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(0))
    await expect.poll(() => param('present'), SETTLE).toBe('1')
    expect(await progress().textContent()).toBe(`1 / ${events.length}`)

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(1))
    await page.keyboard.press('PageDown')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(2))
    expect(await progress().textContent()).toBe(`3 / ${events.length}`)
    await expect.poll(() => param('present'), SETTLE).toBe('3')
    await page.keyboard.press('PageUp')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(1))

    // Read from the back of the room: body text at least 32 px on 1920×1080.
    const summarySize = await presentation()
      .locator('.present-slide__summary')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(summarySize).toBeGreaterThanOrEqual(32)
    await expectCleanPage(page, problems)
  })

  it('starts from a link at the given slide, jumps to a typed number, and switches language live with L', async () => {
    const problems = await openPresenting('?present=2')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(1))

    await page.keyboard.type('5')
    await page.keyboard.press('Enter')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(4))
    expect(await progress().textContent()).toBe(`5 / ${events.length}`)

    await page.keyboard.press('l')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(4, 'ru'))
    await expect.poll(() => presentation().getAttribute('aria-label'), SETTLE).toBe('Показ')
    await expect.poll(() => param('lang'), SETTLE).toBe('ru')
    expect(await progress().textContent()).toBe(`5 / ${events.length}`)
    await page.keyboard.press('l')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(4))
    await expectCleanPage(page, problems)
  })

  it('blanks the screen with B, and with Q says that this private address has no code a phone could open', async () => {
    const problems = await openPresenting('?present=1')
    await page.keyboard.press('b')
    const blank = page.locator('.present-blank')
    await blank.waitFor({ state: 'visible', ...SETTLE })
    const box = await blank.boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 })
    await page.keyboard.press('b')
    await blank.waitFor({ state: 'detached', ...SETTLE })

    await page.keyboard.press('q')
    const dialog = page.getByRole('dialog', { name: 'Open this view on your phone' })
    await dialog.waitFor({ state: 'visible', ...SETTLE })
    // The tests serve on 127.0.0.1 and the project's data has no publicUrl: no code, a plain sentence instead.
    expect(await dialog.getByRole('img').count()).toBe(0)
    await dialog.getByText(/^This copy has no public address/).waitFor(SETTLE)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached', ...SETTLE })
    await presentation().waitFor({ state: 'visible' })
    await expectCleanPage(page, problems)
  })

  it('leaves with Esc onto the same event, selected in the normal view', async () => {
    const problems = await openPresenting('?present=4')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(title(3))
    await page.keyboard.press('Escape')
    await presentation().waitFor({ state: 'detached', ...SETTLE })
    await expect.poll(() => param('present'), SETTLE).toBeNull()
    await expect.poll(() => param('event'), SETTLE).toBe(events[3]!.id)
    await page
      .locator('.detail-panel')
      .getByRole('heading', { name: title(3) })
      .waitFor(SETTLE)
    await expectCleanPage(page, problems)
  })

  it('presents the events of the current filter only', async () => {
    const topic = 'joint-economic-activities'
    const filtered = events.filter((e) => e.topics.includes(topic))
    const problems = await openPresenting(`?topics=${topic}&present=1`)
    await expect.poll(() => progress().textContent(), SETTLE).toBe(`1 / ${filtered.length}`)
    for (let i = 1; i < filtered.length; i++) await page.keyboard.press('PageDown')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(filtered.at(-1)!.title.en)
    await expectCleanPage(page, problems)
  })

  it("follows a story's order", async () => {
    const problems = await openPresenting(`?story=${STORY_ID}&present=1`)
    const byId = new Map(events.map((e) => [e.id, e]))
    const order = story.slides.map((slide) => byId.get(slide.event)!.title.en)
    await expect.poll(() => progress().textContent(), SETTLE).toBe(`1 / ${order.length}`)
    for (const [i, expected] of order.entries()) {
      await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(expected)
      if (i < order.length - 1) await page.keyboard.press('ArrowRight')
    }
    await expectCleanPage(page, problems)
  })

  it('opens a presenter view that follows the audience window and leads it', async () => {
    const problems = await openPresenting(`?story=${STORY_ID}&present=1`)
    const [presenterPage] = await Promise.all([
      context.waitForEvent('page'),
      presentation().getByRole('button', { name: 'Presenter view' }).click(),
    ])
    const presenter = presenterPage.getByRole('region', { name: 'Presenter view' })
    await presenter.waitFor({ state: 'visible', ...SETTLE })
    const byId = new Map(events.map((e) => [e.id, e]))
    const storyTitle = (i: number) => byId.get(story.slides[i]!.event)!.title.en
    const presenterCurrent = presenter.getByRole('region', { name: 'Current slide' }).getByRole('heading')

    await expect.poll(() => presenterCurrent.textContent(), SETTLE).toBe(storyTitle(0))
    const firstNotes = story.slides[0]!.notes?.en
    if (firstNotes) await presenter.getByRole('region', { name: 'Speaker notes' }).getByText(firstNotes).waitFor(SETTLE)

    // The audience window leads…
    await page.bringToFront()
    await page.keyboard.press('PageDown')
    await expect.poll(() => presenterCurrent.textContent(), SETTLE).toBe(storyTitle(1))

    // …and the presenter window leads back.
    await presenter.getByRole('button', { name: 'Next slide' }).click()
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(storyTitle(2))
    expect(await progress().textContent()).toBe(`3 / ${story.slides.length}`)

    // Closing the presenter leaves the audience window working.
    await presenterPage.close()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slideTitle().textContent(), SETTLE).toBe(storyTitle(3))
    await expectCleanPage(page, problems)
  })
})
