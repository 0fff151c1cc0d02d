/**
 * Running a meeting from the presentation, in real Chromium: the controls step aside when the pointer rests,
 * the strip's marker moves between two slides a month apart, the deck opens on a title slide and closes on the
 * documents cited, the Present control offers the prepared stories, axe finds nothing on the presentation, its
 * title slide or the story picker, and the offline file's QR code carries publicUrl (or says there is none).
 */
import AxeBuilder from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBuiltDataset, SETTLE } from './app'
import { baseUrl, browserPerFile, expectCleanPage, watchPage, type Page } from './browser'
import { buildSingleFile, tempFolder } from './single-file'

const STORY_ID = 'joint-economic-activities'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental']

const session = browserPerFile()
const dataset = readBuiltDataset() as ReturnType<typeof readBuiltDataset> & {
  meta: { title: { en: string } }
  stories: { id: string; title: { en: string }; description?: { en: string }; slides: { event: string }[] }[]
}
const presentation = (page: Page) => page.getByRole('region', { name: /^(Presentation|Показ)$/ })
const progress = (page: Page) => presentation(page).locator('.present__progress [aria-hidden="true"]')
const heading = (page: Page) => presentation(page).getByRole('heading', { level: 2 }).first()

async function presenting(query: string, options: Parameters<typeof session.context>[0] = {}) {
  const context = await session.context({ viewport: { width: 1280, height: 720 }, ...options })
  const page = await context.newPage()
  const problems = await watchPage(page)
  return { page, problems, go: () => page.goto(`${baseUrl()}/${query}`).then(() => presentation(page).waitFor(SETTLE)) }
}

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the controls step aside', () => {
  it('hide (with the cursor) after 3 s without the pointer moving, stay hidden on clicker keys, return on a move', async () => {
    const { page, problems, go } = await presenting('?lang=en&present=3')
    await page.clock.install()
    await go()
    const toolbar = presentation(page).getByRole('toolbar', { name: 'Presentation controls' })
    await page.mouse.move(300, 300)
    await expect.poll(() => toolbar.isVisible(), SETTLE).toBe(true)
    await page.clock.runFor(3_500)
    await expect.poll(() => toolbar.isVisible(), SETTLE).toBe(false)
    expect(await presentation(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none')

    await page.keyboard.press('PageDown')
    await expect.poll(() => progress(page).textContent(), SETTLE).toBe(`4 / ${dataset.events.length}`)
    expect(await toolbar.isVisible()).toBe(false)

    await page.mouse.move(320, 310)
    await expect.poll(() => toolbar.isVisible(), SETTLE).toBe(true)
    await page.clock.runFor(3_500)
    await expect.poll(() => toolbar.isVisible(), SETTLE).toBe(false)
    // A key that is not a clicker's (Tab, to reach the buttons) brings them back too.
    await page.keyboard.press('Tab')
    await expect.poll(() => toolbar.isVisible(), SETTLE).toBe(true)
    await expectCleanPage(page, problems)
  })
})

describe('the strip', () => {
  it('moves the marker visibly between two slides a month apart', async () => {
    const events = dataset.events
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
    const at = events.findIndex((event, i) => {
      const next = events[i + 1]
      if (!next || next.start.slice(0, 4) !== event.start.slice(0, 4)) return false
      const apart = day(next.start) - day(event.start)
      return apart >= 20 && apart <= 45 && event.start === event.end && next.start === next.end
    })
    expect(at, 'two single-day events a month apart in one year').toBeGreaterThanOrEqual(0)
    const { page, problems, go } = await presenting(`?lang=en&present=${at + 1}`, { reducedMotion: 'reduce' })
    await go()
    const marker = page.getByTestId('strip-marker')
    const x = async () => (await marker.boundingBox())!.x
    const before = await x()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => progress(page).textContent(), SETTLE).toBe(`${at + 2} / ${events.length}`)
    const moved = (await x()) - before
    console.log(`strip: ${events[at]!.start} → ${events[at + 1]!.start}, marker moved ${moved.toFixed(1)} px at 1280`)
    expect(moved).toBeGreaterThan(40)
    expect(await page.getByRole('img', { name: /^Where this slide sits in time: \d{4}/ }).count()).toBe(1)
    await expectCleanPage(page, problems)
  })
})

