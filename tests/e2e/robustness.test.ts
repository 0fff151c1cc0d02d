/**
 * Robustness in real Chromium against the built app: bad links (unknown ids, garbage, 100 KB values,
 * repeated keys, broken escapes) and broken, foreign or unavailable localStorage never give a blank
 * page or an uncaught error: the header is there and the app still answers the keyboard.
 */
import { describe, expect, it } from 'vitest'
import { afterPaint, baseUrl, browserPerFile, watchPage, type Page } from './browser'

const SETTLE = { timeout: 15_000 }
const HUGE = 'x'.repeat(100_000)
/** 199 characters and an emoji: a 200-character cap that counts UTF-16 units cuts the emoji in half. */
const CUT_EMOJI = `${'a'.repeat(199)}😀`

const session = browserPerFile()

/** `beforeLoad` runs in the page before the app's own scripts (e.g. to fill or break localStorage). */
async function open(
  query: string,
  beforeLoad?: (arg: string) => void,
  arg = '',
): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await (await session.context()).newPage()
  const problems = await watchPage(page)
  if (beforeLoad) await page.addInitScript(beforeLoad, arg)
  await page.goto(`${baseUrl()}/${query}`)
  await page.waitForLoadState('networkidle')
  await afterPaint(page)
  return { page, pageErrors: problems.pageErrors }
}

/** Not blank: a heading is visible (the title, or a slide's in the presentation), there is text, and nothing threw. */
async function expectWorking(page: Page, pageErrors: string[]): Promise<void> {
  await page
    .getByRole('heading')
    .first()
    .waitFor({ state: 'visible', ...SETTLE })
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(50)
  expect(pageErrors).toEqual([])
}

const enc = encodeURIComponent
const BAD_LINKS: [string, string][] = [
  ['unknown event', '?event=no-such-event'],
  ['unknown document', '?doc=no-such-document'],
  ['unknown document in the reader', '?view=documents&doc=no-such-document'],
  ['unknown story', '?story=no-such-story&present=1'],
  ['garbage values', `?view=${enc('<script>')}&lang=xx&group=%00&topics=,,,&kind=${enc('"><img src=x>')}&status=maybe`],
  ['impossible dates', '?from=2019-02-30&to=2019-99-99&period=2020-01-01/2019-01-01'],
  ['broken percent escapes', '?q=%E0%A4%A&event=%ZZ&%=%&&&='],
  ['encoded lone surrogate', '?q=%ED%A0%80&event=%ED%A0%80'],
  // A server refuses a request line over ~16 KB (HTTP 431), so 100 KB values arrive by history below.
  ['10 KB values', `?q=${HUGE.slice(0, 10_000)}&event=${HUGE.slice(0, 3_000)}`],
  ['repeated keys', '?lang=ru&lang=en&view=list&view=timeline&event=a&event=b&q=one&q=two'],
  ['huge slide number', '?present=999999'],
  ['negative slide number', '?present=-1'],
  ['search cut inside an emoji', `?q=${enc(CUT_EMOJI)}`],
]

describe('bad links', () => {
  it.each(BAD_LINKS)('%s: the app still works', async (_name, query) => {
    const { page, pageErrors } = await open(query)
    await expectWorking(page, pageErrors)
  })

  it('100 KB values and a 100 KB key arriving by history (back/forward): the app still works', async () => {
    const { page, pageErrors } = await open('?lang=en')
    await expectWorking(page, pageErrors)
    for (const query of [`?q=${HUGE}&event=${HUGE}&doc=${HUGE}&from=${HUGE}&to=${HUGE}`, `?${HUGE}=1&lang=ru`]) {
      await page.evaluate((search) => {
        window.history.pushState(null, '', search)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, query)
      await afterPaint(page)
      await expectWorking(page, pageErrors)
    }
  })

  it('a search query cut inside an emoji does not break the next URL update', async () => {
    const { page, pageErrors } = await open(`?lang=en&q=${enc(CUT_EMOJI)}`)
    await expectWorking(page, pageErrors)
    // Any change writes the URL again, with the cut query in it.
    await page.getByRole('radio', { name: 'Русский' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('ru')
    expect(pageErrors).toEqual([])
  })
})

const LANGUAGE_KEY = 'negotiations-timeline:lang'
const THEME_KEY = 'negotiations-timeline:theme'

describe('localStorage', () => {
  const junk: [string, string][] = [
    ['broken JSON', '{"lang": '],
    ['another app', JSON.stringify({ version: 7, items: [1, 2, 3] })],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['100 KB', HUGE],
    ['a lone surrogate', '\uD800'],
  ]
  it.each(junk)('%s in every key the app reads: the app works with its defaults', async (_name, value) => {
    const keys = [LANGUAGE_KEY, THEME_KEY, 'i18nextLng']
    const { page, pageErrors } = await open(
      '',
      (arg) => {
        const { keys, value } = JSON.parse(arg) as { keys: string[]; value: string }
        for (const key of keys) window.localStorage.setItem(key, value)
      },
      JSON.stringify({ keys, value }),
    )
    await expectWorking(page, pageErrors)
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(en|ru)$/)
  })

  it('a stored language is used when it is valid', async () => {
    const { page, pageErrors } = await open('', (key) => window.localStorage.setItem(key, 'ru'), LANGUAGE_KEY)
    await expectWorking(page, pageErrors)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru')
  })

  it('disabled storage (every access throws): the app works and the language switch still switches', async () => {
    const { page, pageErrors } = await open('?lang=en', () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    await expectWorking(page, pageErrors)
    await page.getByRole('radio', { name: 'Русский' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('ru')
    expect(pageErrors).toEqual([])
  })

  it('full storage (every write throws): choosing a language and a theme still works', async () => {
    const { page, pageErrors } = await open('?lang=en', () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await expectWorking(page, pageErrors)
    await page.getByRole('radio', { name: 'Русский' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('ru')
    expect(pageErrors).toEqual([])
  })
})
