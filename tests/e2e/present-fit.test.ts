/**
 * Every slide fits: the real dataset's deck and its story, in en, ru and both side by side, at five projector
 * sizes, with the controls shown (a pointer move before each check). One page per mode and size; the walk
 * steps with the presentation's own key (→) and checks each step inside the page: no text box whose content
 * is cut (scrollHeight/scrollWidth beyond its box) and none outside the viewport. The presenter view the same
 * at 1280×720. The figures (boxes checked, slides, continued steps) are printed.
 */
import { describe, expect, it } from 'vitest'
import { readBuiltDataset } from './app'
import { baseUrl, browserPerFile, expectCleanPage, watchPage, type Page } from './browser'

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const
const MODES = ['lang=en', 'lang=ru', 'lang=ru&bi=1'] as const
const STORY_ID = 'joint-economic-activities'

const session = browserPerFile()

interface Walk {
  steps: number
  continued: number
  boxes: number
  problems: string[]
}

/** Walks the deck from the title to the closing slide inside the page; each step is checked before the next key. */
function walkDeck(page: Page, root: '.present' | '.presenter'): Promise<Walk> {
  return page.evaluate(async (rootSelector) => {
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const result = { steps: 0, continued: 0, boxes: 0, problems: [] as string[] }
    for (let guard = 0; guard < 1000; guard++) {
      window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))
      await painted()
      const rootElement = document.querySelector(rootSelector)
      if (!rootElement) throw new Error(`no ${rootSelector} on the page`)
      const progress = rootElement.querySelector('.present__progress [aria-hidden="true"]')?.textContent ?? ''
      result.steps++
      if (/·/.test(progress)) result.continued++
      const width = window.innerWidth
      const height = window.innerHeight
      for (const el of [rootElement, ...rootElement.querySelectorAll('*')]) {
        if (!(el instanceof HTMLElement) || el.closest('.visually-hidden')) continue
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden') continue
        const box = el.getBoundingClientRect()
        if (box.width === 0 && box.height === 0) continue
        const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
        result.boxes++
        const name = `${progress} <${el.tagName.toLowerCase()} class="${el.className}">`
        if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1)
          result.problems.push(`${name} cut: scrollHeight ${el.scrollHeight} > ${el.clientHeight}`)
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          result.problems.push(`${name} cut: scrollWidth ${el.scrollWidth} > ${el.clientWidth}`)
        if (hasText && (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1))
          result.problems.push(
            `${name} off screen: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
          )
      }
      const last = rootElement.matches('[data-deck-end]')
      if (last) break
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }))
    }
    return result
  }, root)
}

async function open(page: Page, query: string, root: '.present' | '.presenter'): Promise<void> {
  await page.goto(`${baseUrl()}/?${query}`)
  await page.locator(root).waitFor({ state: 'visible', timeout: 15_000 })
}

const totals = { boxes: 0, steps: 0, continued: 0 }
const expectedSteps = (slides: number) => slides + 2

describe('slides that always fit', () => {
  const dataset = readBuiltDataset() as ReturnType<typeof readBuiltDataset> & {
    stories?: { id: string; slides: { event: string }[] }[]
  }
  const storySlides = dataset.stories?.find((story) => story.id === STORY_ID)?.slides.length ?? 0

  for (const [width, height] of SIZES) {
    it(`every slide and the story, in en, ru and bi=1, at ${width}×${height}: nothing cut or off screen`, async () => {
      const context = await session.context({ viewport: { width, height } })
      for (const mode of MODES) {
        const page = await context.newPage()
        const problems = await watchPage(page)
        await open(page, `${mode}&present=0`, '.present')
        const deck = await walkDeck(page, '.present')
        await open(page, `${mode}&story=${STORY_ID}&present=0`, '.present')
        const story = await walkDeck(page, '.present')
        for (const walk of [deck, story]) {
          totals.boxes += walk.boxes
          totals.steps += walk.steps
          totals.continued += walk.continued
        }
        console.log(
          `${width}×${height} ${mode}: ${deck.boxes + story.boxes} boxes, ${deck.steps + story.steps} steps, ${deck.continued + story.continued} continued`,
        )
        expect([...deck.problems, ...story.problems], `${width}×${height} ${mode}`).toEqual([])
        expect(deck.steps - deck.continued).toBe(expectedSteps(dataset.events.length))
        expect(story.steps - story.continued).toBe(expectedSteps(storySlides))
        await expectCleanPage(page, problems)
        await page.close()
      }
    })
  }

  it('the presenter view at 1280×720, in en and ru, the dataset and the story', async () => {
    const context = await session.context({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const problems = await watchPage(page)
    for (const query of ['lang=en', 'lang=ru', `lang=en&story=${STORY_ID}`, `lang=ru&story=${STORY_ID}`]) {
      await open(page, `${query}&presenter=1&present=0`, '.presenter')
      const walk = await walkDeck(page, '.presenter')
      totals.boxes += walk.boxes
      console.log(`presenter 1280×720 ${query}: ${walk.boxes} boxes, ${walk.steps} steps`)
      expect(walk.problems, query).toEqual([])
      expect(walk.steps).toBe(expectedSteps(query.includes('story') ? storySlides : dataset.events.length))
    }
    await expectCleanPage(page, problems)
    console.log(
      `slide fit, all runs: ${totals.boxes} boxes checked over ${totals.steps} audience steps (${totals.continued} continued)`,
    )
  })
})
