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
import { dataCopy } from './folder'

let browser: Browser
let studio: Studio | undefined
beforeAll(async () => {
  browser = await launchBrowser()
}, 60_000)
afterAll(() => browser.close())
afterEach(() => studio?.close())

async function openStudio(): Promise<{ page: Page; dir: string }> {
  const dir = dataCopy()
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
})
