/**
 * The acceptance scenarios of issues 3 and 4, tried as a new user would in real Chromium: every step through
 * the interface, the link taken from the clipboard after "Copy link", and opened in a fresh browser profile.
 */
import { describe, expect, it } from 'vitest'
import {
  SETTLE,
  browserSession,
  copyLink,
  detailPanel,
  eventInUrl,
  expectedEvents,
  filterToOneTopic,
  listIds,
  readBuiltDataset,
  setPeriod,
  tabTo,
  tickFacet,
  timelineItems,
  uiText,
  urlParams,
} from './app'
import { expectCleanPage, type Page } from './browser'

const dataset = readBuiltDataset()
const session = browserSession()
const MEETING = dataset.events.find((e) => e.id === '2019-06-11-working-group-projects')!
const HUMANITARIAN = dataset.topics.find((t) => t.id === 'humanitarian')!

function params(page: Page): Record<string, string> {
  return Object.fromEntries(urlParams(page))
}

/**
 * The events drawn inside the timeline's window (items kept just outside it, in the level of detail's margin,
 * depend on where the window came from, not on what the link shows).
 */
function drawnIds(page: Page): Promise<string[]> {
  return timelineItems(page).evaluateAll((els) => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect()
    return els
      .filter((el) => {
        const box = (el.querySelector('.vis-dot') ?? el).getBoundingClientRect()
        return box.right > panel.left && box.left < panel.right
      })
      .map((el) => (el as HTMLElement).dataset.eventId ?? '')
      .sort()
  })
}

/** What a user sees of the interface's state: language, view, topics ticked, the open panel. */
async function visibleState(page: Page) {
  await expect.poll(() => page.locator('html').getAttribute('lang'), SETTLE).toBe('ru')
  const topics: string[] = []
  for (const topic of dataset.topics) {
    const box = page.getByRole('checkbox', { name: topic.label.ru, exact: true })
    if (await box.isChecked()) topics.push(topic.id)
  }
  const views = page.getByRole('radiogroup', { name: 'Вид' })
  let view = ''
  for (const name of ['Хронология', 'Список', 'Документы']) {
    if (await views.getByRole('radio', { name, exact: true }).isChecked()) view = name
  }
  const heading = page
    .getByRole('complementary')
    .or(page.getByRole('dialog'))
    .getByRole('heading', { level: 2 })
    .first()
  return {
    russian: await page.getByRole('radio', { name: 'Русский' }).isChecked(),
    view,
    topics,
    panel: (await heading.count()) > 0 ? await heading.innerText() : null,
  }
}

