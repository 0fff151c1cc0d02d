/**
 * Accessibility in real Chromium against the built app: axe-core's WCAG 2.2 A and AA rules on every
 * view in both languages, and a keyboard-only walk: every tabbable element shows a focus indicator,
 * Tab never gets stuck, and a live region announces the event chosen with the arrow keys.
 */
import { AxeBuilder } from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDir } from '../../src/pipeline/paths'
import { readBuiltEvents } from './app'
import { baseUrl, gotoSettled, browserPerFile, newContext, watchPage, type Page } from './browser'
import type { Locator } from 'playwright-core'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SETTLE = { timeout: 15_000 }
/** More presses than the page has tabbable elements: a full cycle must fit in it. */
const MAX_TABS = 250

const session = browserPerFile()

interface Dataset {
  events: { id: string; title: { en: string; ru: string } }[]
  documents: { id: string }[]
}
type Lang = 'en' | 'ru'
interface Ui {
  timeline: { region: string }
  features: { list: { label: string }; search: { noResults: string } }
}
const ui = (lang: Lang) => JSON.parse(fs.readFileSync(`locales/${lang}.json`, 'utf8')) as Ui
const dataset = () => JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as Dataset

async function open(query: string, options: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const page = await (await session.context(options)).newPage()
  await watchPage(page)
  await gotoSettled(page, `${baseUrl()}/${query}`)
  return page
}

describe('axe-core, WCAG 2.2 A and AA', () => {
  const firstEvent = () => readBuiltEvents()[0]?.id ?? ''
  const firstDocument = () => dataset().documents[0]?.id ?? ''
  /** Each view's query and what shows that it rendered (the contract: roles and names from the locale files). */
  const views: [string, () => string, (page: Page, lang: Lang) => Locator][] = [
    ['timeline', () => '', (page, lang) => page.getByRole('region', { name: ui(lang).timeline.region, exact: true })],
    ['list', () => 'view=list', (page, lang) => page.getByRole('list', { name: ui(lang).features.list.label })],
    ['detail', () => `event=${firstEvent()}`, (page) => page.getByRole('complementary').first()],
    ['documents', () => 'view=documents', (page) => page.getByRole('table').first()],
    ['document reader', () => `doc=${firstDocument()}`, (page) => page.getByRole('article').first()],
    ['presentation', () => 'present=1', (page) => page.getByRole('heading').first()],
    ['empty search', () => 'q=zzzzqqq', (page, lang) => page.getByText(ui(lang).features.search.noResults)],
  ]
  const cases = (['en', 'ru'] as const).flatMap((lang) => views.map(([name, query]) => [name, lang, query] as const))

  it('reports a violation when there is one (the probe itself works on this page)', async () => {
    const page = await open('?lang=en')
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')))
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((v) => v.id)).toContain('button-name')
  })

  it.each(cases)('%s view (%s) has no violation', async (_name, lang, query) => {
    const page = await open(`?${[query(), `lang=${lang}`].filter(Boolean).join('&')}`)
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    const report = violations.map(
      (v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    )
    expect(report, report.join('\n')).toEqual([])
  })
})

interface Focused {
  key: string
  label: string
  indicator: boolean
}

/** Marks the focused element with a stable key and reads whether it shows a focus indicator. */
function readFocus(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element || element === document.body || element === document.documentElement) return null
    const store = window as unknown as { __focusKeys?: WeakMap<Element, string>; __focusCount?: number }
    store.__focusKeys ??= new WeakMap()
    let key = store.__focusKeys.get(element)
    if (!key) {
      key = String((store.__focusCount = (store.__focusCount ?? 0) + 1))
      store.__focusKeys.set(element, key)
    }
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const name = element.getAttribute('aria-label') ?? element.textContent ?? ''
    const label = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${name.trim().slice(0, 40)}"`
    return { key, label, indicator: outline || shadow }
  })
}

describe('keyboard', () => {
  it.each(['', 'event=', 'view=list'])(
    'Tab reaches every control with a visible focus indicator and cycles back to the start (%s)',
    async (query) => {
      const page = await open(
        `?lang=en${query === 'event=' ? `&event=${readBuiltEvents()[0]?.id ?? ''}` : query ? `&${query}` : ''}`,
      )
      const seen: Focused[] = []
      let cycled = false
      for (let i = 0; i < MAX_TABS; i++) {
        await page.keyboard.press('Tab')
        const focused = await readFocus(page)
        if (focused === null) continue // passing through the browser's own UI between cycles
        if (seen[0]?.key === focused.key) {
          cycled = true
          break
        }
        seen.push(focused)
      }
      expect(seen.length).toBeGreaterThan(3)
      expect(
        cycled,
        `no cycle within ${MAX_TABS} presses; last: ${seen
          .slice(-5)
          .map((f) => f.label)
          .join(', ')}`,
      ).toBe(true)
      const invisible = seen.filter((f) => !f.indicator).map((f) => f.label)
      expect(invisible, `focus not visible on: ${invisible.join('; ')}`).toEqual([])
    },
  )

  it('Shift+Tab walks the same cycle backwards', async () => {
    const page = await open('?lang=en')
    const forward: string[] = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      forward.push((await readFocus(page))?.key ?? 'none')
    }
    const backward: string[] = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Shift+Tab')
      backward.push((await readFocus(page))?.key ?? 'none')
    }
    expect(backward).toEqual(forward.slice(0, 5).reverse())
  })

  it.each(['en', 'ru'] as const)('a live region announces the event chosen with the arrow keys (%s)', async (lang) => {
    const page = await open(`?lang=${lang}`)
    const timeline = page.getByRole('region', { name: ui(lang).timeline.region, exact: true })
    // Keyboard only: Tab until the timeline has focus.
    for (let i = 0; i < MAX_TABS; i++) {
      if (await timeline.evaluate((el) => el === document.activeElement).catch(() => false)) break
      await page.keyboard.press('Tab')
    }
    await expect.poll(() => timeline.evaluate((el) => el === document.activeElement), SETTLE).toBe(true)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).searchParams.get('event'), SETTLE).not.toBeNull()
    const id = new URL(page.url()).searchParams.get('event')
    const title = dataset().events.find((e) => e.id === id)?.title[lang] ?? '(unknown event)'
    const announced = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[aria-live], [role="status"], [role="log"]')].map((el) => el.textContent ?? ''),
      )
    await expect.poll(async () => (await announced()).some((text) => text.includes(title)), SETTLE).toBe(true)
  })
})
