/** What the end-to-end tests know about the app and its data, read the way a user or a link would. */
import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { dayNumberFromIso, isoFromDayNumber } from '../../src/model'
import { buildDir } from '../../src/pipeline/paths'
import { baseUrl, browserPerFile, watchPage, type PageProblems } from './browser'

export interface BuiltEvent {
  id: string
  start: string
  end: string
}

/** The dataset the app under test was built from (`npm run build` runs `npm run data` first). */
export function readBuiltEvents(): BuiltEvent[] {
  const file = path.join(buildDir(), 'dataset.json')
  const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as { events: BuiltEvent[] }
  return dataset.events
}

/** `?from=…&to=…`: a timeline window holding every event, with a margin on both sides (days BC by number). */
export function windowOfAll(events: readonly BuiltEvent[]): string {
  if (events.length === 0) throw new Error('the dataset has no events')
  const first = Math.min(...events.map((e) => dayNumberFromIso(e.start)))
  const last = Math.max(...events.map((e) => dayNumberFromIso(e.end)))
  const margin = Math.max(30, Math.round((last - first) * 0.05))
  return `from=${isoFromDayNumber(first - margin)}&to=${isoFromDayNumber(last + margin)}`
}

export interface Box {
  left: number
  right: number
}

/** The time axis and every rendered timeline item (a range's bar, a point's dot), as horizontal extents in CSS pixels. */
export async function measureTimeline(page: Page): Promise<{ axis: Box; items: (Box & { id: string })[] }> {
  return page.evaluate(() => {
    const axisElement = document.querySelector('.vis-time-axis.vis-foreground')
    if (!axisElement) throw new Error('no vis-timeline time axis on the page')
    const axis = axisElement.getBoundingClientRect()
    const items = [...document.querySelectorAll<HTMLElement>('.vis-timeline .vis-item[data-event-id]')].map((el) => {
      // A point's title runs to the right of its dot; the dot is where the event is.
      const anchor = (el.classList.contains('vis-point') && el.querySelector('.vis-dot')) || el
      const box = anchor.getBoundingClientRect()
      return { id: el.dataset.eventId ?? '', left: box.left, right: box.right }
    })
    return { axis: { left: axis.left, right: axis.right }, items }
  })
}

/** The labels of the time axis's finer scale (months when the window is a year or so). */
export function minorAxisLabels(page: Page): Promise<string[]> {
  return page
    .locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
    .evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? '').filter(Boolean))
}

/** Counts of Latin and Cyrillic letters in the page's visible text. */
export function scriptCounts(page: Page): Promise<{ latin: number; cyrillic: number }> {
  return page.evaluate(() => {
    const text = document.body.innerText
    return {
      latin: (text.match(/[A-Za-z]/g) ?? []).length,
      cyrillic: (text.match(/[\u0400-\u04FF]/g) ?? []).length,
    }
  })
}

/** A built event with the fields the views show and filter on. */
export interface FullEvent extends BuiltEvent {
  date: string
  status: 'held' | 'planned'
  kind: string
  title: { ru: string; en: string }
  topics: string[]
  people: string[]
  places: string[]
  sources: { document: string; quote: string; start: number; end: number }[]
}

export interface BuiltDataset {
  topics: { id: string; label: { ru: string; en: string } }[]
  people: { id: string; name: { ru: string; en: string } }[]
  places: { id: string; name: { ru: string; en: string } }[]
  documents: { id: string; language: 'ru' | 'en'; published: string; title: { ru: string; en: string } }[]
  /** In the dataset's sort order (compareEvents). */
  events: FullEvent[]
}

export function readBuiltDataset(): BuiltDataset {
  return JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as BuiltDataset
}

/** The filters of a link (`topics`, `status`, `kind`, …, `period`), as the app applies them. */
export interface Filters {
  topics?: string[]
  status?: string
  kind?: string[]
  people?: string[]
  places?: string[]
  docs?: string[]
  period?: { from: string; to: string }
}

/** The events a link's filters keep, computed independently of the app: AND across filters, OR within one. */
export function expectedEvents(events: readonly FullEvent[], filters: Filters): FullEvent[] {
  const any = (values: readonly string[], wanted: readonly string[] | undefined) =>
    wanted === undefined || values.some((value) => wanted.includes(value))
  return events.filter(
    (e) =>
      any(e.topics, filters.topics) &&
      any([e.status], filters.status === undefined ? undefined : [filters.status]) &&
      any([e.kind], filters.kind) &&
      any(e.people, filters.people) &&
      any(e.places, filters.places) &&
      any(
        e.sources.map((s) => s.document),
        filters.docs,
      ) &&
      (!filters.period || (e.start <= filters.period.to && e.end >= filters.period.from)),
  )
}

/** The page's current URL parameters. */
export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams
}

/** Every rendered timeline item element. */
export function timelineItems(page: Page): Locator {
  return page.locator('.vis-timeline .vis-item[data-event-id]')
}

/** The detail panel of the event titled `title`: a complementary landmark or a dialog named by the title. */
export function detailPanel(page: Page, title: string): Locator {
  const name = { name: title, exact: true }
  return page.getByRole('complementary', name).or(page.getByRole('dialog', name))
}

