/**
 * The timeline app (issue 3) in real Chromium against the built app: clicking an item opens its panel and
 * writes the link, Russian reaches the texts, dates and axis, the topic filter decides which items are drawn,
 * a link restores the view on reload and in a fresh browser, back steps through choices, and the keyboard
 * alone walks from the first event to the last.
 */
import { describe, expect, it } from 'vitest'
import {
  SETTLE,
  browserSession,
  detailPanel,
  eventInUrl,
  expectedEvents,
  filterToOneTopic,
  measureTimeline,
  minorAxisLabels,
  readBuiltDataset,
  tabTo,
  timelineItems,
  urlParams,
  windowOfAll,
  type BuiltDataset,
  type FullEvent,
} from './app'
import { expectCleanPage, type Page, type PageProblems } from './browser'

const dataset: BuiltDataset = readBuiltDataset()
const session = browserSession()
const ALL = windowOfAll(dataset.events)
const MEETING = '2019-06-11-working-group-projects'
/** Russian month names as moment's `ru` locale abbreviates them, standalone and in the genitive. */
/** Grouped by topic, an event sits in the row of each of its topics: every topic with events, in the dataset's order. */
const TOPIC_GROUPS = dataset.topics
  .filter((t) => dataset.events.some((e) => e.topics.includes(t.id)))
  .map((t) => t.label.en)
/** Grouped by topic: one item per event and topic. */
const TOPIC_ROWS = dataset.events.reduce((sum, e) => sum + e.topics.length, 0)
const RUSSIAN_MONTH = /^(янв|февр?|март?|апр|ма[йя]|июн[ья]|июл[ья]|авг|сент?|окт|нояб?|дек)\.?$/

function event(id: string): FullEvent {
  const found = dataset.events.find((e) => e.id === id)
  if (!found) throw new Error(`the dataset has no event ${id}`)
  return found
}

function renderedIds(page: Page): Promise<string[]> {
  return timelineItems(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId ?? '').sort())
}

function item(page: Page, id: string) {
  return page.locator(`.vis-timeline .vis-item[data-event-id="${id}"]`).first()
}

/**
 * Clicks an item where a user sees it: near its start (a point's dot), not at the middle of a label that may run
 * past the timeline's right edge, where nothing is drawn (the timeline cannot be scrolled sideways).
 */
function clickItem(page: Page, id: string) {
  return item(page, id).click({ position: { x: 6, y: 8 } })
}

async function expectPanel(page: Page, e: FullEvent, lang: 'en' | 'ru'): Promise<void> {
  const panel = detailPanel(page, e.title[lang])
  await panel.waitFor({ state: 'visible', ...SETTLE })
  expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(e.title[lang])
  expect(await panel.locator('time').first().getAttribute('data-value')).toBe(e.date)
}

