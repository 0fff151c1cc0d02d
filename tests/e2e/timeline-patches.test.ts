/**
 * The vis-timeline patch layer in real Chromium (docs/decisions/0012): on the pinned version every patch
 * engages (the canary), and with all of them switched off (the test-only `window.__visPatchesOff`, set before
 * the app's scripts run) the timeline draws exactly the same axis labels, grid lines and item boxes after a
 * filter, a resize and a language switch.
 */
import { describe, expect, it } from 'vitest'
import { PATCH_NAMES } from '../../src/features/timeline/vis-patches'
import { SETTLE, filterToOneTopic, readBuiltDataset, timelineItems } from './app'
import { afterPaint, baseUrl, browserPerFile, expectCleanPage, watchPage, type Page } from './browser'

const dataset = readBuiltDataset()
const files = browserPerFile()
const WINDOW = '?from=2017-01-01&to=2018-12-31'

async function open(patchesOff: string | null) {
  const context = await files.context()
  const page = await context.newPage()
  const problems = await watchPage(page)
  if (patchesOff !== null)
    await page.addInitScript((off) => {
      window.__visPatchesOff = off
    }, patchesOff)
  await page.goto(`${baseUrl()}/${WINDOW}`)
  await timelineItems(page)
    .first()
    .waitFor({ state: 'visible', ...SETTLE })
  return { page, problems }
}

/** What the timeline draws, rounded to whole pixels: axis labels, grid lines, item boxes. */
function drawing(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect()
      return [r.left, r.top, r.width, r.height].map(Math.round).join(',')
    }
    return {
      labels: [...document.querySelectorAll('.vis-time-axis .vis-text:not(.vis-measure)')]
        .map((el) => `${el.textContent} @${box(el)}`)
        .sort(),
      grid: [...document.querySelectorAll('.vis-time-axis .vis-grid')].map(box).sort(),
      items: [...document.querySelectorAll<HTMLElement>('.vis-item[data-event-id]')]
        .map((el) => `${el.dataset.eventId} @${box(el)}`)
        .sort(),
    }
  })
}

/** The drawing once it has stopped changing (a redraw may still be queued for the next frame). */
async function settled(page: Page) {
  let last = ''
  for (let tries = 0; tries < 40; tries++) {
    await afterPaint(page)
    const now = JSON.stringify(await drawing(page))
    if (now === last) return JSON.parse(now) as Awaited<ReturnType<typeof drawing>>
    last = now
  }
  throw new Error('the timeline kept changing')
}

describe('the vis-timeline patches', () => {
  it('all engage on the pinned vis-timeline', async () => {
    const { page, problems } = await open(null)
    const engaged = await page.locator('.timeline').getAttribute('data-vis-patches')
    expect(engaged?.split(' ')).toEqual(PATCH_NAMES)
    await expectCleanPage(page, problems)
  })

  it('change nothing that is drawn: the same axis, grid and items with them on and off', async () => {
    const topic = dataset.topics.find((t) => t.id === 'joint-economic-activities')!
    const on = await open(null)
    const off = await open('all')
    expect(await off.page.locator('.timeline').getAttribute('data-vis-patches')).toBe('')
    const steps: [string, (page: Page) => Promise<void>][] = [
      ['opened', async () => {}],
      ['filtered', (page) => filterToOneTopic(page, 'en', topic)],
      ['resized', (page) => page.setViewportSize({ width: 1000, height: 760 })],
      ['in Russian', (page) => page.getByRole('radio', { name: 'Русский' }).check()],
    ]
    for (const [name, step] of steps) {
      await step(on.page)
      await step(off.page)
      const [drawnOn, drawnOff] = [await settled(on.page), await settled(off.page)]
      expect(drawnOn.items.length, name).toBeGreaterThan(0)
      expect(drawnOn.labels.length, name).toBeGreaterThan(3)
      expect(drawnOn, name).toEqual(drawnOff)
    }
    await expectCleanPage(on.page, on.problems)
    await expectCleanPage(off.page, off.problems)
  })
})
