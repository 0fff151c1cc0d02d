/**
 * A timeline that shows what you chose (issue 18) and holds at the edges (issue 25), in real Chromium: the
 * window follows a new set of events, the selection is unmistakable, items never drift from the axis, "Fit all"
 * is readable, a planned day is a point, no id from the link reaches vis-timeline's lookup, the first and last
 * days of the date grammar select and present, and the topic colours on screen are data/topics.yaml's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDir } from '../../src/pipeline/paths'
import { SETTLE, browserSession, filterToOneTopic, readBuiltDataset, timelineItems, urlParams } from './app'
import { afterPaint, expectCleanPage, type Page } from './browser'

const dataset = readBuiltDataset()
const session = browserSession()
const territorial = dataset.topics.find((t) => t.id === 'territorial-question')!
const TERRITORIAL = dataset.events.filter((e) => e.topics.includes(territorial.id)).map((e) => e.id)
const PLANNED_DAY = '2017-08-17-consultations-joint-economic-activities-moscow'

function item(page: Page, id: string) {
  return page.locator(`.vis-timeline .vis-item[data-event-id="${id}"]`).first()
}

/** The ids of the items at least partly inside the timeline's centre panel. */
function idsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('.vis-item[data-event-id]')]
      .filter((el) => {
        const box = (el.querySelector('.vis-dot') ?? el).getBoundingClientRect()
        return box.right > panel.left && box.left < panel.right
      })
      .map((el) => el.dataset.eventId ?? '')
      .sort()
  })
}

interface LabelBox {
  text: string | null
  box: { left: number; right: number; top: number; bottom: number }
}

/** The pairs of labels drawn over one another (by more than a pixel). */
function overlapping(labels: readonly LabelBox[]): string[] {
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter(
        (b) =>
          a.box.left < b.box.right - 1 &&
          b.box.left < a.box.right - 1 &&
          a.box.top < b.box.bottom - 1 &&
          b.box.top < a.box.bottom - 1,
      )
      .map((b) => `${a.text} / ${b.text}`),
  )
}

/**
 * For every drawn event starting inside the window: how far (px) its left edge (a point's dot centre) is from
 * where the window puts its date. The window is the one vis-timeline last reported (`data-window-*`).
 */
function driftFromAxis(page: Page): Promise<{ id: string; drift: number }[]> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.timeline')!
    const start = Number(root.dataset.windowStart)
    const end = Number(root.dataset.windowEnd)
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
    const x = (t: number) => panel.left + ((t - start) / (end - start)) * panel.width
    const day = (iso: string) => new Date(`${iso}T00:00:00`).valueOf()
    const events = new Map(
      (JSON.parse(document.body.dataset.testEvents ?? '[]') as { id: string; start: string; end: string }[]).map(
        (e) => [e.id, e],
      ),
    )
    return [...document.querySelectorAll<HTMLElement>('.vis-item[data-event-id]')].flatMap((el) => {
      const event = events.get(el.dataset.eventId ?? '')
      if (!event || day(event.start) < start || day(event.start) > end) return []
      const dot = el.querySelector('.vis-dot')
      const box = (dot ?? el).getBoundingClientRect()
      const left = dot ? (box.left + box.right) / 2 : box.left
      return [{ id: event.id, drift: Math.abs(left - x(day(event.start))) }]
    })
  })
}

async function withEventDates(page: Page) {
  const events = dataset.events.map(({ id, start, end }) => ({ id, start, end }))
  await page.evaluate((json) => (document.body.dataset.testEvents = json), JSON.stringify(events))
}

