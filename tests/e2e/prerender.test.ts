/**
 * Paint before the JavaScript (issue 24, ADR 0024): the built index.html carries the first view, which shows
 * with JavaScript off, and the app's takeover moves nothing (CLS from Chromium's layout-shift entries, and the
 * boxes of the page's parts compared with JavaScript off and on). The single file works the same way.
 */
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBuiltDataset, type BuiltDataset } from './app'
import { afterPaint, baseUrl, browserPerFile, expectCleanPage, watchPage, type Page } from './browser'
import { singleFileCopy } from './single-file'

const { context } = browserPerFile()
const dataset = readBuiltDataset() as BuiltDataset & {
  meta: { language: 'ru' | 'en'; title: { ru: string; en: string } }
}
const lang = dataset.meta.language
const SETTLE = { timeout: 20_000 }

/** The parts whose boxes must not move when the app takes over. */
const PARTS = ['.app-header', '.app-header__title', '.filter-bar', '.topic-filter', '.timeline-toolbar', '.timeline']

declare global {
  interface Window {
    __layoutShift?: number
    __prerenderedAtLoad?: boolean
  }
}

/** Sums every layout shift not caused by input, from the first one on (buffered), and notes the view at DOM ready. */
function recordLayoutShifts(): void {
  window.__layoutShift = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) window.__layoutShift = (window.__layoutShift ?? 0) + entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  document.addEventListener('DOMContentLoaded', () => {
    window.__prerenderedAtLoad = document.querySelector('#root > [data-prerendered]') !== null
  })
}

async function boxes(page: Page): Promise<Record<string, number[] | null>> {
  return page.evaluate(
    (selectors) =>
      Object.fromEntries(
        selectors.map((selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect()
          // The timeline's top-left and width: its height follows what vis-timeline stacks.
          const values = box ? [box.x, box.y, box.width, ...(selector === '.timeline' ? [] : [box.height])] : null
          return [selector, values?.map((v) => Math.round(v)) ?? null]
        }),
      ),
    PARTS,
  )
}

async function openWithoutScript(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await context({ javaScriptEnabled: false, viewport })).newPage()
  await page.goto(url)
  return page
}

/** Opens `url` with JavaScript, waits for the app's timeline, and returns the layout shift summed so far. */
async function openAndTakeOver(page: Page, url: string): Promise<number> {
  await page.addInitScript(recordLayoutShifts)
  await page.goto(url)
  await page
    .locator('.vis-timeline [data-event-id]')
    .first()
    .waitFor({ state: 'visible', ...SETTLE })
  await page.waitForLoadState('networkidle')
  await afterPaint(page)
  return page.evaluate(() => window.__layoutShift ?? Number.NaN)
}

async function expectFirstView(page: Page): Promise<void> {
  await expect(page.locator('h1').textContent()).resolves.toBe(dataset.meta.title[lang])
  const topics = page.locator('.topic-filter__item')
  await expect(topics.count()).resolves.toBe(dataset.topics.length)
  await expect(topics.first().textContent()).resolves.toContain(dataset.topics[0]!.label[lang])
  const drawn = page.locator('.timeline-picture__event')
  expect(await drawn.count()).toBeGreaterThan(0)
  // Each drawn event is an event of the data, by id, with its title in the dataset's language.
  const first = await drawn.first().getAttribute('data-event-id')
  const event = dataset.events.find((e) => e.id === first)
  expect(event).toBeDefined()
  await expect(drawn.first().textContent()).resolves.toBe(event!.title[lang])
  await expect(page.locator('.legend li').count()).resolves.toBe(4 + dataset.topics.length)
  expect(await page.locator('.timeline-picture__event').first().isVisible()).toBe(true)
}

