/**
 * One fresh load of a page in headless Chromium, measured through the page's accessible contract:
 * first render, topic filter, search keystroke, language switch, select → panel, frame times over a
 * scripted zoom-and-pan, heap after GC and DOM nodes. A figure that cannot be taken is null, with a note.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser'
import { percentile, type Sample } from './report'
import { ARM, DISARM, HARNESS, settledExpression, START_FRAMES, STOP_FRAMES } from './in-page'

/** The system's Chromium and its flags, as the end-to-end tests launch it (docs/decisions/0006-browser-tests.md). */
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc']
/** The settling rule: the last mutation before this long without any. */
export const QUIET_MS = 500

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ARGS, headless: true })
}

export interface PageContract {
  kind: 'app' | 'plain'
  /** Names of the topic checkbox to click, in the languages the page may start in. */
  topicLabels: string[]
  /** A word that finds events; the last letter is the measured keystroke. */
  searchWord: string
  /** Event titles by id, to recognise the panel of a selected event. */
  titleOf: (id: string) => string[]
  limitMs: number
}

export interface LoadResult {
  sample: Sample
  notes: string[]
  /** The scripts and stylesheets the page had fetched when its first items were drawn (paths on the server). */
  startAssets: string[]
}

/** What the page fetched of its own scripts and stylesheets so far, static and dynamic imports alike. */
const LOADED_ASSETS = `performance.getEntriesByType('resource').map((entry) => new URL(entry.name))
  .filter((url) => url.origin === location.origin && /\\.(m?js|css)$/.test(url.pathname)).map((url) => url.pathname)`

class Deadline {
  private readonly end: number
  constructor(ms: number) {
    this.end = Date.now() + ms
  }
  left(): number {
    return Math.max(1, this.end - Date.now())
  }
}

async function settle(
  page: Page,
  key: 'last' | 'lastItems',
  since: number,
  selector: string | null,
  deadline: Deadline,
) {
  await page.waitForFunction(settledExpression(key, since, QUIET_MS, selector), null, {
    polling: 100,
    timeout: deadline.left(),
  })
  return page.evaluate<number>(`window.__bench.${key}`)
}

/** Time from the action's first input event to the last mutation it caused (until the settling). */
async function timeAction(page: Page, act: () => Promise<void>, deadline: Deadline): Promise<number | string> {
  await page.evaluate(ARM)
  await act()
  const start = await page.evaluate<number | null>(DISARM)
  if (start === null) return 'no input event reached the page'
  const last = await settle(page, 'last', start, null, deadline)
  return last > start ? last - start : 'nothing on the page changed'
}

/** A figure, several (a step that times more than one thing), or why none could be taken. */
type Step = (page: Page, contract: PageContract, deadline: Deadline) => Promise<number | Sample | string>

const filterStep: Step = async (page, contract, deadline) => {
  for (const name of contract.topicLabels) {
    const box = page.getByRole('checkbox', { name, exact: true }).first()
    if ((await box.count()) === 0) continue
    const filterMs = await timeAction(page, () => box.click(), deadline)
    // Undone (later steps see every event again): the topic's events come back on screen, drawn at once.
    const filterBackMs = await timeAction(page, () => box.click(), deadline)
    if (typeof filterMs === 'string') return filterMs
    return typeof filterBackMs === 'number' ? { filterMs, filterBackMs } : filterMs
  }
  return `no checkbox named ${contract.topicLabels.map((l) => `"${l}"`).join(' or ')}`
}

/** Waits until a search's results have been painted after `start`; the time from `start` to that frame. */
async function resultsAfter(page: Page, start: number, deadline: Deadline): Promise<number> {
  await page.waitForFunction(`window.__bench.resultsPainted > ${start}`, null, {
    polling: 20,
    timeout: deadline.left(),
  })
  return (await page.evaluate<number>('window.__bench.resultsPainted')) - start
}

/**
 * Three figures. First search: on the fresh page, a click into the searchbox (the index is fetched on that focus)
 * and the word's first letter, to its results painted: the widest query there is (every term with that prefix).
 * Search keystroke: with the rest of the word but its last letter typed, that letter to its results painted.
 * Search → window moved: the same keystroke to the last change it caused (the timeline's window following the
 * results, animated), reported apart from the results.
 */
const searchStep: Step = async (page, contract, deadline) => {
  const box = page.getByRole('searchbox').first()
  if ((await box.count()) === 0) return 'no searchbox'
  await box.click()
  await page.evaluate(ARM)
  await box.press(contract.searchWord.slice(0, 1))
  const first = await page.evaluate<number | null>(DISARM)
  if (first === null) return 'no input event reached the page'
  const firstSearchMs = await resultsAfter(page, first, deadline)
  await settle(page, 'last', 0, null, deadline)
  await box.fill(contract.searchWord.slice(0, -1))
  await settle(page, 'last', 0, null, deadline)
  await page.evaluate(ARM)
  await box.press(contract.searchWord.slice(-1))
  const start = await page.evaluate<number | null>(DISARM)
  if (start === null) return 'no input event reached the page'
  const searchMs = await resultsAfter(page, start, deadline)
  const last = await settle(page, 'last', start, null, deadline)
  await box.fill('')
  await settle(page, 'last', 0, null, deadline)
  return { firstSearchMs, searchMs, searchMoveMs: Math.max(searchMs, last - start) }
}

