/**
 * Security in real Chromium. The app is built on the hostile corpus (tests/fixtures/hostile/:
 * markup, script, `javascript:` text, RTL overrides, 100 KB strings in every text field) and served
 * under the production Content-Security-Policy: every view renders that content as inert text. No
 * script runs, no element is injected, no request leaves 127.0.0.1, no policy violation, no
 * horizontal overflow at 360 and 1920 px. The project's own app makes no request to another origin
 * in any view either.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LONG_CYRILLIC_WORD, fit, markup, unicode } from '../fixtures/hostile/generate'
import { readBuiltEvents } from './app'
import { buildDir } from '../../src/pipeline/paths'
import { policyMetaOf } from '../../src/pipeline/csp'
import { serveDist, type ServedDist } from '../../src/pipeline/serve-dist'
import { afterPaint, baseUrl, browserPerFile, expectCleanPage, gotoSettled, watchPage, type Page } from './browser'
import { HOST } from '../setup/free-port'

const HOSTILE_DATA = 'tests/fixtures/hostile'
const SETTLE = { timeout: 15_000 }

const session = browserPerFile()
let served: ServedDist | undefined
let hostileUrl: string
/** The policy the hostile build's index.html carries as a meta tag. */
let hostilePolicy: string | null = null

beforeAll(async () => {
  // The same command a user would run: `TIMELINE_DATA=tests/fixtures/hostile npm run build`.
  const built = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, TIMELINE_DATA: HOSTILE_DATA },
    encoding: 'utf8',
    timeout: 110_000,
  })
  if (built.status !== 0) throw new Error(`building on the hostile corpus failed:\n${built.stdout}\n${built.stderr}`)
  served = await serveDist(path.resolve(HOSTILE_DATA, 'dist'))
  hostilePolicy = policyMetaOf(fs.readFileSync(path.resolve(HOSTILE_DATA, 'dist', 'index.html'), 'utf8'))
  if (hostilePolicy === null) throw new Error('the hostile build has no Content-Security-Policy meta tag')
  hostileUrl = served.url
})
afterAll(async () => {
  await served?.server.close()
})

interface Watch {
  dialogs: string[]
  foreignRequests: string[]
  pageErrors: string[]
}

declare global {
  interface Window {
    __pwned?: unknown
    __violations?: string[]
  }
}

