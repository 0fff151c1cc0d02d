/**
 * `tsx scripts/bench/profile.ts DIST [--filter] [--heap] [--top 40]`: one load of a built app (e.g.
 * `.bench/100000/dist`) in headless Chromium with the V8 CPU profiler on, to the first render settled; prints the
 * self time by function and by script, the main thread's long tasks, and with `--heap` the heap after GC by
 * constructor (a heap snapshot's summary). With `--filter`, the first topic checkbox is clicked and that action
 * profiled instead. A tool for finding where the time goes; the figures to compare are the bench's.
 */
import type { Page } from 'playwright-core'
import { launchBrowser, QUIET_MS } from './browser'
import { HARNESS, settledExpression } from './in-page'
import { serveStatic } from './server'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
const dist = args.find((a) => !a.startsWith('--'))
const top = Number(args[args.indexOf('--top') + 1]) || 40
if (!dist) throw new Error('usage: tsx scripts/bench/profile.ts DIST [--filter] [--heap] [--top 40]')

const ms = (us: number) => (us / 1000).toFixed(0).padStart(7)

function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  return self
}

function printProfile(profile: CpuProfile) {
  const self = selfTimes(profile)
  const byFunction = new Map<string, number>()
  const byScript = new Map<string, number>()
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const file = url.split('/').pop() || '(native)'
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + time)
    byScript.set(file, (byScript.get(file) ?? 0) + time)
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  process.stdout.write(`total sampled ${ms(total)} ms\n\nself time by script:\n`)
  for (const [file, time] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 12))
    process.stdout.write(`${ms(time)} ms  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${file}\n`)
  process.stdout.write(`\nself time by function (top ${top}):\n`)
  for (const [key, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${ms(time)} ms  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}\n`)
  printInclusive(profile, self, total)
}

/** Total (self + callees) time of the named app functions, so a caller's share is visible. */
function printInclusive(profile: CpuProfile, self: Map<number, number>, total: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const inclusive = new Map<number, number>()
  const visit = (id: number): number => {
    const node = byId.get(id)
    if (!node) return 0
    let sum = self.get(id) ?? 0
    for (const child of node.children ?? []) sum += visit(child)
    inclusive.set(id, sum)
    return sum
  }
  visit(profile.nodes[0]!.id)
  const byName = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    if (!functionName || !url) continue
    // A recursive function counts once per stack: only its outermost frame.
    const key = `${functionName} ${url.split('/').pop()}:${lineNumber + 1}`
    byName.set(key, Math.max(byName.get(key) ?? 0, 0) + (inclusive.get(node.id) ?? 0))
  }
  process.stdout.write(`\ninclusive time by function (top ${top}; recursion counted more than once):\n`)
  for (const [key, time] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${ms(time)} ms  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}\n`)
}

async function heapSummary(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
    strings: string[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const types = snapshot.snapshot.meta.node_types[0]
  const byName = new Map<string, { size: number; count: number }>()
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!
    const name = type === 'object' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`
    const entry = byName.get(name) ?? { size: 0, count: 0 }
    entry.size += snapshot.nodes[i + sizeAt]!
    entry.count++
    byName.set(name, entry)
  }
  process.stdout.write(`\nheap after GC: ${(usedSize / 1048576).toFixed(1)} MB; self size by constructor:\n`)
  for (const [name, { size, count }] of [...byName].sort((a, b) => b[1].size - a[1].size).slice(0, top))
    process.stdout.write(
      `${(size / 1048576).toFixed(1).padStart(7)} MB ${String(count).padStart(9)}×  ${name.slice(0, 80)}\n`,
    )
  await cdp.detach()
}

async function main() {
  const server = await serveStatic({ '/app/': dist! })
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true })
    const page = await context.newPage()
    await page.addInitScript(HARNESS)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
    const settled = () =>
      page.waitForFunction(settledExpression('last', 0, QUIET_MS, '.vis-itemset .vis-item'), null, {
        polling: 100,
        timeout: 300_000,
      })
    if (!args.includes('--filter')) await cdp.send('Profiler.start')
    await page.goto(`${server.url}/app/`, { waitUntil: 'load', timeout: 300_000 })
    await settled()
    const firstRender = await page.evaluate<number>('window.__bench.lastItems')
    process.stdout.write(`first render settled at ${firstRender.toFixed(0)} ms\n`)
    if (args.includes('--filter')) {
      await cdp.send('Profiler.start')
      const box = page.getByRole('checkbox').first()
      const started = await page.evaluate<number>('performance.now()')
      await box.click()
      await page.waitForFunction(settledExpression('last', started, QUIET_MS, null), null, { timeout: 120_000 })
      const last = await page.evaluate<number>('window.__bench.last')
      process.stdout.write(`filter: last mutation ${(last - started).toFixed(0)} ms after the click\n`)
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    printProfile(profile)
    if (args.includes('--heap')) await heapSummary(page)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