describe('acceptance', () => {
  it('issue 3: Russian, the 11 June 2019 meeting chosen by keyboard, humanitarian topic, copied link → the same view in a fresh browser', async () => {
    const { page, problems } = await session.open()
    await page.getByRole('radio', { name: 'Русский' }).check()
    await page.getByRole('region', { name: 'Хронология' }).waitFor(SETTLE)
    await timelineItems(page).first().waitFor(SETTLE)

    const region = page.getByRole('region', { name: 'Хронология' })
    expect(await tabTo(page, region)).toBe(true)
    for (let i = 0; i <= dataset.events.length && eventInUrl(page, problems) !== MEETING.id; i++) {
      const before = eventInUrl(page, problems)
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => eventInUrl(page, problems), SETTLE).not.toBe(before)
    }
    await expect.poll(() => urlParams(page).get('event'), SETTLE).toBe(MEETING.id)
    await page.keyboard.press('Enter')
    const panel = detailPanel(page, MEETING.title.ru)
    await panel.waitFor({ state: 'visible', ...SETTLE })
    expect(await panel.locator('time').first().innerText()).toBe('11 июня 2019 г.')

    await filterToOneTopic(page, 'ru', HUMANITARIAN)
    await expect.poll(() => urlParams(page).get('topics'), SETTLE).toBe(HUMANITARIAN.id)
    const humanitarian = expectedEvents(dataset.events, { topics: [HUMANITARIAN.id] }).map((e) => e.id)
    // The filter redraws the items in place; read them once two reads a moment apart agree.
    const settled = async () => {
      const first = await drawnIds(page)
      await page.waitForTimeout(300)
      const second = await drawnIds(page)
      return first.join() === second.join() && !first.includes(MEETING.id) ? first : null
    }
    await expect.poll(settled, SETTLE).not.toBeNull()
    const drawn = (await settled()) ?? []
    expect(drawn.every((id) => humanitarian.includes(id))).toBe(true)

    const link = await copyLink(page, 'ru')
    await expect.poll(() => page.url(), SETTLE).toBe(link)
    const seen = await visibleState(page)
    expect(seen).toEqual({ russian: true, view: 'Хронология', topics: [HUMANITARIAN.id], panel: MEETING.title.ru })
    await expectCleanPage(page, problems)

    const fresh = await session.open(new URL(link).search)
    await detailPanel(fresh.page, MEETING.title.ru).waitFor({ state: 'visible', ...SETTLE })
    expect(params(fresh.page)).toEqual(Object.fromEntries(new URL(link).searchParams))
    expect(await visibleState(fresh.page)).toEqual(seen)
    await expect.poll(() => drawnIds(fresh.page), SETTLE).toEqual(drawn)
    await expectCleanPage(fresh.page, fresh.problems)
  })

  it('issue 4: Russian search, the meeting, its quote in the document, planned events of 2019 in the list, shared → the same list in a fresh browser', async () => {
    const { page, problems } = await session.open()
    await page.getByRole('radio', { name: 'Русский' }).check()
    const searchbox = page.getByRole('searchbox', { name: 'Поиск' })
    await searchbox.fill('заседание')
    await page.getByRole('radio', { name: 'Список' }).check()
    const meetingEntry = page.getByRole('list', { name: 'События' }).locator(`[data-event-id="${MEETING.id}"]`)
    await expect.poll(() => listIds(page), SETTLE).not.toHaveLength(dataset.events.length)
    expect(await meetingEntry.locator('mark').count()).toBeGreaterThan(0)

    await meetingEntry.click()
    const panel = detailPanel(page, MEETING.title.ru)
    await panel.waitFor({ state: 'visible', ...SETTLE })
    await panel.getByRole('link', { name: uiText('ru', 'panel.openDocument'), exact: true }).click()
    const quote = page.locator('mark[aria-current="true"]')
    await quote.first().waitFor({ state: 'visible', ...SETTLE })
    expect((await quote.allInnerTexts()).join('').replace(/\s+/g, ' ')).toContain(
      MEETING.sources[0]!.quote.replace(/\s+/g, ' '),
    )

    await page.getByRole('radio', { name: 'Список' }).check()
    await searchbox.fill('')
    await tickFacet(page, 'ru', 'status', uiText('ru', 'features.filters.planned'))
    await setPeriod(page, 'ru', '2019-01-01', '2019-12-31')
    const planned2019 = expectedEvents(dataset.events, {
      status: 'planned',
      period: { from: '2019-01-01', to: '2019-12-31' },
    }).map((e) => e.id)
    expect(planned2019.length).toBeGreaterThan(0)
    await expect.poll(() => listIds(page), SETTLE).toEqual(planned2019)
    await expect
      .poll(() => params(page), SETTLE)
      .toMatchObject({ lang: 'ru', view: 'list', status: 'planned', period: '2019-01-01/2019-12-31' })
    await expect.poll(() => urlParams(page).get('q'), SETTLE).toBeNull()

    const link = await copyLink(page, 'ru')
    await expect.poll(() => page.url(), SETTLE).toBe(link)
    const seen = await visibleState(page)
    expect(seen).toMatchObject({ russian: true, view: 'Список' })
    await expectCleanPage(page, problems)

    const fresh = await session.open(new URL(link).search)
    await expect.poll(() => listIds(fresh.page), SETTLE).toEqual(planned2019)
    expect(params(fresh.page)).toEqual(Object.fromEntries(new URL(link).searchParams))
    expect(await visibleState(fresh.page)).toEqual(seen)
    await expectCleanPage(fresh.page, fresh.problems)
  })
})
