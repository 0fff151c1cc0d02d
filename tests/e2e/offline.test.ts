/**
 * The offline single file (npm run build:single), as someone would receive it: copied to another folder,
 * opened from disk (file://) in Chromium with the network off and every non-file request aborted.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDir } from '../../src/pipeline/paths'
import { SINGLE_FILE_NAME, singleOutDir } from '../../src/pipeline/vite-single-file'
import { readBuiltDataset, readBuiltEvents, windowOfAll, type BuiltEvent } from './app'
import {
  expectCleanPage,
  launchBrowser,
  newContext,
  watchPage,
  type Browser,
  type BrowserContext,
  type Page,
} from './browser'
import { singleFileCopy } from './single-file'

const SETTLE = { timeout: 15_000 }

let browser: Browser
let context: BrowserContext
let page: Page
let events: BuiltEvent[]
let fileUrl: string
let folder: string
let aborted: string[]

beforeAll(async () => {
  const copy = singleFileCopy('timeline-offline-')
  folder = copy.folder
  fileUrl = copy.fileUrl
  events = readBuiltEvents()
  browser = await launchBrowser()
  context = await newContext(browser, { offline: true })
  aborted = []
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : (aborted.push(route.request().url()), route.abort()),
  )
})
afterAll(async () => {
  await browser?.close()
  if (folder) fs.rmSync(folder, { recursive: true, force: true })
})

async function open(query: string) {
  page = await context.newPage()
  const problems = await watchPage(page)
  await page.goto(`${fileUrl}${query}`)
  await page.locator('.vis-timeline [data-event-id]').first().waitFor({ state: 'visible' })
  return problems
}

describe('the offline single file', () => {
  it('is one file: no other file next to it in the build folder', () => {
    expect(fs.readdirSync(singleOutDir())).toEqual([SINGLE_FILE_NAME])
  })

  it('carries every built document and the search index in its data block', async () => {
    await open('')
    const block = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('timeline-data')?.textContent ?? '{}') as {
        documents?: Record<string, unknown>
        searchIndex?: unknown
      }
      return { documents: Object.keys(data.documents ?? {}).sort(), hasIndex: data.searchIndex !== undefined }
    })
    const built = fs
      .readdirSync(path.join(buildDir(), 'documents'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort()
    expect(block.documents).toEqual(built)
    expect(block.hasIndex).toBe(fs.existsSync(path.join(buildDir(), 'search-index.json')))
    await page.close()
  })

  it('draws every event from disk with the network off, cleanly, under its own hash-based policy', async () => {
    const problems = await open(`?${windowOfAll(events)}`)
    await expect.poll(() => page.locator('.vis-timeline .vis-item[data-event-id]').count(), SETTLE).toBe(events.length)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src 'sha256-[^']+'/)
    expect(policy).not.toContain('unsafe-inline')
    await expectCleanPage(page, problems)
    expect(aborted).toEqual([])
    await page.close()
  })

  it('switches the language and opens an event', async () => {
    const problems = await open(`?${windowOfAll(events)}`)
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Русский').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('ru')
    const dataset = JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as {
      events: { id: string; title: { ru: string } }[]
    }
    const last = dataset.events.at(-1)!
    // Near its start: its label may run past the right edge, where nothing can be clicked.
    await page.locator(`.vis-timeline .vis-item[data-event-id="${last.id}"]`).click({ position: { x: 6, y: 8 } })
    await expect.poll(() => page.getByRole('heading', { level: 2, name: last.title.ru }).isVisible(), SETTLE).toBe(true)
    await expectCleanPage(page, problems)
    expect(aborted).toEqual([])
    await page.close()
  })
  it('searches from disk, on the page itself (a file:// page starts no worker) and with its inline index', async () => {
    const problems = await open(`?lang=en&${windowOfAll(events)}`) // the test before left Russian as the choice
    await page.getByRole('radio', { name: 'List' }).check()
    const list = page.getByRole('list', { name: 'Events' }).locator('[data-event-id]')
    await expect.poll(() => list.count(), SETTLE).toBe(events.length)
    await page.getByRole('searchbox', { name: 'Search' }).fill('Lavrov')
    await expect.poll(() => list.count(), SETTLE).toBeLessThan(events.length)
    expect(await list.count()).toBeGreaterThan(0)
    expect(await list.locator('mark').first().innerText()).toMatch(/^lavrov$/i)
    expect(page.workers()).toEqual([])
    await expectCleanPage(page, problems)
    expect(aborted).toEqual([])
    await page.close()
  })

  it('presents from disk as in a meeting: filter, P, every slide with PageDown, L on slide 3, the presenter view, Esc', async () => {
    const problems = await open('?lang=en&topics=joint-economic-activities')
    const slides = readBuiltDataset().events.filter((event) => event.topics.includes('joint-economic-activities'))
    const presentation = page.getByRole('region', { name: /^(Presentation|Показ)$/ })
    const heading = presentation.getByRole('heading', { level: 2 }).first()
    const title = (readBuiltDataset() as unknown as { meta: { title: { en: string } } }).meta.title.en
    // P opens on the title slide (present=0); the first PageDown is the first event.
    await page.locator('body').press('p')
    await expect.poll(() => heading.textContent(), SETTLE).toBe(title)
    await page.keyboard.press('PageDown')
    await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[0]!.title.en)
    for (let i = 1; i < slides.length; i++) {
      await page.keyboard.press('PageDown')
      await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[i]!.title.en)
      if (i === 2) {
        await page.keyboard.press('l')
        await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[2]!.title.ru)
        await page.keyboard.press('l')
        await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[2]!.title.en)
      }
    }
    await page.keyboard.press('Home')
    await expect.poll(() => heading.textContent(), SETTLE).toBe(title)
    await page.keyboard.press('PageDown')
    await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[0]!.title.en)

    const [presenterPage] = await Promise.all([
      context.waitForEvent('page'),
      presentation.getByRole('button', { name: 'Presenter view' }).click(),
    ])
    const presenter = presenterPage.getByRole('region', { name: 'Presenter view' })
    await presenter.waitFor({ state: 'visible', ...SETTLE })
    await presenter.getByRole('button', { name: 'Next slide' }).click()
    await expect.poll(() => heading.textContent(), SETTLE).toBe(slides[1]!.title.en)
    await presenterPage.close()

    await page.bringToFront()
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).searchParams.get('event'), SETTLE).toBe(slides[1]!.id)
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: slides[1]!.title.en }).isVisible(), SETTLE)
      .toBe(true)
    await expectCleanPage(page, problems)
    expect(aborted).toEqual([])
    await page.close()
  })

  it("shows the events' images from the file itself, in the panel and on the slide, with no request", async () => {
    const withImage = readBuiltDataset().events.filter((event) =>
      (event as unknown as { media: { file?: string }[] }).media.some((item) => item.file),
    )
    expect(withImage.length).toBeGreaterThanOrEqual(2)
    const event = withImage[0]!
    const problems = await open(`?lang=en&event=${event.id}`)
    const loaded = (img: ReturnType<Page['locator']>) =>
      img.evaluate((el) => {
        const image = el as HTMLImageElement
        return { complete: image.complete, width: image.naturalWidth, data: image.src.startsWith('data:image/png') }
      })
    const panelImage = detailPanelImage()
    await panelImage.scrollIntoViewIfNeeded()
    await expect.poll(() => loaded(panelImage), SETTLE).toMatchObject({ complete: true, data: true })
    expect((await loaded(panelImage)).width).toBeGreaterThan(0)
    const index = readBuiltDataset().events.findIndex((e) => e.id === event.id)
    await page.goto(`${fileUrl}?lang=en&present=${index + 1}`)
    // The slide on screen (the copy for paper, hidden, has every slide's).
    const slideImage = page.getByRole('region', { name: 'Presentation' }).locator('.present-slide__media img')
    await expect.poll(() => loaded(slideImage), SETTLE).toMatchObject({ complete: true, data: true })
    expect((await loaded(slideImage)).width).toBeGreaterThan(0)
    await expectCleanPage(page, problems)
    expect(aborted).toEqual([])
    await page.close()
  })
})

function detailPanelImage() {
  return page.locator('.media__image').first()
}
