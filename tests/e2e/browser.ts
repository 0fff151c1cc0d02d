/**
 * Real headless Chromium for the end-to-end tests: find it, launch it, open the built app and
 * watch the page for what must never happen (console errors, uncaught exceptions, requests to
 * other hosts, Content-Security-Policy violations).
 */
import fs from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest'

/** Same order as scripts/ensure-chromium.mjs (the `pretest` step). */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

const INSTALL_HELP = [
  'No Chromium found for the end-to-end tests.',
  'Set CHROME_PATH=/path/to/chromium, or on Debian/Ubuntu install it with:',
  "  sudo sh -c 'apt-get update && apt-get install -y chromium poppler-utils'",
  '(`npm test` runs scripts/ensure-chromium.mjs first, which does this itself when run as root.)',
].join('\n')

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    throw new Error(`CHROME_PATH="${fromEnv}" is not an executable file.\n${INSTALL_HELP}`)
  }
  const found = CHROMIUM_PATHS.find(isExecutable)
  if (!found) throw new Error(INSTALL_HELP)
  return found
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS })
}

/** The built app's address, provided by tests/setup/e2e-server.ts. Ends without a slash. */
export function baseUrl(): string {
  return inject('baseUrl')
}

/** A fresh context with a fixed desktop viewport, English UI language and a UTC clock. */
export function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options,
  })
}

/**
 * One browser for a test file, launched before its tests and closed after them, and fresh contexts
 * (`newContext`'s) that are closed after the test that opened them. Call it at the top of a test file.
 */
export function browserPerFile(): { context: (options?: Parameters<typeof newContext>[1]) => Promise<BrowserContext> } {
  let browser: Browser | undefined
  const opened: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()))
  })
  return {
    async context(options) {
      if (!browser) throw new Error('browserPerFile: contexts are for tests, after beforeAll')
      const context = await newContext(browser, options)
      opened.push(context)
      return context
    },
  }
}

/** What went wrong on a page while it was watched. */
export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  foreignRequests: string[]
  /** Responses with an HTTP error status, as `404 http://…`. */
  failedResponses: string[]
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

function recordCspViolations(): void {
  window.__cspViolations = []
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : ''
    window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}${where}`)
  })
}

/** Starts watching a page; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] }
  const ownHost = new URL(baseUrl()).host
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)))
  // The console says "Failed to load resource: 404" without the address; keep the address too.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedResponses.push(`${response.status()} ${response.url()}`)
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.host !== ownHost) {
      problems.foreignRequests.push(request.url())
    }
  })
  await page.addInitScript(recordCspViolations)
  return problems
}

/**
 * Opens the app at `query` (e.g. `?lang=ru`, or '' for the default view), waits for the timeline
 * to show its items, and returns the problems seen on the page so far (and later: the arrays grow).
 */
export async function openApp(page: Page, query = ''): Promise<PageProblems> {
  const problems = await watchPage(page)
  await page.goto(`${baseUrl()}/${query}`)
  await page.locator('.vis-timeline [data-event-id]').first().waitFor({ state: 'visible' })
  return problems
}

/** Asserts that nothing went wrong on the page: no console error, uncaught error, foreign request, HTTP error or CSP violation. */
export async function expectCleanPage(page: Page, problems: PageProblems): Promise<void> {
  const cspViolations = await page.evaluate(() => window.__cspViolations ?? [])
  expect({ ...problems, cspViolations }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    failedResponses: [],
    cspViolations: [],
  })
}

/** Waits until the browser has painted twice, so layout read afterwards is what the user sees. */
export function afterPaint(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )
}

/** Opens `url` and waits until a heading shows, the network is quiet and the page has painted. */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.locator('h1, h2').first().waitFor({ state: 'visible', timeout: 15_000 })
  await page.waitForLoadState('networkidle')
  await afterPaint(page)
}

export type { Browser, BrowserContext, Page }
