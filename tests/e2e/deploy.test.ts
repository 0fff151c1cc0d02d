/**
 * The hosted build on a host that adds nothing: dist/ served by a plain static server (tests/e2e/plain-server.ts,
 * no headers but Content-Type), at the site's root and under a subpath. The page's own meta tag is the whole
 * policy, and every view (timeline, list, documents, event, search, reader, presentation, print) runs under it
 * with no CSP violation, no console error, no failed or off-origin request.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appOutDir } from '../../src/pipeline/paths'
import { contentSecurityPolicy, policyMetaOf } from '../../src/pipeline/csp'
import { readBuiltDataset, SETTLE } from './app'
import {
  afterPaint,
  browserPerFile,
  expectCleanPage,
  gotoSettled,
  watchPage,
  type Page,
  type PageProblems,
} from './browser'
import { servePlain, type PlainServer } from './plain-server'

const session = browserPerFile()
const dataset = readBuiltDataset()
const firstEvent = dataset.events[0]
const firstDocument = dataset.documents[0]
if (!firstEvent || !firstDocument) throw new Error('the built dataset has no events or no documents')
/** A word of the first event's English title, so that the search finds something. */
const word = firstEvent.title.en.split(/[^A-Za-z]+/).find((w) => w.length >= 5) ?? 'Japan'

const VIEWS = [
  '',
  '?lang=ru',
  '?view=list',
  '?view=documents',
  '?group=topic',
  `?event=${firstEvent.id}`,
  `?view=list&q=${encodeURIComponent(word)}`,
  `?doc=${firstDocument.id}`,
  '?present=1',
  '?present=2&bi=1&lang=ru',
]

async function openAt(page: Page, url: string): Promise<PageProblems> {
  const problems = await watchPage(page, url)
  await gotoSettled(page, url)
  return problems
}

describe.each(['/', '/timelines/rj/'])('dist/ on a plain static server at %s', (base) => {
  let server: PlainServer
  beforeAll(async () => {
    server = await servePlain(path.resolve(appOutDir()), base)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('sends no policy header: the page carries the hosted policy as a meta tag', async () => {
    const response = await fetch(server.url)
    expect(response.headers.get('content-security-policy')).toBeNull()
    const html = await response.text()
    expect(policyMetaOf(html)).toBe(contentSecurityPolicy(html, 'hosted'))
  })

  it.each(VIEWS)('%s runs with no CSP violation and no request off its folder', async (query) => {
    const page = await (await session.context()).newPage()
    const problems = await openAt(page, `${server.url}${query}`)
    if (query.startsWith('?present')) {
      await page.keyboard.press('q')
      await afterPaint(page)
    }
    if (query.includes('q=')) {
      // Found by the search worker (worker-src), which fetched the index from the site's folder (connect-src).
      await expect.poll(() => page.locator('mark').count(), SETTLE).toBeGreaterThan(0)
      expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringContaining(`${server.url}assets/`)])
    }
    await expectCleanPage(page, problems)
  })

  it('prints (print media and a PDF) with no CSP violation', async () => {
    const page = await (await session.context()).newPage()
    const problems = await openAt(page, `${server.url}?view=list`)
    await page.emulateMedia({ media: 'print' })
    await afterPaint(page)
    const pdf = await page.pdf()
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await expectCleanPage(page, problems)
  })

  it('refuses an inline script and a request to another origin by the meta tag alone', async () => {
    const context = await session.context()
    // Nothing may leave the machine even if the policy failed.
    await context.route('http://example.invalid/**', (route) => route.abort())
    const page = await context.newPage()
    await openAt(page, server.url)
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      await fetch('http://example.invalid/probe').catch(() => undefined)
      return (window as { __inlineRan?: boolean }).__inlineRan ?? false
    })
    expect(inlineRan).toBe(false)
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations ?? []))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^connect-src blocked http:\/\/example\.invalid\/probe/),
        ]),
      )
  })
})
