/** A shared link naming a topic the timeline does not have shows the timeline and a notice, not an empty page. */
import { describe, expect, it } from 'vitest'
import { readBuiltDataset, SETTLE, timelineItems, uiText, urlParams } from './app'
import { baseUrl, browserPerFile, expectCleanPage, openApp } from './browser'

const session = browserPerFile()
const dataset = readBuiltDataset()

describe('?topics=zz', () => {
  it.each(['en', 'ru'] as const)('shows the events of every topic and says zz is not one (%s)', async (lang) => {
    const page = await (await session.context()).newPage()
    const problems = await openApp(page, `?lang=${lang}&topics=zz`)
    const notice = page.getByRole('status', { name: uiText(lang, 'link.region') })
    const text = uiText(lang, 'link.unknown.topics_one').replace('{{ids}}', 'zz')
    await expect.poll(() => notice.textContent(), SETTLE).toContain(text)
    // Every topic's checkbox is ticked and the timeline draws events: the link's only topic was dropped.
    const topics = page.getByRole('group', { name: uiText(lang, 'filter.label') }).getByRole('checkbox')
    expect(await topics.count()).toBe(dataset.topics.length)
    for (const box of await topics.all()) expect(await box.isChecked()).toBe(true)
    expect(await timelineItems(page).count()).toBeGreaterThan(0)

    await notice.getByRole('button', { name: uiText(lang, 'link.dismiss') }).click()
    await expect.poll(() => notice.count(), SETTLE).toBe(0)
    expect(urlParams(page).has('topics')).toBe(false)
    expect(page.url()).toBe(`${baseUrl()}/?lang=${lang}`)
    await expectCleanPage(page, problems)
  })
})
