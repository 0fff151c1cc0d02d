/**
 * The export of the real dataset loads in TimelineJS3 itself (@knight-lab/timelinejs, a dev dependency), in
 * Chromium: no page error, one slide per event plus the title slide. Served from 127.0.0.1 by a tiny static
 * server; TimelineJS3 gets `font: null` and a local `script_path`, so it asks for nothing off the machine.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { datasetSchema } from '../../src/model/schema'
import { toTimelineJs } from '../../src/model/timelinejs'
import { browserPerFile } from './browser'

const TL_DIST = path.resolve('node_modules/@knight-lab/timelinejs/dist')
const dataset = datasetSchema.parse(JSON.parse(fs.readFileSync(path.resolve('data/build/dataset.json'), 'utf8')))
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head><body><div id="timeline-embed" style="width:1200px;height:700px"></div>
<script>fetch('/export.json').then(r => r.json()).then(data => {
  window.tl = new TL.Timeline('timeline-embed', data, { font: null, script_path: '/tl/js/' })
  window.tl.on('loaded', () => { window.loaded = true })
})</script></body></html>`

let server: http.Server
let origin = ''
let current = ''

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'content-type': type }).end(body)
    if (url.pathname === '/') return send('text/html', PAGE)
    // No favicon: a 404 for it would read as a console error.
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end()
    if (url.pathname === '/export.json') return send('application/json', current)
    const file = path.join(TL_DIST, path.normalize(url.pathname.replace(/^\/tl\//, '')))
    if (
      url.pathname.startsWith('/tl/') &&
      file.startsWith(TL_DIST) &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile()
    )
      return send(file.endsWith('.css') ? 'text/css' : 'text/javascript', fs.readFileSync(file))
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const browser = browserPerFile()

describe('export to TimelineJS3', () => {
  it.each(['en', 'ru'] as const)(
    'the real dataset in %s loads in TimelineJS3: one slide per event and a title',
    async (lang) => {
      const timeline = toTimelineJs(dataset, dataset.events, lang)
      current = JSON.stringify(timeline)
      const page = await (await browser.context()).newPage()
      const errors: string[] = []
      const offOrigin: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      page.on('request', (request) => !request.url().startsWith(origin) && offOrigin.push(request.url()))
      await page.goto(`${origin}/`)
      await page.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded === true, undefined, {
        timeout: 30_000,
      })
      const slides = await page.locator('.tl-slide').count()
      expect(slides).toBe(dataset.events.length + 1)
      const headline = await page.locator('.tl-slide-titleslide .tl-headline').first().textContent()
      expect(headline?.trim()).toBe(dataset.meta.title[lang])
      expect(errors).toEqual([])
      expect(offOrigin).toEqual([])
    },
  )
})