describe('the timeline app', () => {
  it('opens the panel of a clicked item and puts the event in the link', async () => {
    const target = event('2018-07-31-kono-lavrov-meeting')
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    await clickItem(page, target.id)
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(target.id)
    await expectPanel(page, target, 'en')
    await expect.poll(() => item(page, target.id).getAttribute('class')).toContain('vis-selected')
    await expectCleanPage(page, problems)
  })

  it('keeps the timeline still when an event opens: the clicked item stays under the pointer', async () => {
    const target = event('2018-07-31-kono-lavrov-meeting')
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    const hint = page.locator('.detail-placeholder')
    await hint.getByText('No event selected').waitFor({ state: 'visible', ...SETTLE })
    const before = await item(page, target.id).boundingBox()
    const width = await page.locator('.vis-timeline').evaluate((el) => el.getBoundingClientRect().width)
    await clickItem(page, target.id)
    await expectPanel(page, target, 'en')
    expect(await hint.count()).toBe(0)
    expect(await page.locator('.vis-timeline').evaluate((el) => el.getBoundingClientRect().width)).toBe(width)
    expect(await item(page, target.id).boundingBox()).toEqual(before)
    await expectCleanPage(page, problems)
  })

  it('switches the interface, event titles, the panel date and the axis months to Russian', async () => {
    const meeting = event(MEETING)
    const { page, problems } = await session.open(`?event=${MEETING}&from=2019-01-01&to=2019-12-31`)
    await expectPanel(page, meeting, 'en')
    await page.getByRole('radio', { name: 'Русский' }).check()

    await expect.poll(() => page.locator('html').getAttribute('lang'), SETTLE).toBe('ru')
    await page.getByRole('radiogroup', { name: 'Язык' }).waitFor(SETTLE)
    await page.getByRole('radiogroup', { name: 'Вид' }).waitFor(SETTLE)
    await page.getByRole('region', { name: 'Хронология' }).waitFor(SETTLE)
    for (const name of ['Приблизить', 'Отдалить', 'Показать всё', 'Копировать ссылку', 'Показ']) {
      await page.getByRole('button', { name, exact: true }).waitFor(SETTLE)
    }
    for (const topic of dataset.topics) {
      await page.getByRole('checkbox', { name: topic.label.ru, exact: true }).waitFor(SETTLE)
    }
    await expectPanel(page, meeting, 'ru')
    expect(await detailPanel(page, meeting.title.ru).locator('time').first().innerText()).toBe('11 июня 2019 г.')
    await expect.poll(() => item(page, MEETING).innerText(), SETTLE).toBe(meeting.title.ru)

    // A one-year window: the finer scale of the axis names the months.
    await expect
      .poll(async () => (await minorAxisLabels(page)).filter((label) => RUSSIAN_MONTH.test(label)).length, SETTLE)
      .toBeGreaterThanOrEqual(3)
    expect((await minorAxisLabels(page)).filter((label) => !RUSSIAN_MONTH.test(label))).toEqual([])
    await expect.poll(() => urlParams(page).get('lang'), SETTLE).toBe('ru')
    await expectCleanPage(page, problems)
  })

  it('draws exactly the events of the one topic left in the filter', async () => {
    const topic = dataset.topics.find((t) => t.id === 'humanitarian')
    if (!topic) throw new Error('the dataset has no humanitarian topic')
    const expected = expectedEvents(dataset.events, { topics: [topic.id] }).map((e) => e.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(dataset.events.length)

    const { page, problems } = await session.open(`?${ALL}`)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(dataset.events.length)
    await filterToOneTopic(page, 'en', topic)

    await expect.poll(() => urlParams(page).get('topics'), SETTLE).toBe(topic.id)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(expected.length)
    expect(await renderedIds(page)).toEqual([...expected].sort())
    for (const other of dataset.topics.filter((t) => t.id !== topic.id)) {
      expect(await page.getByRole('checkbox', { name: other.label.en, exact: true }).isChecked()).toBe(false)
    }
    await expectCleanPage(page, problems)
  })

  it('keeps the axis whole while a filter changes the timeline height: every grid line reaches its bottom', async () => {
    // A topic with enough events in the window that the window stays where it is.
    const topic = dataset.topics.find((t) => t.id === 'political-dialogue')
    if (!topic) throw new Error('the dataset has no political-dialogue topic')
    // A one-year window: the axis names the months.
    const { page, problems } = await session.open('?from=2019-01-01&to=2019-12-31')
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBeGreaterThan(2)
    /** The items' height, and how far each vertical grid line's end is from the bottom of the items' panel. */
    const geometry = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
        const lines = [...document.querySelectorAll('.vis-time-axis .vis-grid.vis-vertical')]
        return {
          height: Math.round(panel.height),
          lines: lines.length,
          gaps: lines.map((line) => Math.round(Math.abs(line.getBoundingClientRect().bottom - panel.bottom))),
        }
      })
    const before = await geometry()
    const labels = await minorAxisLabels(page)
    expect(before.lines).toBeGreaterThan(2)
    expect(Math.max(...before.gaps)).toBeLessThanOrEqual(2)

    await filterToOneTopic(page, 'en', topic)
    await expect.poll(async () => (await geometry()).height, SETTLE).toBeLessThan(before.height)
    const filtered = await geometry()
    expect(Math.max(...filtered.gaps)).toBeLessThanOrEqual(2)
    expect(await minorAxisLabels(page)).toEqual(labels)

    // The labels themselves are drawn again for a new language.
    await page.getByRole('radio', { name: 'Русский' }).check()
    await expect
      .poll(async () => (await minorAxisLabels(page)).filter((label) => RUSSIAN_MONTH.test(label)).length, SETTLE)
      .toBe(labels.length)
    await page.getByRole('button', { name: 'Все', exact: true }).click()
    // Back in English, as before: Russian titles are longer, so the same events may stack into more rows.
    await page.getByRole('radio', { name: 'English' }).check()
    await expect.poll(async () => (await geometry()).height, SETTLE).toBe(before.height)
    expect(Math.max(...(await geometry()).gaps)).toBeLessThanOrEqual(2)
    await expectCleanPage(page, problems)
  })

  it('restores the selection, the topic filter and the language from the link, on reload and in a fresh browser', async () => {
    const target = event('2019-05-31-kono-lavrov-tokyo')
    const humanitarian = dataset.topics.find((t) => t.id === 'humanitarian')!
    const { page, problems } = await session.open('?from=2019-04-01&to=2019-08-31')
    await clickItem(page, target.id)
    await page.getByRole('radio', { name: 'Русский' }).check()
    await filterToOneTopic(page, 'ru', humanitarian)
    await expect.poll(() => urlParams(page).get('topics'), SETTLE).toBe(humanitarian.id)
    const link = page.url()
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(target.id)
    await expect.poll(() => urlParams(page).get('lang'), SETTLE).toBe('ru')

    async function expectSameView(p: Page) {
      await expectPanel(p, target, 'ru')
      await expect.poll(() => p.locator('html').getAttribute('lang'), SETTLE).toBe('ru')
      expect(await p.getByRole('radio', { name: 'Русский' }).isChecked()).toBe(true)
      for (const topic of dataset.topics) {
        const box = p.getByRole('checkbox', { name: topic.label.ru, exact: true })
        expect(await box.isChecked(), topic.id).toBe(topic.id === humanitarian.id)
      }
      await expect.poll(() => item(p, target.id).getAttribute('class'), SETTLE).toContain('vis-selected')
      expect(await item(p, target.id).innerText()).toBe(target.title.ru)
    }

    await page.reload()
    await expectSameView(page)
    await expect.poll(() => page.url(), SETTLE).toBe(link)
    await expectCleanPage(page, problems)

    const fresh = await session.open(link.slice(link.indexOf('?')))
    await expectSameView(fresh.page)
    await expectCleanPage(fresh.page, fresh.problems)
  })

  it('steps back through the selections with the back button', async () => {
    const [first, second] = [event('2018-07-31-kono-lavrov-meeting'), event('2018-11-14-putin-abe-singapore')]
    const { page, problems } = await session.open('?from=2018-06-15&to=2018-12-31')
    await clickItem(page, first.id)
    await expectPanel(page, first, 'en')
    await clickItem(page, second.id)
    await expectPanel(page, second, 'en')
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(second.id)

    await page.goBack()
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(first.id)
    await expectPanel(page, first, 'en')
    await expect.poll(() => item(page, first.id).getAttribute('class'), SETTLE).toContain('vis-selected')

    await page.goBack()
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBeNull()
    await detailPanel(page, first.title.en).waitFor({ state: 'detached', ...SETTLE })

    await page.goForward()
    await expectPanel(page, first, 'en')
    await expectCleanPage(page, problems)
  })

  it('walks from the first event to the last with the keyboard alone, each in view; Enter opens, Esc closes and returns focus', async () => {
    // The first view (dense window, no from/to): the selection must be brought into view as it moves.
    const { page, problems } = await session.open()
    const region = page.getByRole('region', { name: 'Timeline' })
    await timelineItems(page).first().waitFor(SETTLE)
    expect(await tabTo(page, region)).toBe(true)

    for (const e of dataset.events) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => eventInUrl(page, problems), SETTLE).toBe(e.id)
      await expect
        .poll(() => detailPanel(page, e.title.en).getByRole('heading', { level: 2 }).innerText(), SETTLE)
        .toBe(e.title.en)
      await expect.poll(() => inView(page, e.id, problems), SETTLE).toBe(true)
    }
    const last = dataset.events.at(-1)!
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => eventInUrl(page, problems)).toBe(last.id)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => eventInUrl(page, problems), SETTLE).toBe(dataset.events.at(-2)!.id)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => item(page, last.id).getAttribute('class'), SETTLE).toContain('vis-selected')

    const heading = detailPanel(page, last.title.en).getByRole('heading', { level: 2 })
    await page.keyboard.press('Enter')
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement), SETTLE).toBe(true)
    await page.keyboard.press('Escape')
    await detailPanel(page, last.title.en).waitFor({ state: 'detached', ...SETTLE })
    // The history is written one task after the change (ADR 0005).
    await expect.poll(() => eventInUrl(page, problems), SETTLE).toBeNull()
    await expect.poll(() => region.evaluate((el) => el === document.activeElement), SETTLE).toBe(true)
    await expectCleanPage(page, problems)
  })

  it('goes to the selected event when it lies outside the window', async () => {
    const meeting = event(MEETING)
    const { page, problems } = await session.open(`?event=${MEETING}&from=2013-01-01&to=2013-12-31`)
    await expectPanel(page, meeting, 'en')
    expect(await inView(page, MEETING)).toBe(false)
    await page.getByRole('button', { name: 'Go to selected', exact: true }).click()
    await expect.poll(() => inView(page, MEETING, problems), SETTLE).toBe(true)
    await expectPanel(page, meeting, 'en')
    await expectCleanPage(page, problems)
  })

  it('zooms in and out with the buttons and with + and − on the focused timeline; Fit all shows more', async () => {
    const { page, problems } = await session.open('?from=2019-01-01&to=2019-12-31')
    const gap = () => pixelsBetween(page, '2019-05-31-kono-lavrov-tokyo', '2019-06-29-putin-abe-osaka')
    await expect.poll(gap, SETTLE).toBeGreaterThan(0)
    const ofYear = await gap()
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
    await expect.poll(gap, SETTLE).toBeGreaterThan(ofYear)
    const zoomedIn = await gap()
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click()
    await expect.poll(gap, SETTLE).toBeLessThan(zoomedIn)
    await page.getByRole('region', { name: 'Timeline' }).focus()
    const before = await gap()
    await page.keyboard.press('+')
    await expect.poll(gap, SETTLE).toBeGreaterThan(before)
    const plus = await gap()
    await page.keyboard.press('-')
    await expect.poll(gap, SETTLE).toBeLessThan(plus)
    await page.getByRole('button', { name: 'Fit all', exact: true }).click()
    await expect.poll(gap, SETTLE).toBeLessThan(ofYear)
    await expectCleanPage(page, problems)
  })

  it('groups the items by topic from a link, and ungroups them with the grouping choice', async () => {
    const { page, problems } = await session.open(`?group=topic&${ALL}`)
    await expect.poll(() => groupLabels(page), SETTLE).toEqual(TOPIC_GROUPS)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(TOPIC_ROWS)
    await page.getByRole('combobox', { name: 'Group' }).selectOption('')
    await expect.poll(() => urlParams(page).get('group'), SETTLE).toBeNull()
    await expect.poll(() => groupLabels(page), SETTLE).toEqual([])
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(dataset.events.length)
    await expectCleanPage(page, problems)
  })

  it('groups the drawn items by topic when the grouping choice changes', async () => {
    const { page, problems } = await session.open(`?${ALL}`)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(dataset.events.length)
    expect(await groupLabels(page)).toEqual([])
    await page.getByRole('combobox', { name: 'Group' }).selectOption('topic')
    await expect.poll(() => urlParams(page).get('group'), SETTLE).toBe('topic')
    await expect.poll(() => groupLabels(page), SETTLE).toEqual(TOPIC_GROUPS)
    await expect.poll(() => timelineItems(page).count(), SETTLE).toBe(TOPIC_ROWS)
    await expectCleanPage(page, problems)
  })
})

/** True when the event's item is drawn and at least partly inside the time axis; throws if the page crashed. */
async function inView(page: Page, id: string, problems?: PageProblems): Promise<boolean> {
  if (problems) eventInUrl(page, problems)
  const { axis, items } = await measureTimeline(page)
  return items.some((i) => i.id === id && i.right > axis.left && i.left < axis.right)
}

/** The group labels of a grouped timeline (vis-timeline keeps one empty label when ungrouped). */
function groupLabels(page: Page): Promise<string[]> {
  return page
    .locator('.vis-labelset .vis-label')
    .evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? '').filter(Boolean))
}

/** Horizontal distance in CSS pixels between two drawn items (points: their dots); NaN while either is not drawn. */
async function pixelsBetween(page: Page, a: string, b: string): Promise<number> {
  const { items } = await measureTimeline(page)
  const left = (id: string) => items.find((i) => i.id === id)?.left ?? Number.NaN
  return Math.abs(left(b) - left(a))
}