/** The list view's entries (`view=list`): the list items of the events list. */
export function listEntries(page: Page): Locator {
  return page.getByRole('list', { name: /^(Events|События)$/ }).getByRole('listitem')
}

/** Rendering after a navigation or a click takes a moment; a slow machine gets time, not a failure. */
export const SETTLE = { timeout: 15_000 }

/** An interface text of `locales/<lang>.json` by its dotted key (`features.search.noResults`). */
export function uiText(lang: 'en' | 'ru', key: string): string {
  let node: unknown = JSON.parse(fs.readFileSync(path.join('locales', `${lang}.json`), 'utf8'))
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  if (typeof node !== 'string') throw new Error(`locales/${lang}.json has no text at ${key}`)
  return node
}

export interface OpenedPage {
  page: Page
  problems: PageProblems
}

/**
 * Registers a test file's hooks: one Chromium for the file, a fresh context (a new browser profile: no storage,
 * clipboard allowed) per `open`, all closed after each test. `open` returns once the app's header is shown.
 */
export function browserSession(): { open: (query?: string) => Promise<OpenedPage> } {
  const files = browserPerFile()
  return {
    async open(query = '') {
      const context = await files.context({ permissions: ['clipboard-read', 'clipboard-write'] })
      const page = await context.newPage()
      const problems = await watchPage(page)
      await page.goto(`${baseUrl()}/${query}`)
      // The prerendered first view (ADR 0024) has the same controls, inert until the app takes it over.
      await page.waitForFunction(() => !document.querySelector('[data-prerendered]'), null, SETTLE)
      await page.getByRole('radiogroup', { name: /^(Language|Язык)$/ }).waitFor({ state: 'visible', ...SETTLE })
      return { page, problems }
    },
  }
}

/** Leaves one topic in the topic filter, as a user does: "None", then that topic's checkbox. */
export async function filterToOneTopic(page: Page, lang: 'en' | 'ru', topic: { label: { ru: string; en: string } }) {
  await page.getByRole('button', { name: uiText(lang, 'filter.none'), exact: true }).click()
  await page.getByRole('checkbox', { name: topic.label[lang], exact: true }).check()
}

/** The ids of the list view's entries, in their order. */
export function listIds(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /^(Events|События)$/ })
    .locator('[data-event-id]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId ?? ''))
}

/** Opens "More filters" (status, kind, people, places, documents, period) unless it is open. */
export async function openMoreFilters(page: Page, lang: 'en' | 'ru'): Promise<void> {
  const more = page.getByRole('button', { name: new RegExp(`^${uiText(lang, 'filter.more')}`) })
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click()
}

export type FacetName = 'status' | 'kind' | 'people' | 'places' | 'docs'

/** Ticks one value of a facet in "More filters", found by the facet's and the value's visible names. */
export async function tickFacet(page: Page, lang: 'en' | 'ru', facet: FacetName, label: string): Promise<void> {
  await openMoreFilters(page, lang)
  const group = page.getByRole('group', { name: uiText(lang, `features.filters.${facet}`), exact: true })
  await group.getByRole('checkbox', { name: label, exact: true }).check()
}

/** An ISO day as a user types it in the UI language: `31.05.2019` in Russian, `2019-05-31` in English. */
export function typedDay(lang: 'en' | 'ru', iso: string): string {
  return lang === 'ru' ? iso.split('-').reverse().join('.') : iso
}

/** Types a period (ISO days) into the period filter's two day fields, in the UI language's form. */
export async function setPeriod(page: Page, lang: 'en' | 'ru', from: string, to: string): Promise<void> {
  await openMoreFilters(page, lang)
  const group = page.getByRole('group', { name: uiText(lang, 'features.filters.period'), exact: true })
  await group.getByLabel(uiText(lang, 'features.filters.from'), { exact: true }).fill(typedDay(lang, from))
  await group.getByLabel(uiText(lang, 'features.filters.to'), { exact: true }).fill(typedDay(lang, to))
}

/** Presses Tab until `target` has the focus (at most `limit` times); true when it got there. */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<boolean> {
  const focused = () => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
  for (let presses = 0; presses < limit; presses++) {
    if (await focused()) return true
    await page.keyboard.press('Tab')
  }
  return focused()
}

/** "Copy link", then what the clipboard holds once the confirmation shows. */
export async function copyLink(page: Page, lang: 'en' | 'ru'): Promise<string> {
  await page.getByRole('button', { name: uiText(lang, 'header.copyLink'), exact: true }).click()
  await page.getByText(uiText(lang, 'header.copied'), { exact: true }).waitFor({ state: 'visible', ...SETTLE })
  return page.evaluate(() => navigator.clipboard.readText())
}

/** The link's `event`; throws the page's first uncaught error instead, so that a crash is reported as itself. */
export function eventInUrl(page: Page, problems: PageProblems): string | null {
  const crash = problems.pageErrors[0]
  if (crash) throw new Error(`the page crashed: ${crash}`)
  return urlParams(page).get('event')
}