const languageStep: Step = async (page, _contract, deadline) => {
  const russian = page.getByRole('radio', { name: 'Русский', exact: true }).first()
  if ((await russian.count()) === 0) return 'no radio named "Русский"'
  const target = (await russian.isChecked())
    ? page.getByRole('radio', { name: 'English', exact: true }).first()
    : russian
  return timeAction(page, () => target.click(), deadline)
}

/** An item whose centre is really on screen and not covered: its id and where to click. */
const VISIBLE_ITEM = `(() => {
  for (const el of document.querySelectorAll('.vis-itemset [data-event-id]')) {
    const r = el.getBoundingClientRect()
    const x = r.left + Math.min(r.width / 2, 20), y = r.top + r.height / 2
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue
    const hit = document.elementFromPoint(x, y)
    if (hit && el.contains(hit)) return { id: el.getAttribute('data-event-id'), x, y }
  }
  return null
})()`

/** A cluster whose centre is on screen and not covered: where to click to zoom into it. */
const VISIBLE_CLUSTER = VISIBLE_ITEM.replace('[data-event-id]', '[data-cluster-count]').replace(
  "el.getAttribute('data-event-id')",
  "el.getAttribute('data-cluster-count')",
)

/**
 * A click on an event to its panel. When the window shows clusters only (a large corpus after a search widened
 * it), the step first zooms in as a user would, clicking a cluster until events are drawn. Of those zooms it
 * reports the longest frame (the animated zoom draws the items it brings in: ADR 0012's draw-added patch),
 * not their duration, which is the animation's.
 */
const selectStep: Step = async (page, contract, deadline) => {
  let item = await page.evaluate<{ id: string; x: number; y: number } | null>(VISIBLE_ITEM)
  const zoomFrames: number[] = []
  for (let zoom = 0; item === null && zoom < 8; zoom++) {
    const cluster = await page.evaluate<{ x: number; y: number } | null>(VISIBLE_CLUSTER)
    if (cluster === null) break
    await page.evaluate(START_FRAMES)
    await page.mouse.click(cluster.x, cluster.y)
    await settle(page, 'last', 0, null, deadline)
    zoomFrames.push(...(await page.evaluate<number[]>(STOP_FRAMES)))
    item = await page.evaluate<{ id: string; x: number; y: number } | null>(VISIBLE_ITEM)
  }
  if (item === null) return 'no visible [data-event-id] item to click, nor a cluster to zoom into'
  const ms = await timeAction(page, () => page.mouse.click(item.x, item.y), deadline)
  if (typeof ms === 'string') return ms
  const titles = contract.titleOf(item.id)
  const panels = page.getByRole('dialog').or(page.getByRole('complementary'))
  const zoomFrameMaxMs = zoomFrames.length > 0 ? Math.max(...zoomFrames) : undefined
  for (const title of titles)
    if ((await panels.filter({ hasText: title }).count()) > 0) return { selectMs: ms, zoomFrameMaxMs }
  return `no dialog or complementary showing the title of ${item.id}`
}

/**
 * Not timed, checked: the presentation opens on the filtered events (Present), steps to the next slide (PageDown) and
 * closes (Esc) without an error. Returns a note either way, so a huge corpus reports that it presents.
 */
async function presentCheck(page: Page, deadline: Deadline): Promise<string> {
  const region = page.getByRole('region', { name: /^(Presentation|Показ)$/ })
  const timeout = Math.min(deadline.left(), 30_000)
  // "1 / N" beside the slide: its text changes when the slide does.
  const progress = `document.querySelector('.present__progress [aria-hidden="true"]')?.textContent ?? null`
  // The header's button, as a user would (a key would go to a text field that still has the focus).
  await page
    .getByRole('button', { name: /^(Present|Показ)$/ })
    .first()
    .click({ timeout })
  await region.getByRole('heading', { level: 2 }).first().waitFor({ timeout })
  const first = await page.evaluate<string | null>(progress)
  await page.keyboard.press('PageDown')
  await page.waitForFunction(`(${progress}) !== ${JSON.stringify(first)}`, null, { timeout, polling: 50 })
  const second = await page.evaluate<string | null>(progress)
  await page.keyboard.press('Escape')
  await region.waitFor({ state: 'detached', timeout })
  return `presentation: opened (${first}), next slide (${second}), closed`
}

