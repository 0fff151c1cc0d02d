/**
 * The header on a phone: at 360×640 and 390×844, in both languages, a tap on the centre of every header
 * control lands on that control (nothing drawn over it), the "More" menu's actions too, and nothing makes
 * the page scroll sideways.
 */
import { describe, expect, it } from 'vitest'
import { afterPaint, browserPerFile, openApp, type Page } from './browser'

const session = browserPerFile()

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const
const cases = SIZES.flatMap((size) => (['en', 'ru'] as const).map((lang) => [size.width, size.height, lang] as const))

/** Each visible control in `scope` that a tap at its own centre does not reach, and any control past the viewport's edge. */
function unreachable(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const controls = document.querySelectorAll(
      `${selector} button, ${selector} input:not([type='radio']), ${selector} .segmented__option`,
    )
    const problems: string[] = []
    for (const control of controls) {
      const rect = control.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const name = (control.textContent || control.getAttribute('placeholder') || control.tagName).trim()
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      if (!hit || !control.contains(hit)) {
        const by = hit ? `${hit.tagName.toLowerCase()} "${(hit.textContent ?? '').trim().slice(0, 30)}"` : 'nothing'
        problems.push(`"${name}" is covered by ${by}`)
      }
      if (rect.left < 0 || rect.right > window.innerWidth) problems.push(`"${name}" runs past the edge`)
    }
    return problems
  }, scope)
}

describe('the header on a phone', () => {
  it.each(cases)('at %i×%i (%s) every control is reachable at its centre', async (width, height, lang) => {
    const page = await (await session.context({ viewport: { width, height } })).newPage()
    await openApp(page, `?lang=${lang}`)
    await afterPaint(page)
    expect(await unreachable(page, '.app-header')).toEqual([])
    const more = page.locator('.header-tools__toggle')
    await more.click()
    await page.locator('.header-tools__list--open').waitFor({ state: 'visible' })
    await afterPaint(page)
    const inMenu = await page.locator('.header-tools__list--open button').count()
    expect(inMenu).toBeGreaterThanOrEqual(4)
    expect(await unreachable(page, '.header-tools__list--open')).toEqual([])
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(sideways).toBeLessThanOrEqual(0)
  })

  it('the check sees a covered control (the probe itself works)', async () => {
    const page = await (await session.context({ viewport: { width: 360, height: 640 } })).newPage()
    await openApp(page, '?lang=ru')
    await page.evaluate(() => {
      const cover = document.createElement('div')
      cover.style.cssText = 'position:fixed;inset:0;z-index:99'
      document.body.append(cover)
    })
    expect((await unreachable(page, '.app-header')).length).toBeGreaterThan(0)
  })
})
