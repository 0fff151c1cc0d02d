/**
 * The printed handout: Chromium prints the app to PDF and Debian's pdftotext (poppler-utils) reads it back
 * page by page. Every event shown is there, the events not shown are not, and no row is split across pages.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRINTED_DOCUMENTS_PER_PAGE } from '../../src/features/present/deck'
import { buildDir } from '../../src/pipeline/paths'
import { windowOfAll } from './app'
import { baseUrl, browserPerFile, expectCleanPage, openApp, watchPage, type Page } from './browser'

interface PrintedEvent {
  id: string
  status: 'held' | 'planned'
  start: string
  end: string
  topics: string[]
  title: { en: string; ru: string }
  summary: { en: string; ru: string }
  sources: { document: string }[]
}

interface PrintedDocument {
  id: string
  title: { en: string; ru: string }
}

const session = browserPerFile()
let page: Page
let events: PrintedEvent[]
let documents: PrintedDocument[]
let folder: string

beforeAll(async () => {
  const dataset = JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as {
    events: PrintedEvent[]
    documents: PrintedDocument[]
  }
  events = dataset.events
  documents = dataset.documents
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-print-'))
})
afterAll(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true })
})

/**
 * pdftotext sees ligatures and line ends: compare in NFKC, with every run of white space as one space and none
 * after a hyphen or dash (a line may break after "Russian-"), on both sides alike.
 */
const normalize = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/([-‐–—]) /g, '$1')
    .trim()

interface Printed {
  /** The text of each page, in content order (`-raw`), so the lines of a cell stay together. */
  pages: string[]
  /** Each handout row as the page holds it: its id and its text, block by block. */
  rows: { id: string; text: string }[]
}

async function printApp(query: string, name: string): Promise<Printed> {
  page = await (await session.context()).newPage()
  const problems = await openApp(page, query)
  const rows = await page.locator('.handout__row').evaluateAll((elements) =>
    elements.map((row) => ({
      id: (row as HTMLElement).dataset.eventId ?? '',
      text: [
        ...row.querySelectorAll(
          '.handout__date time, .handout__status, .handout__title, .handout__summary, .handout__sources li',
        ),
      ]
        .map((block) => block.textContent ?? '')
        .join(' '),
    })),
  )
  const file = path.join(folder, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true })
  await expectCleanPage(page, problems)
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const pages = Array.from({ length: count }, (_, i) =>
    normalize(
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], {
        encoding: 'utf8',
      }),
    ),
  )
  return { pages, rows: rows.map((row) => ({ id: row.id, text: normalize(row.text) })) }
}

const pagesWith = (pages: string[], text: string) =>
  pages.flatMap((pageText, index) => (pageText.includes(normalize(text)) ? [index + 1] : []))

/** The documents the whole deck quotes (the closing slide's list). */
const citedByDeck = () => {
  const ids = new Set(events.flatMap((event) => event.sources.map((source) => source.document)))
  return documents.filter((document) => ids.has(document.id))
}

const byStart = (a: PrintedEvent, b: PrintedEvent) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)