describe('the timeline shows what you chose', () => {
  it('moves to the events of a topic filter that lie outside the window', async () => {
    const { page, problems } = await session.open('?from=2018-01-01&to=2018-12-31')
    await expect.poll(() => idsInView(page), SETTLE).not.toEqual([])
    await filterToOneTopic(page, 'en', territorial)
    await expect.poll(() => idsInView(page), SETTLE).toEqual([...TERRITORIAL].sort())
    // Not the user's move: the link keeps no window for it.
    expect(urlParams(page).get('from')).toBeNull()
    await expectCleanPage(page, problems)
  })

  it('opens a fresh link with a filter and no window on the filtered events', async () => {
    const { page, problems } = await session.open(`?topics=${territorial.id}`)
    await expect.poll(() => idsInView(page), SETTLE).toEqual([...TERRITORIAL].sort())
    await expectCleanPage(page, problems)
  })

  it('keeps the window of a link and goes to the earlier events with their count', async () => {
    const { page, problems } = await session.open(`?topics=${territorial.id}&from=2017-01-01&to=2017-12-31`)
    // The count and the years come from the data: the territorial events before the 2017 window (the corpus
    // also has some after it, 2019–2020, and none inside it).
    const before = dataset.events.filter((e) => TERRITORIAL.includes(e.id) && e.end < '2017-01-01')
    expect(dataset.events.filter((e) => TERRITORIAL.includes(e.id) && e.date.startsWith('2017'))).toEqual([])
    const years = before.map((e) => e.date.slice(0, 4)).sort()
    const label = `← ${before.length} earlier events (${years[0]}–${years.at(-1)})`
    const earlier = page.getByRole('button', { name: label, exact: true })
    await earlier.waitFor({ state: 'visible', ...SETTLE })
    expect(await idsInView(page)).toEqual([])
    await earlier.click()
    // Every earlier event comes into view (with 1945–2016 to show, the later ones may share the window).
    const missing = async () => {
      const inView = await idsInView(page)
      return before.map((e) => e.id).filter((id) => !inView.includes(id))
    }
    await expect.poll(missing, SETTLE).toEqual([])
    await expectCleanPage(page, problems)
  })

  it('marks a selected point unmistakably, and ← → move the mark', async () => {
    const [a, b] = ['2018-07-31-kono-lavrov-meeting', '2018-08-16-business-mission-four-islands']
    const { page, problems } = await session.open(`?from=2018-06-15&to=2018-12-31&event=${a}`)
    const look = (id: string) =>
      item(page, id).evaluate((el) => {
        const content = getComputedStyle(el.querySelector('.vis-item-content')!)
        const dot = getComputedStyle(el.querySelector('.vis-dot')!)
        return { background: content.backgroundColor, outline: content.outlineStyle, ring: dot.boxShadow }
      })
    await expect.poll(() => item(page, a).getAttribute('class'), SETTLE).toContain('vis-selected')
    const selected = await look(a)
    const plain = await look('2018-11-14-putin-abe-singapore')
    expect(selected.background).not.toBe(plain.background)
    expect(selected.outline).toBe('solid')
    expect(plain.outline).toBe('none')
    expect(selected.ring).not.toBe(plain.ring)
    // The next event in the list's order is selected, marked and in view.
    await page.locator('.timeline').focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => urlParams(page).get('event'), SETTLE).not.toBe(a)
    const next = urlParams(page).get('event')!
    await expect.poll(() => item(page, next).getAttribute('class'), SETTLE).toContain('vis-selected')
    await expect.poll(() => idsInView(page), SETTLE).toContain(next)
    expect(await item(page, a).getAttribute('class')).not.toContain('vis-selected')
    void b
    await expectCleanPage(page, problems)
  })

  it('keeps every item on the axis after a label past the right edge is scrolled into view, and after a drag', async () => {
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    await withEventDates(page)
    await expect.poll(async () => (await driftFromAxis(page)).length, SETTLE).toBeGreaterThan(3)
    const worst = async () => Math.max(...(await driftFromAxis(page)).map((d) => d.drift))
    expect(await worst()).toBeLessThanOrEqual(2)
    // The label of the rightmost point runs past the edge: bring its end into view as find-in-page would.
    await item(page, '2018-11-14-putin-abe-singapore').evaluate((el) => {
      el.querySelector('.event__text')!.scrollIntoView({ inline: 'end' })
      ;(el as HTMLElement).focus()
    })
    await afterPaint(page)
    const scrolled = await page.evaluate(() =>
      [...document.querySelectorAll('.timeline, .timeline *')].map((el) => el.scrollLeft).filter(Boolean),
    )
    expect(scrolled).toEqual([])
    expect(await worst()).toBeLessThanOrEqual(2)
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height - 20)
    await page.mouse.down()
    await page.mouse.move(panel.x + panel.width / 2 - 150, panel.y + panel.height - 20, { steps: 8 })
    await page.mouse.up()
    await expect.poll(() => urlParams(page).get('from'), SETTLE).not.toBe('2018-06-15')
    await afterPaint(page)
    expect(await worst()).toBeLessThanOrEqual(2)
    await expectCleanPage(page, problems)
  })

  it('fits the dense part with Fit all, every label as wide as its text, and the far-off events one click away', async () => {
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    await page.getByRole('button', { name: 'Fit all', exact: true }).click()
    // The background events (1945, 1956, 1992–2001) lie beyond gaps wider than 2013–2020: left to the count's
    // button; at most one more (2013) may join them.
    // Before the fit lands, the button still counts the events before the link's window: wait for the fit.
    const earlier = page.getByRole('button', { name: /^← (\d+) earlier events \(1945–\d{4}\)$/ })
    const count = async () => {
      const match = (await earlier.innerText({ timeout: 1000 }).catch(() => '')).match(/\d+/)
      return match ? Number(match[0]) : Number.POSITIVE_INFINITY
    }
    const background = dataset.events.filter((e) => e.date < '2013').length
    await expect.poll(count, SETTLE).toBeLessThanOrEqual(background + 1)
    const outliers = await count()
    expect(outliers).toBeGreaterThanOrEqual(background)
    await afterPaint(page)
    const labels = await page.evaluate(() => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
      return [...document.querySelectorAll<HTMLElement>('.vis-item[data-event-id] .event__text')].map((el) => {
        const box = el.getBoundingClientRect()
        return { text: el.textContent, width: box.width, natural: el.scrollWidth, box, inside: box.left >= panel.left }
      })
    })
    expect(labels.length).toBe(dataset.events.length - outliers)
    for (const label of labels) expect(label.width, label.text ?? '').toBeGreaterThanOrEqual(label.natural - 1)
    expect(overlapping(labels)).toEqual([])
    await expectCleanPage(page, problems)
  })

  it('stacks the first view for a reader who asks for reduced motion: no label over another', async () => {
    const { page, problems } = await session.open('?lang=en')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.reload()
    await page
      .locator('.vis-item[data-event-id] .event__text')
      .first()
      .waitFor({ state: 'visible', ...SETTLE })
    await afterPaint(page)
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.vis-item[data-event-id] .event__text')].map((el) => ({
        text: el.textContent,
        box: el.getBoundingClientRect().toJSON() as DOMRect,
      })),
    )
    expect(labels.length).toBeGreaterThan(10)
    expect(overlapping(labels)).toEqual([])
    await expectCleanPage(page, problems)
  })

  it('draws a planned day as a point with a hollow dot and no box, unlike an uncertain range', async () => {
    const { page, problems } = await session.open('?from=2017-07-15&to=2017-09-30')
    const planned = item(page, PLANNED_DAY)
    await planned.waitFor({ state: 'visible', ...SETTLE })
    const look = await planned.evaluate((el) => {
      const style = getComputedStyle(el)
      const dot = getComputedStyle(el.querySelector('.vis-dot')!)
      return { classes: el.className, border: style.borderTopColor, dot: dot.backgroundColor, ring: dot.borderColor }
    })
    expect(look.classes).toContain('vis-point')
    expect(look.classes).toContain('event--planned')
    expect(look.border).toBe('rgba(0, 0, 0, 0)')
    // Hollow: the dot's inside is the page background, its ring the topic colour.
    expect(look.dot).toBe('rgb(255, 255, 255)')
    expect(look.ring).not.toBe(look.dot)
    const range = item(page, '2017-08-end-vice-ministerial-consultations-moscow')
    expect(await range.getAttribute('class')).toContain('vis-range')
    expect(await range.getAttribute('class')).toContain('event--uncertain')
    await expectCleanPage(page, problems)
  })

  it('shows the full title of a label as a text tooltip', async () => {
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    const target = dataset.events.find((e) => e.id === '2018-11-14-putin-abe-singapore')!
    expect(await item(page, target.id).locator('.event__text').getAttribute('title')).toBe(target.title.en)
    await expectCleanPage(page, problems)
  })
})

