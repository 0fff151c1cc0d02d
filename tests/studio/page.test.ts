/**
 * The studio's page in real Chromium (playwright-core), against a studio on a temporary copy of the good fixture:
 * the contract's labels, a document saved, an invalid field shown at the field, a concurrent change refused with
 * the form kept. Small enough for the unit project: it needs no build of the app.
 */
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startStudio, type Studio } from '../../src/studio/server/app'
import { launchBrowser } from '../e2e/browser'
import { dataCopy, withVocabularyHints } from './folder'

let browser: Browser
let studio: Studio | undefined
beforeAll(async () => {
  browser = await launchBrowser()
}, 60_000)
afterAll(() => browser.close())
afterEach(() => studio?.close())

async function openStudio(prepare?: (dir: string) => void): Promise<{ page: Page; dir: string }> {
  const dir = dataCopy()
  prepare?.(dir)
  studio = await startStudio({ dataDir: dir, port: 0, token: 'c'.repeat(48) })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(studio.url)
  await page.getByRole('button', { name: 'Add document' }).waitFor()
  expect(errors).toEqual([])
  return { page, dir }
}

const TEXT = 'On 6 May 2016 the leaders met in Sochi and agreed on a new approach.\n'

describe('the studio page', { timeout: 60_000 }, () => {
  it('adds a document from pasted text with the contract labels', async () => {
    const { page, dir } = await openStudio()
    await page.getByRole('button', { name: 'Add document' }).click()
    await page.getByLabel('Text', { exact: true }).fill(TEXT)
    await page.getByLabel('Text', { exact: true }).blur()
    // The day the text says is offered, not typed.
    await expect.poll(() => page.getByLabel('Published').inputValue()).toBe('2016-05-06')
    await page.getByLabel('Publisher (English)').fill('MOFA')
    await page.getByLabel('Publisher (English)').blur()
    await expect.poll(() => page.getByLabel('Document id').inputValue()).toBe('mofa-2016-05-06-en')
    await expect.poll(() => page.getByLabel('Language').inputValue()).toBe('en')
    await page.getByLabel('Title (English)').fill('Summit in Sochi')
    await page.getByLabel('Title (Russian)').fill('Встреча в Сочи')
    await page.getByRole('button', { name: 'Save document' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Saved mofa-2016-05-06-en/)
    expect(fs.readFileSync(path.join(dir, 'sources/mofa-2016-05-06-en.txt'), 'utf8')).toBe(TEXT)
  })

  it('shows an invalid field at the field, and refuses a save over a change on disk keeping the form', async () => {
    const { page, dir } = await openStudio()
    await page.getByRole('button', { name: 'New event' }).click()
    await page.getByLabel('Event id').fill('2017-11-24-groups')
    await page.getByLabel('Date').fill('2017-11-24')
    await page.getByLabel('Title (English)').fill('Two working groups formed')
    await page.getByLabel('Topics').selectOption('joint-economic-activities')
    await page.getByLabel('Quote', { exact: true }).fill('their meeting will be held in December')
    await page.getByRole('button', { name: 'Save event' }).click()
    const summary = page.getByLabel('Summary (English)')
    await expect.poll(() => summary.getAttribute('aria-invalid')).toBe('true')
    const note = await summary.getAttribute('aria-describedby')
    expect(await page.locator(`#${note}`).textContent()).toMatch(/empty/)

    await page.getByLabel('Summary (English)').fill('The working groups will meet in December.')
    await page.getByLabel('Summary (Russian)').fill('Рабочие группы встретятся в декабре.')
    await page.getByLabel('Title (Russian)').fill('Созданы две рабочие группы')
    await page.getByLabel('Quote translation').fill('их заседание пройдёт в декабре')
    fs.appendFileSync(path.join(dir, 'events/2017.yaml'), '# changed by another editor\n')
    await page.getByRole('button', { name: 'Save event' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/changed on disk/)
    expect(await page.getByLabel('Quote translation').inputValue()).toBe('их заседание пройдёт в декабре')
    expect(fs.readFileSync(path.join(dir, 'events/2017.yaml'), 'utf8')).toMatch(/# changed by another editor\n$/)
  })
  it('has no axe (WCAG 2.2 AA) violation with either form open, problems shown', async () => {
    const { page } = await openStudio()
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
    for (const name of ['Add document', 'New event']) {
      await page.getByRole('button', { name }).click()
      await page.getByRole('button', { name: name === 'New event' ? 'Save event' : 'Save document' }).click()
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Not saved/)
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })

  it('reads a document marked, and makes an event of a sentence without the mouse', async () => {
    const { page } = await openStudio(withVocabularyHints)
    // Tab reaches every control of the page: the toolbar, the document, the sentence list, the reader.
    const reached = new Set<string>()
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ''))
    }
    expect([...reached]).toEqual(expect.arrayContaining(['open-document', 'open-event', 'read-document', 'sentence']))
    await page.focus('#read-document')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.locator('#reader mark.date').count()).toBe(2)
    expect(await page.locator('#reader .date-label').allTextContents()).toEqual(['[December 2017]', '[December 2017]'])
    expect(await page.locator('#reader .quote-link').first().textContent()).toBe('→ 2017-12-working-groups')
    // Text of the document is text: markup in it would be elements otherwise.
    expect(await page.locator('#reader img').count()).toBe(0)

    // A sentence chosen with the arrow keys is the passage; the event quoting it is listed as likely the same.
    await page.focus('#sentence')
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowDown')
      const chosen = await page.locator('#sentence').inputValue()
      const text = await page.locator(`#sentence option[value="${chosen}"]`).textContent()
      if (text?.startsWith('Two working groups were formed')) break
    }
    await expect.poll(() => page.locator('#selection-text').textContent()).toMatch(/^“Two working groups were formed/)
    await expect.poll(() => page.locator('#likely li').count()).toBe(1)
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
    const axe = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    expect(await axe()).toEqual([])
    await page.getByRole('button', { name: 'New event' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByLabel('Date').inputValue()).toBe('2017-12')
    expect(await page.getByLabel('Quote', { exact: true }).inputValue()).toMatch(/^Two working groups were formed/)
    expect(await page.locator('#ev-quote-check').textContent()).toBe('Verbatim in news-2017-en.')
    await page.getByLabel('Quote', { exact: true }).fill('Two working groups were made')
    expect(await page.locator('#ev-quote-check').textContent()).toBe('Not verbatim in news-2017-en.')
    expect(await page.getByLabel('Different from').inputValue()).toBe('2017-12-working-groups')
    // The id follows the English title as it is typed, and never takes one the folder has.
    await page.getByLabel('Title (English)').fill('The working groups')
    expect(await page.getByLabel('Event id').inputValue()).toBe('2017-12-working-groups-2')
    // A person missing from the vocabularies is added from the form, and chosen in it.
    await page.getByText('Add a person, place, topic or kind').click()
    await page.getByLabel('New entry id').fill('shinzo-abe')
    await page.getByLabel('Name in English').fill('Shinzo Abe')
    await page.getByLabel('Name in Russian').fill('Синдзо Абэ')
    await page.getByRole('button', { name: 'Add to the list' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Added shinzo-abe to people.yaml.')
    expect(
      await page.getByLabel('People').evaluate((s: HTMLSelectElement) => [...s.selectedOptions].map((o) => o.value)),
    ).toEqual(['sergey-lavrov', 'shinzo-abe'])
    await page.getByLabel('Title (Russian)').focus()
    // The other language's names are offered: the Russian title is focused, the name goes in at the cursor.
    await page.getByRole('button', { name: 'Insert Сергей Лавров' }).click()
    expect(await page.getByLabel('Title (Russian)').inputValue()).toBe('Сергей Лавров')
    expect(await axe()).toEqual([])

    const quoted = page.locator('#sentence option', { hasText: 'We supported the proposal' })
    await page.getByLabel('Sentence', { exact: true }).selectOption((await quoted.getAttribute('value'))!)
    await expect.poll(() => page.locator('#likely li').count()).toBe(1)
    await page.getByRole('button', { name: 'Add as a source' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByLabel('Event', { exact: true }).inputValue()).toMatch(/^2017-12-working-groups /)
    expect(await axe()).toEqual([])
  })

  it('speaks Russian when asked, forms included, and keeps what was typed; axe finds nothing', async () => {
    const { page } = await openStudio(withVocabularyHints)
    await page.getByRole('button', { name: 'Add document' }).click()
    await page.getByLabel('Title (English)').fill('Summit in Sochi')
    await page.getByRole('button', { name: 'Русский' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Студия хронологии')
    expect(await page.getByLabel('Заголовок (английский)').inputValue()).toBe('Summit in Sochi')
    await page.getByLabel('Документ для чтения').selectOption('news-2017-en')
    await expect.poll(() => page.locator('#reader mark.date').count()).toBe(2)
    await page.getByLabel('Предложение', { exact: true }).selectOption({ index: 3 })
    await expect.poll(() => page.locator('#selection-text').textContent()).toContain('Новое событие')
    await page.getByRole('button', { name: 'Новое событие' }).click()
    await expect.poll(() => page.getByLabel('Перевод цитаты').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Сохранить событие' }).count()).toBe(1)
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    if (process.env.STUDIO_SHOTS) {
      await page.screenshot({ path: `${process.env.STUDIO_SHOTS}/studio-event-ru-desktop.png`, fullPage: true })
    }
    // Back to English: the contract's labels again.
    await page.getByRole('button', { name: 'English' }).click()
    expect(await page.getByLabel('Quote translation').count()).toBe(1)
  })

  it('reads dates out in Russian in the Russian page: the uncovered list and the date choices', async () => {
    const { page } = await openStudio()
    await page.getByRole('button', { name: 'Русский' }).click()
    await page.getByRole('button', { name: 'Добавить документ' }).click()
    const text = 'On 6 May 2016 the leaders met in Sochi and agreed to meet again in September.\n'
    await page.getByLabel('Текст', { exact: true }).fill(text)
    await page.getByLabel('Текст', { exact: true }).blur()
    await expect.poll(() => page.getByLabel('Опубликован').inputValue()).toBe('2016-05-06')
    await page.getByLabel('Идентификатор документа').fill('mofa-2016-05-06-en')
    await page.getByLabel('Заголовок (английский)').fill('Summit in Sochi')
    await page.getByLabel('Заголовок (русский)').fill('Встреча в Сочи')
    await page.getByRole('button', { name: 'Сохранить документ' }).click()
    const uncovered = page.locator('#uncovered li > span')
    await expect
      .poll(() => uncovered.allTextContents())
      .toEqual(['“On 6 May 2016” → 6 мая 2016 г. ', '“in September” → сентябрь 2016 г. '])
    await page.getByLabel('Предложение', { exact: true }).selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Новое событие' }).click()
    const choices = page.locator('#ev-date-choices button')
    await expect
      .poll(() => choices.allTextContents())
      .toEqual(['6 мая 2016 г. (“On 6 May 2016”)', 'сентябрь 2016 г. (“in September”)'])
    // Back in English, the list reads them in English again.
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => uncovered.first().textContent()).toBe('“On 6 May 2016” → 6 May 2016 ')
  })
})