describe('the prerendered first view (hosted build)', () => {
  it('is there with JavaScript disabled: header, topic filter, the first view’s events and the legend', async () => {
    const page = await openWithoutScript(`${baseUrl()}/`)
    const consoleErrors: string[] = []
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
    await page.reload()
    await expectFirstView(page)
    // Nothing refused by the policy (a refused inline style or script is a console error).
    expect(consoleErrors).toEqual([])
  })

  it('is taken over by the app with no layout shift and the same boxes (desktop, phone, projector)', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
      { width: 1920, height: 1080 },
    ]) {
      const before = await boxes(await openWithoutScript(`${baseUrl()}/`, viewport))
      const page = await (await context({ viewport })).newPage()
      const problems = await watchPage(page)
      const shift = await openAndTakeOver(page, `${baseUrl()}/`)
      expect(await page.evaluate(() => window.__prerenderedAtLoad)).toBe(true)
      // The app's own timeline now, not the picture.
      await expect(page.locator('.timeline-picture').count()).resolves.toBe(0)
      expect(shift).toBeLessThanOrEqual(0.02)
      expect(await boxes(page)).toEqual(before)
      await expectCleanPage(page, problems)
    }
  })

  it('does what was clicked or typed on it before the takeover once the app has taken over', async () => {
    const page = await (await context()).newPage()
    const problems = await watchPage(page)
    // The dataset is held back, so the view stays on screen with the scripts running, until the clicks are done.
    let asked = () => undefined as void
    let release = () => undefined as void
    const datasetAsked = new Promise<void>((resolve) => (asked = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/data/dataset.json', async (route) => {
      asked()
      await released
      await route.continue()
    })
    await page.goto(`${baseUrl()}/`)
    await datasetAsked
    const topic = dataset.topics[1]!.label[lang]
    await page.getByRole('checkbox', { name: topic }).click()
    await page.locator('.theme-toggle').click()
    await page.getByRole('searchbox').fill('peace')
    // Still the prerendered view, and it says it is busy.
    await expect(page.locator('#root > [data-prerendered]').getAttribute('aria-busy')).resolves.toBe('true')
    release()
    await page
      .locator('.vis-timeline [data-event-id]')
      .first()
      .waitFor({ state: 'visible', ...SETTLE })
    await expect.poll(() => page.getByRole('checkbox', { name: topic }).isChecked(), SETTLE).toBe(false)
    expect(new URL(page.url()).searchParams.get('topics')).not.toBeNull()
    await expect.poll(() => page.locator('.theme-toggle').getAttribute('aria-pressed'), SETTLE).toBe('true')
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('peace')
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), SETTLE).toBe('peace')
    await expect(page.locator('[data-prerendered]').count()).resolves.toBe(0)
    await expectCleanPage(page, problems)
  })

  it('is not shown for a link that carries state, nor in another language than the app’s', async () => {
    for (const [query, locale] of [
      ['?view=list', 'en-US'],
      ['#anything', 'en-US'],
      ['', lang === 'en' ? 'ru-RU' : 'en-US'],
    ] as const) {
      const page = await (await context({ locale })).newPage()
      await page.addInitScript(recordLayoutShifts)
      await page.goto(`${baseUrl()}/${query}`)
      await page.locator('.app-header').waitFor(SETTLE)
      expect(await page.evaluate(() => window.__prerenderedAtLoad), `${query} ${locale}`).toBe(false)
    }
  })
})

describe('the prerendered first view (single file)', () => {
  let folder = ''
  let fileUrl = ''
  beforeAll(() => {
    const copy = singleFileCopy('timeline-prerender-')
    folder = copy.folder
    fileUrl = copy.fileUrl
  }, 120_000)
  afterAll(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true })
  })

  it('is there with JavaScript disabled, and the app takes it over with no layout shift', async () => {
    await expectFirstView(await openWithoutScript(fileUrl))
    const before = await boxes(await openWithoutScript(fileUrl))
    const page = await (await context()).newPage()
    const problems = await watchPage(page, fileUrl)
    const shift = await openAndTakeOver(page, fileUrl)
    expect(await page.evaluate(() => window.__prerenderedAtLoad)).toBe(true)
    expect(shift).toBeLessThanOrEqual(0.02)
    expect(await boxes(page)).toEqual(before)
    await expectCleanPage(page, problems)
  })
})