/** The same zoom-and-pan script for both pages: ctrl+wheel in and out, then a drag left and back. */
async function frameTimes(page: Page): Promise<number[] | string> {
  const box = await page.locator('.vis-timeline').first().boundingBox()
  if (box === null) return 'no .vis-timeline to zoom'
  const x = box.x + box.width / 2
  const y = box.y + Math.min(box.height / 2, 200)
  await page.mouse.move(x, y)
  await page.evaluate(START_FRAMES)
  await page.keyboard.down('Control')
  for (const delta of [-120, -120, -120, -120, -120, -120, 120, 120, 120, 120, 120, 120]) {
    await page.mouse.wheel(0, delta)
    await page.waitForTimeout(60)
  }
  await page.keyboard.up('Control')
  for (const direction of [-1, 1]) {
    await page.mouse.down()
    for (let step = 1; step <= 20; step++) {
      await page.mouse.move(x + direction * step * 15 - (direction > 0 ? 300 : 0), y)
      await page.waitForTimeout(16)
    }
    await page.mouse.up()
  }
  await page.waitForTimeout(200)
  const intervals = await page.evaluate<number[]>(STOP_FRAMES)
  return intervals.length >= 10 ? intervals : `only ${intervals.length} frames recorded`
}

async function heapAndDom(context: BrowserContext, page: Page): Promise<{ heapMB: number; domNodes: number }> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    const domNodes = await page.evaluate<number>(`document.getElementsByTagName('*').length`)
    return { heapMB: usedSize / 1024 / 1024, domNodes }
  } finally {
    await cdp.detach()
  }
}

const short = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0] ?? ''

/**
 * bypassCSP: the build carries its policy as a meta tag (no 'unsafe-eval'), and the settling checks above are
 * string predicates, which Playwright evaluates with eval in the page. The policy has no part in the timings.
 */
const CONTEXT = { viewport: { width: 1280, height: 800 }, locale: 'en-US', bypassCSP: true } as const

export async function measureLoad(browser: Browser, url: string, contract: PageContract): Promise<LoadResult> {
  const sample: Sample = {}
  const notes: string[] = []
  let startAssets: string[] = []
  let timedOut = false
  // After the time limit, every pending call fails with "Target closed": one note says why.
  const note = (text: string) => {
    if (!timedOut) notes.push(text)
  }
  const context = await browser.newContext(CONTEXT)
  context.setDefaultTimeout(contract.limitMs)
  const deadline = new Deadline(contract.limitMs)
  const timer = setTimeout(() => {
    notes.push(`load exceeded ${contract.limitMs / 1000} s: the rest is null`)
    timedOut = true
    void context.close()
  }, contract.limitMs)
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => note(`page error: ${short(error)}`))
    await page.addInitScript(HARNESS)
    await page.goto(url, { waitUntil: 'load', timeout: deadline.left() })
    sample.firstRenderMs = await settle(page, 'lastItems', 0, '.vis-itemset .vis-item', deadline)
    startAssets = await page.evaluate<string[]>(LOADED_ASSETS)
    const steps: [keyof Sample, Step][] =
      contract.kind === 'app'
        ? [
            ['filterMs', filterStep],
            ['searchMs', searchStep],
            ['languageMs', languageStep],
            ['selectMs', selectStep],
          ]
        : [['filterMs', filterStep]]
    for (const [metric, step] of steps) {
      try {
        const result = await step(page, contract, deadline)
        if (typeof result === 'number') sample[metric] = result
        else if (typeof result === 'object') Object.assign(sample, result)
        else note(`${metric}: ${result}`)
      } catch (error) {
        note(`${metric}: ${short(error)}`)
      }
    }
    await page.keyboard.press('Escape').catch(() => undefined)
    const frames = await frameTimes(page)
    if (typeof frames === 'string') note(`frames: ${frames}`)
    else {
      sample.frameP50Ms = percentile(frames, 50)
      sample.frameP95Ms = percentile(frames, 95)
    }
    if (contract.kind === 'app')
      note(await presentCheck(page, deadline).catch((error) => `presentation: ${short(error)}`))
    await context.close()
    // Heap and DOM of the page as loaded, in a second fresh load: the forced GC (V8's "all available garbage")
    // also drops compiled code and inline caches, so an interaction timed after it ran colder than any user
    // meets it (~6 ms more on the first topic filter at 1,000 events); after the interactions, the heap would
    // also hold what they loaded on demand (the search index), which the plain page has no counterpart for.
    Object.assign(sample, await heapAfterLoad(browser, url, deadline))
  } catch (error) {
    note(short(error))
  } finally {
    clearTimeout(timer)
    await context.close().catch(() => undefined)
  }
  return { sample, notes, startAssets }
}

async function heapAfterLoad(browser: Browser, url: string, deadline: Deadline) {
  const context = await browser.newContext(CONTEXT)
  try {
    const page = await context.newPage()
    await page.addInitScript(HARNESS)
    await page.goto(url, { waitUntil: 'load', timeout: deadline.left() })
    await settle(page, 'lastItems', 0, '.vis-itemset .vis-item', deadline)
    return await heapAndDom(context, page)
  } finally {
    await context.close().catch(() => undefined)
  }
}
