/** What the end-to-end tests know about the app and its data, read the way a user or a link would. */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { buildDir } from '../../src/pipeline/paths'

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

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** `?from=…&to=…`: a timeline window holding every event, with a margin on both sides. */
export function windowOfAll(events: readonly BuiltEvent[]): string {
  const first = events.map((e) => e.start).sort()[0]
  const last = events
    .map((e) => e.end)
    .sort()
    .at(-1)
  if (!first || !last) throw new Error('the dataset has no events')
  const spanDays = (Date.parse(last) - Date.parse(first)) / 86_400_000
  const margin = Math.max(30, Math.round(spanDays * 0.05))
  return `from=${addDays(first, -margin)}&to=${addDays(last, margin)}`
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
    .locator('.vis-time-axis .vis-text.vis-minor')
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