describe('title, closing slide and stories', () => {
  it('opens on a title slide (title, description, period, count) and closes on the documents cited', async () => {
    const { page, problems, go } = await presenting('?lang=en&present=0')
    await go()
    expect(await heading(page).textContent()).toBe(dataset.meta.title.en)
    expect(await progress(page).textContent()).toBe('Title')
    await presentation(page)
      .getByText(new RegExp(`· ${dataset.events.length} events$`))
      .waitFor(SETTLE)
    expect(await axe(page)).toEqual([])
    await page.keyboard.press('End')
    await expect.poll(() => heading(page).textContent(), SETTLE).toMatch(/^Sources cited( \(1\/\d+\))?$/)
    // The list in parts, when it does not fit one screen: stepping on shows the next part, each document once.
    const parts = Number(/\/(\d+)\)$/.exec((await heading(page).textContent()) ?? '')?.[1] ?? 1)
    const cited = new Set(dataset.events.flatMap((event) => event.sources.map((source) => source.document)))
    const shown: string[] = []
    for (let part = 1; part <= parts; part++) {
      if (part > 1) await page.keyboard.press('ArrowRight')
      if (parts > 1)
        await expect.poll(() => heading(page).textContent(), SETTLE).toBe(`Sources cited (${part}/${parts})`)
      // Numbered on from the part before: no document left out or shown twice between parts.
      const list = presentation(page).locator('.present-cover__documents:visible')
      expect(await list.count()).toBe(1)
      expect(await list.getAttribute('start')).toBe(String(shown.length + 1))
      shown.push(...(await list.locator('li').allTextContents()))
    }
    console.log(`closing slide at 1280×720: ${cited.size} documents over ${parts} parts`)
    expect(shown).toHaveLength(cited.size)
    expect(await presentation(page).evaluate((el) => el.matches('[data-deck-end]'))).toBe(true)
    for (let part = parts; part > 1; part--) await page.keyboard.press('ArrowLeft')
    await expect.poll(() => heading(page).textContent(), SETTLE).toMatch(/^Sources cited/)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => heading(page).textContent(), SETTLE).toBe(dataset.events.at(-1)!.title.en)
    await expectCleanPage(page, problems)
  })

  it('offers the prepared stories beside the events now shown, and starts the chosen one on its title slide', async () => {
    const context = await session.context({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const problems = await watchPage(page)
    await page.goto(`${baseUrl()}/?lang=en`)
    await page.getByRole('button', { name: 'Present' }).click()
    const picker = page.getByRole('group', { name: 'What to present' })
    await picker.waitFor(SETTLE)
    const story = dataset.stories.find((s) => s.id === STORY_ID)!
    const choice = picker.getByRole('button', { name: new RegExp(`^${story.title.en}`) })
    expect(await choice.textContent()).toContain(story.description!.en)
    expect(await choice.textContent()).toContain(`${story.slides.length} slides`)
    expect(await picker.getByRole('button', { name: /^The events now shown/ }).textContent()).toContain(
      `${dataset.events.length} slides`,
    )
    expect(await axe(page)).toEqual([])
    await choice.click()
    await presentation(page).waitFor(SETTLE)
    expect(new URL(page.url()).searchParams.get('story')).toBe(STORY_ID)
    expect(new URL(page.url()).searchParams.get('present')).toBe('0')
    expect(await heading(page).textContent()).toBe(story.title.en)
    await presentation(page)
      .getByText(new RegExp(`· ${story.slides.length} events$`))
      .waitFor(SETTLE)
    await expectCleanPage(page, problems)
  })

  it('has no axe violation (WCAG 2.2 AA and experimental rules) on a slide, in both languages side by side', async () => {
    const { page, problems, go } = await presenting('?lang=ru&bi=1&present=5')
    await go()
    expect(await axe(page)).toEqual([])
    await expectCleanPage(page, problems)
  })
})

describe('the QR code of the offline file', () => {
  let folder: string
  const PUBLIC_URL = 'https://example.org/russia-japan/'

  beforeAll(() => {
    const html = fs.readFileSync(buildSingleFile(), 'utf8')
    folder = tempFolder('timeline-qr-')
    fs.writeFileSync(path.join(folder, 'without.html'), html)
    // The same file with publicUrl in its data, as a build from a dataset.yaml that has one would carry it.
    const block = /(<script type="application\/json" id="timeline-data">)([\s\S]*?)(<\/script>)/
    const withPublic = html.replace(block, (_all, open: string, json: string, close: string) => {
      const data = JSON.parse(json) as { dataset: { meta: Record<string, unknown> } }
      data.dataset.meta.publicUrl = PUBLIC_URL
      return `${open}${JSON.stringify(data).replaceAll('<', '\\u003c')}${close}`
    })
    expect(withPublic).not.toBe(html)
    fs.writeFileSync(path.join(folder, 'with.html'), withPublic)
  })
  afterAll(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true })
  })

  async function openFile(name: string) {
    const context = await session.context({ viewport: { width: 1280, height: 720 }, offline: true })
    const page = await context.newPage()
    await page.goto(`${pathToFileURL(path.join(folder, name)).href}?lang=en&present=0`)
    await presentation(page).waitFor(SETTLE)
    return page
  }

  it('carries publicUrl with the view when the copy has one', async () => {
    const page = await openFile('with.html')
    await presentation(page).getByRole('img', { name: 'QR code of the link to this view' }).waitFor(SETTLE)
    await page.keyboard.press('q')
    const dialog = page.getByRole('dialog', { name: 'Open this view on your phone' })
    expect(await dialog.locator('.present-qr__url').textContent()).toBe(`${PUBLIC_URL}?lang=en&present=0`)
  })

  it('shows no code and says so plainly when it has none', async () => {
    const page = await openFile('without.html')
    await presentation(page)
      .getByText(/^This copy has no public address/)
      .waitFor(SETTLE)
    expect(await presentation(page).getByRole('img', { name: 'QR code of the link to this view' }).count()).toBe(0)
    await page.keyboard.press('q')
    const dialog = page.getByRole('dialog', { name: 'Open this view on your phone' })
    await dialog.getByText(/^This copy has no public address/).waitFor(SETTLE)
    expect(await dialog.getByRole('img').count()).toBe(0)
  })
})