/** The built dataset with one event on the grammar's first day and one on its last, served in its place. */
async function withEdgeDays(page: Page) {
  const built = JSON.parse(fs.readFileSync(path.join(buildDir(), 'dataset.json'), 'utf8')) as {
    events: Record<string, unknown>[]
  }
  const template = built.events.find((e) => e['id'] === '2018-07-31-kono-lavrov-meeting')!
  const edge = (id: string, day: string, en: string) => ({
    ...template,
    id,
    date: day,
    start: day,
    end: day,
    related: [],
    title: { en, ru: en },
  })
  built.events = [
    edge('0001-01-01-first-day', '0001-01-01', 'On the first day'),
    ...built.events,
    edge('9999-12-31-last-day', '9999-12-31', 'On the last day'),
  ]
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: built }))
  return built.events.length
}

describe('the timeline at the edges', () => {
  it('selects, shows and presents events on 0001-01-01 and 9999-12-31', async () => {
    const { page, problems } = await session.open('?lang=en')
    const count = await withEdgeDays(page)
    for (const [id, title, slide] of [
      ['0001-01-01-first-day', 'On the first day', 1],
      ['9999-12-31-last-day', 'On the last day', count],
    ] as const) {
      await page.goto(page.url().replace(/\?.*$/, `?event=${id}`))
      await page.getByRole('heading', { level: 2, name: title }).waitFor({ state: 'visible', ...SETTLE })
      await expect.poll(() => idsInView(page), SETTLE).toContain(id)
      expect(await item(page, id).getAttribute('class')).toContain('vis-selected')
      await page.goto(page.url().replace(/\?.*$/, `?present=${slide}`))
      const presentation = page.getByRole('region', { name: 'Presentation' })
      await presentation.getByRole('heading', { level: 2, name: title }).waitFor({ state: 'visible', ...SETTLE })
    }
    await expectCleanPage(page, problems)
  })

  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`opens ?event=${id} without a crash and shows the timeline`, async () => {
      const { page, problems } = await session.open(`?event=${id}`)
      await timelineItems(page)
        .first()
        .waitFor({ state: 'visible', ...SETTLE })
      // Where the link keeps the id, going to it reaches vis-timeline's focus too, which must find nothing.
      const goTo = page.getByRole('button', { name: 'Go to selected', exact: true })
      if (await goTo.isEnabled()) await goTo.click()
      await afterPaint(page)
      await expectCleanPage(page, problems)
    })
  }

  it('draws the topic colours of topics.yaml', async () => {
    const yaml = fs.readFileSync('data/topics.yaml', 'utf8')
    const colours = new Map(
      [...yaml.matchAll(/- id: ([a-z-]+)[\s\S]*?color: '(#[0-9a-f]{6})'/g)].map((m) => [m[1], m[2]]),
    )
    expect(colours.size).toBe(dataset.topics.length)
    const { page, problems } = await session.open('?from=2016-01-01&to=2019-12-31')
    await timelineItems(page)
      .first()
      .waitFor({ state: 'visible', ...SETTLE })
    const drawn = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.vis-item.event')].map((el) => {
          const topic = [...el.classList].find((c) => c.startsWith('topic--'))!.slice('topic--'.length)
          return [topic, getComputedStyle(el.querySelector('.vis-dot') ?? el).borderTopColor]
        }),
      ),
    )
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
    expect(Object.keys(drawn).length).toBeGreaterThan(3)
    for (const [topic, colour] of Object.entries(drawn)) expect(colour, topic).toBe(rgb(colours.get(topic)!))
    await expectCleanPage(page, problems)
  })
})
