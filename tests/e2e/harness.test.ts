/** The end-to-end harness itself: the server's policy header and the page watcher catch what they must. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servedPolicy } from '../setup/e2e-server'
import { baseUrl, launchBrowser, newContext, watchPage, type Browser } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the e2e server', () => {
  it('serves the built app with the strict Content-Security-Policy header', async () => {
    const response = await fetch(`${baseUrl()}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(servedPolicy())
    expect(await response.text()).toContain('<div id="root">')
  })
})

describe('the page watcher', () => {
  it('records CSP violations, console errors, page errors, HTTP errors and requests to other hosts', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const strict = `${baseUrl()}/__strict.html`
    const open = `${baseUrl()}/__open.html`
    // Two made-up pages: one under the policy that breaks it, one without a policy that calls out.
    // Every request is answered here, so none leaves the machine.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url === strict || url === open) {
        return route.fulfill({
          contentType: 'text/html',
          headers: url === strict ? { 'Content-Security-Policy': servedPolicy() } : {},
          body: '<!doctype html><title>probe</title><script>window.inline = 1</script>',
        })
      }
      return route.fulfill({ status: 404 })
    })
    const problems = await watchPage(page)
    await page.goto(strict)
    const cspViolations = await page.evaluate(() => window.__cspViolations ?? [])
    await page.goto(open)
    await page.evaluate(() => {
      console.error('probe error')
      setTimeout(() => {
        throw new Error('probe exception')
      })
      return Promise.all([
        fetch('http://example.invalid/probe').catch(() => undefined),
        fetch('/missing.json').catch(() => undefined),
      ])
    })
    await expect.poll(() => problems.pageErrors.length).toBe(1)

    expect(cspViolations.some((line) => line.startsWith('script-src'))).toBe(true)
    expect(problems.consoleErrors).toContain('probe error')
    expect(problems.pageErrors[0]).toContain('probe exception')
    expect(problems.foreignRequests).toContain('http://example.invalid/probe')
    expect(problems.failedResponses).toContain(`404 ${baseUrl()}/missing.json`)
    await context.close()
  })
})