/** A page on the hostile build that records dialogs, page errors and CSP violations, and stops every request to another host. */
async function hostilePage(width = 1280, height = 800): Promise<{ page: Page; watch: Watch }> {
  const context = await session.context({ viewport: { width, height } })
  const watch: Watch = { dialogs: [], foreignRequests: [], pageErrors: [] }
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === HOST) return route.continue()
    watch.foreignRequests.push(route.request().url())
    return route.abort()
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)))
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations?.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`)
    })
  })
  return { page, watch }
}

async function open(page: Page, query: string): Promise<void> {
  await gotoSettled(page, `${hostileUrl}/${query}`)
}

/** Elements that only exist when data was parsed as HTML, and the marks a payload leaves when it runs. */
async function inertness(page: Page) {
  return page.evaluate((ownPolicy) => {
    const injected = [
      ...document.querySelectorAll(
        'script:not([src]), script[src*="evil"], img[src*="evil"], iframe, svg[onload], [onerror], [onload], [onclick], [onmouseover], a[href^="javascript:" i], base, meta[http-equiv], link[href*="evil"]',
      ),
    ]
      // The build's own policy tag, in the head, is the one meta http-equiv there must be.
      .filter((element) => !(element.parentElement === document.head && element.getAttribute('content') === ownPolicy))
      .map((element) => element.outerHTML.slice(0, 120))
    const styles = [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('body{display:none}'))
    return {
      injected: [...injected, ...styles.map((s) => s.outerHTML.slice(0, 120))],
      pwned: window.__pwned ?? null,
      violations: window.__violations ?? [],
    }
  }, hostilePolicy)
}

async function expectInert(page: Page, watch: Watch): Promise<void> {
  expect({ ...(await inertness(page)), ...watch }).toEqual({
    injected: [],
    pwned: null,
    violations: [],
    dialogs: [],
    foreignRequests: [],
    pageErrors: [],
  })
}

const VIEWS = [
  '',
  '?event=hostile-markup',
  '?event=hostile-long',
  '?event=hostile-unicode',
  '?event=hostile-empty',
  '?group=topic',
  '?view=list',
  '?view=list&event=hostile-markup',
  '?view=documents',
  '?doc=hostile-en',
  '?view=documents&doc=hostile-ru',
  '?q=script',
  '?bi=1&event=hostile-markup',
  '?present=1',
  '?present=2',
]
const LANGS = ['en', 'ru'] as const
const withLang = (query: string, lang: string) => (query === '' ? `?lang=${lang}` : `${query}&lang=${lang}`)

describe('the app built on the hostile corpus', () => {
  it.each(LANGS.flatMap((lang) => VIEWS.map((query) => [withLang(query, lang)])))(
    '%s renders the data as inert text',
    async (query) => {
      const { page, watch } = await hostilePage()
      await open(page, query)
      await expectInert(page, watch)
    },
  )

  it.each(LANGS)('shows the hostile title verbatim, as text, in the detail panel (%s)', async (lang) => {
    const { page, watch } = await hostilePage()
    await open(page, `?event=hostile-markup&lang=${lang}`)
    const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
    await expect.poll(() => heading.textContent(), SETTLE).toBe(fit(markup(`event.title.${lang}`), 'title'))
    await open(page, `?event=hostile-unicode&lang=${lang}`)
    await expect.poll(() => heading.textContent(), SETTLE).toBe(fit(unicode(`event.title.${lang}`), 'title'))
    await expectInert(page, watch)
  })

  it('stays inert while the user hovers, clicks and presses keys on every timeline item', async () => {
    const { page, watch } = await hostilePage()
    await open(page, '?lang=en&from=2017-06-01&to=2019-12-31')
    const items = page.locator('.vis-timeline .vis-item[data-event-id]')
    await expect.poll(() => items.count(), SETTLE).toBeGreaterThan(0)
    for (const item of await items.all()) {
      await item.hover({ force: true })
      await item.click({ force: true })
      await page.keyboard.press('Enter')
      await afterPaint(page)
    }
    await expectInert(page, watch)
  })

  it('lays out and prints a 200,000-letter Cyrillic word: long words get break opportunities', async () => {
    const { page, watch } = await hostilePage(1280, 800)
    // Before <wbr> broke such runs, a page with this word did not show within 30 s (16.5 s per layout).
    await open(page, '?doc=hostile-ru&lang=ru')
    const text = page.locator('.document-text')
    await text.waitFor({ state: 'visible', ...SETTLE })
    const drawn = await text.evaluate((element) => ({
      hasWord: element.textContent?.includes('Длинное') ?? false,
      breaks: element.querySelectorAll('wbr').length,
      overflow: element.scrollWidth > element.clientWidth + 1,
    }))
    expect(drawn).toEqual({ hasWord: true, breaks: Math.ceil(LONG_CYRILLIC_WORD.length / 32) - 1, overflow: false })
    // The handout prints every event: printing must finish too (it never did in 180 s).
    await page.emulateMedia({ media: 'print' })
    expect((await page.pdf()).byteLength).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'screen' })
    await open(page, '?view=list&lang=ru&event=hostile-cyrillic')
    const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
    await heading.waitFor({ state: 'visible', ...SETTLE })
    expect(await heading.locator('wbr').count()).toBeGreaterThan(0)
    await expectInert(page, watch)
  })

  const LAYOUTS = [
    '?lang=en',
    '?event=hostile-long&lang=en',
    '?event=hostile-markup&lang=ru',
    '?view=list',
    '?doc=hostile-en',
  ]
  it.each([360, 1920].flatMap((width) => LAYOUTS.map((query) => [width, query] as const)))(
    'at %i px, %s has no horizontal overflow and keeps the panel and headings inside the viewport',
    async (width, query) => {
      const { page, watch } = await hostilePage(width, 800)
      await open(page, query)
      const layout = await page.evaluate(() => {
        const root = document.documentElement
        const viewport = root.clientWidth
        const outside = (element: Element) => {
          const box = element.getBoundingClientRect()
          return box.width > 0 && (box.left < -1 || box.right > viewport + 1)
        }
        const describe = (element: Element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 60)
        return {
          overflow: root.scrollWidth > viewport ? `scrollWidth ${root.scrollWidth} > ${viewport}` : null,
          headingsOutside: [...document.querySelectorAll('h1, h2, h3, [role="heading"]')].filter(outside).map(describe),
          panelsOutside: [...document.querySelectorAll('aside, [role="complementary"], [role="dialog"]')]
            .filter(outside)
            .map(describe),
        }
      })
      expect(layout).toEqual({ overflow: null, headingsOutside: [], panelsOutside: [] })
      if (query.includes('event=')) await page.getByRole('complementary').first().waitFor({ state: 'visible' })
      await expectInert(page, watch)
    },
  )
})

function readBuiltDocuments(): string[] {
  const file = path.join(buildDir(), 'dataset.json')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id)
}

describe('the project app', () => {
  const QUERIES = [
    '?lang=en',
    '?lang=ru&view=list',
    '?view=documents',
    '?q=zzzzqqq',
    '?present=1',
    '?group=topic&lang=ru',
    `?event=${readBuiltEvents()[0]?.id ?? ''}`,
    `?doc=${readBuiltDocuments()[0] ?? ''}`,
  ]
  it.each(QUERIES)('%s asks no other origin for anything (fonts and icons are bundled)', async (query) => {
    const page = await (await session.context()).newPage()
    const problems = await watchPage(page)
    await gotoSettled(page, `${baseUrl()}/${query}`)
    await expectCleanPage(page, problems)
  })
})