describe('the printed handout', () => {
  it('holds every event in date order, each row whole on one page, and no control of the screen', async () => {
    const { pages, rows } = await printApp(`?${windowOfAll(events)}&lang=en`, 'all')
    expect(pages.length).toBeGreaterThan(1)
    expect(rows.map((row) => row.id).sort()).toEqual(events.map((event) => event.id).sort())
    expect(rows.map((row) => events.find((event) => event.id === row.id)!.start)).toEqual(
      [...events].sort(byStart).map((event) => event.start),
    )
    for (const row of rows) {
      // Date, title, summary and sources, one after the other, on exactly one page: the row was not split.
      expect(pagesWith(pages, row.text), row.id).toHaveLength(1)
    }
    const all = pages.join(' ')
    for (const control of ['Copy link', 'Zoom in', 'Fit all']) expect(all).not.toContain(control)
  })

  it('holds only the events of the current filter, in both languages when bilingual', async () => {
    const topic = 'joint-economic-activities'
    const { pages, rows } = await printApp(`?${windowOfAll(events)}&lang=ru&bi=1&topics=${topic}`, 'filtered')
    const shown = events.filter((event) => event.topics.includes(topic))
    expect(shown.length).toBeGreaterThan(0)
    expect(rows.map((row) => row.id).sort()).toEqual(shown.map((event) => event.id).sort())
    for (const row of rows) expect(pagesWith(pages, row.text), row.id).toHaveLength(1)
    const all = pages.join(' ')
    for (const event of events) {
      const onPaper = shown.includes(event)
      expect(all.includes(normalize(`${event.title.ru} ${event.summary.ru}`)), event.id).toBe(onPaper)
      expect(all.includes(normalize(`${event.title.en} ${event.summary.en}`)), event.id).toBe(onPaper)
    }
  })

  it('marks every event held or planned, as of its document, in both languages when bilingual', async () => {
    const { pages } = await printApp(`?${windowOfAll(events)}&lang=en&bi=1`, 'status')
    const all = pages.join(' ')
    const planned = events.filter((event) => event.status === 'planned').length
    expect(planned).toBeGreaterThan(0)
    expect(all.match(/Planned, as of /g)?.length).toBe(planned)
    expect(all.match(/Запланировано, по данным на /g)?.length).toBe(planned)
    expect(all.match(/\bHeld\b/g)?.length).toBe(events.length - planned)
    expect(all.match(/Состоялось/g)?.length).toBe(events.length - planned)
  })
})

describe('the slides on paper', () => {
  it('prints one landscape page per slide while presenting, each slide whole on its page', async () => {
    page = await (await session.context({ viewport: { width: 1280, height: 720 } })).newPage()
    const problems = await watchPage(page)
    await page.goto(`${baseUrl()}/?lang=en&present=3`)
    await page.getByRole('region', { name: 'Presentation' }).waitFor({ state: 'visible', timeout: 15_000 })
    const cited = citedByDeck()
    expect(cited.length).toBeGreaterThan(PRINTED_DOCUMENTS_PER_PAGE)
    const file = path.join(folder, 'slides.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true })
    await expectCleanPage(page, problems)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    const [width, height] = (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? []).slice(1).map(Number)
    expect(width).toBeGreaterThan(height!)
    // The title slide, one per event, the closing slide on as many pages as its list needs, each its part.
    const closingPages = Math.max(1, Math.ceil(cited.length / PRINTED_DOCUMENTS_PER_PAGE))
    expect(count).toBe(events.length + 1 + closingPages)
    const pageText = (i: number) =>
      normalize(
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${i}`, '-l', `${i}`, file, '-'], { encoding: 'utf8' }),
      )
    expect(pageText(1)).toContain(normalize('Russia–Japan negotiations'))
    events.forEach((event, i) => expect(pageText(i + 2), event.id).toContain(normalize(event.title.en)))
    const rawText = (i: number) =>
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', `${i}`, '-l', `${i}`, file, '-'], { encoding: 'utf8' })
    const closing = Array.from({ length: closingPages }, (_, i) => normalize(rawText(events.length + 2 + i)))
    closing.forEach((text, i) =>
      expect(text).toContain(closingPages > 1 ? `Sources cited (${i + 1}/${closingPages})` : 'Sources cited'),
    )
    // Every document cited is there, and only once (some share a title: each title as often as it is cited).
    // Compared without spaces and dashes: pdftotext drops the hyphen where a line breaks in "Russian-Japanese".
    const bare = (text: string) => normalize(text).replace(/[\s\-‐–—]/g, '')
    const all = bare(closing.join(' '))
    for (const document of cited) {
      const title = bare(document.title.en)
      const times = cited.filter((other) => bare(other.title.en) === title).length
      expect(all.split(title).length - 1, document.id).toBe(times)
    }
  })
})
