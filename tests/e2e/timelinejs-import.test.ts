/**
 * Each TimelineJS3 example of ../shared/tljs-examples imports, its folder builds (`npm run data`'s own code),
 * and the app shows it: the built app with the import's dataset in place of ours, served from 127.0.0.1,
 * draws one timeline item per imported event, with no page error and nothing fetched off the machine.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { appOutDir } from '../../src/pipeline/paths'
import { importTimeline, writeFolder } from '../../src/pipeline/timelinejs/import'
import { buildFiles } from '../../src/pipeline/write-build'
import { windowOfAll } from './app'
import { browserPerFile } from './browser'

const shared = path.resolve('../shared/tljs-examples')
const examples = fs.existsSync(shared) ? fs.readdirSync(shared).filter((name) => /\.(json|csv)$/.test(name)) : []
if (examples.length === 0) console.warn(`skipped: ${shared} is absent (the TimelineJS3 examples live in ../shared)`)

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tljs-app-'))
let server: http.Server
let origin = ''
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/\/$/, '/index.html'))
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return response.writeHead(404).end()
    response
      .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(fs.readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  fs.rmSync(root, { recursive: true, force: true })
})

const browser = browserPerFile()

describe.skipIf(examples.length === 0)('TimelineJS3 examples, imported, built and shown', () => {
  it.each(examples)('%s', async (name) => {
    const outcome = importTimeline(fs.readFileSync(path.join(shared, name)), name)
    const folder = path.join(root, 'folders', name)
    await writeFolder(outcome.folder!, folder)
    const built = buildDataset(folder, { buildDate: '2026-01-01' })
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([])
    const dataset = built.dataset!
    expect(dataset.events).toHaveLength(outcome.folder!.events)
    const site = path.join(root, 'sites', name)
    fs.cpSync(appOutDir(), site, { recursive: true })
    fs.rmSync(path.join(site, 'data'), { recursive: true })
    for (const [file, content] of buildFiles(dataset, built.documents)) {
      fs.mkdirSync(path.dirname(path.join(site, 'data', file)), { recursive: true })
      fs.writeFileSync(path.join(site, 'data', file), content)
    }
    const page = await (await browser.context()).newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    page.on('request', (request) => !request.url().startsWith(origin) && problems.push(`off-origin ${request.url()}`))
    await page.goto(`${origin}/sites/${name}/?${windowOfAll(dataset.events)}`)
    const count = dataset.events.length
    await expect
      .poll(() => page.getByText(`${count} event${count === 1 ? '' : 's'}`, { exact: true }).count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0)
    const ids = await page
      .locator('.vis-timeline .vis-item[data-event-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')))
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.every((id) => dataset.events.some((event) => event.id === id))).toBe(true)
    expect(problems).toEqual([])
  })
})
