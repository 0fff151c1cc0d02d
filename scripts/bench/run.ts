/**
 * `npm run bench -- [--sizes 100,1000,10000] [--documents 1,2,5] [--runs 5] [--json FILE]`: for each size,
 * generate a corpus, time the pipeline, build the app on it, and measure it and a plain vis-timeline page side
 * by side in headless Chromium; then time the pipeline on one large English document of each size in MB.
 * Prints Markdown tables; exits non-zero only when the benchmark itself crashes.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Dataset } from '../../src/model/schema'
import { launchBrowser, measureLoad } from './browser'
import { contractFor } from './contract'
import { benchLargeDocuments, formatLargeDocuments } from './document-bench'
import { writeCorpus } from './generate'
import { parseOptions, runsFor, HUGE_SIZE, type BenchOptions } from './options'
import { buildApp, buildPlain, ROOT, runPipeline } from './processes'
import { formatTable, ratios, summarize, type BenchResult, type Sample, type SizeResult } from './report'
import { serveStatic } from './server'
import { assetsGzipKB, gzipKB, initialGzipKB } from './sizes'

const BENCH_DIR = path.join(ROOT, '.bench')
const PLAIN_DIST = path.join(BENCH_DIR, 'plain-dist')
const MINUTE = 60_000

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)

function emptySize(notes: string[]): SizeResult {
  const { medians, spread } = summarize([])
  return {
    pipeline: { seconds: null, peakMB: null },
    dataGzipKB: null,
    app: medians,
    plain: { ...medians },
    ratio: { ...medians },
    spread: { app: spread, plain: { ...spread } },
    notes,
  }
}

/** Notes repeated in every load are printed once, with a count. */
function countNotes(notes: string[]): string[] {
  const counts = new Map<string, number>()
  for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1)
  return [...counts].map(([note, n]) => (n > 1 ? `${note} (×${n})` : note))
}

async function benchSize(size: number, options: BenchOptions, browser: Browser, result: BenchResult) {
  const dir = path.join(BENCH_DIR, String(size))
  log(`${size}: generating the corpus in ${path.relative(ROOT, dir)}/`)
  writeCorpus(dir, size, options.seed)
  log(`${size}: running the pipeline`)
  const pipeline = await runPipeline(dir, size >= HUGE_SIZE ? 30 * MINUTE : 10 * MINUTE)
  if (pipeline.error) return emptySize([pipeline.error])
  const datasetFile = path.join(dir, 'build', 'dataset.json')
  const dataset = JSON.parse(fs.readFileSync(datasetFile, 'utf8')) as Dataset
  const notes: string[] = []
  log(`${size}: building the app`)
  const appError = await buildApp(dir, 10 * MINUTE)
  if (appError) notes.push(appError)
  const plainReady = fs.existsSync(path.join(PLAIN_DIST, 'index.html'))
  const server = await serveStatic({
    '/app/': path.join(dir, 'dist'),
    '/plain/': PLAIN_DIST,
    '/plain/data/': path.join(dir, 'build'),
  })
  const appSamples: Sample[] = []
  const plainSamples: Sample[] = []
  const loadNotes: string[] = []
  try {
    const contract = contractFor(dataset, size)
    const runs = runsFor(size, options.runs)
    for (let run = 1; run <= runs; run++) {
      log(`${size}: load ${run}/${runs}`)
      if (!appError) {
        const app = await measureLoad(browser, `${server.url}/app/`, { ...contract, kind: 'app' })
        appSamples.push(app.sample)
        // What the page fetched before its first items were drawn: the prerendered page asks for the app's
        // scripts by dynamic import, which index.html does not list.
        if (app.startAssets.length > 0)
          result.bundle.initialGzipKB ??= assetsGzipKB(path.join(dir, 'dist'), app.startAssets, '/app/')
        loadNotes.push(...app.notes.map((n) => `app: ${n}`))
      }
      if (plainReady) {
        const plain = await measureLoad(browser, `${server.url}/plain/`, { ...contract, kind: 'plain' })
        plainSamples.push(plain.sample)
        loadNotes.push(...plain.notes.map((n) => `plain: ${n}`))
      }
    }
  } finally {
    await server.close()
  }
  const app = summarize(appSamples)
  const plain = summarize(plainSamples)
  return {
    pipeline: { seconds: pipeline.seconds, peakMB: pipeline.peakMB },
    dataGzipKB: gzipKB(datasetFile),
    app: app.medians,
    plain: plain.medians,
    ratio: ratios(app.medians, plain.medians),
    spread: { app: app.spread, plain: plain.spread },
    notes: [...notes, ...countNotes(loadNotes)],
  } satisfies SizeResult
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const result: BenchResult = { runs: options.runs, sizes: {}, bundle: { initialGzipKB: null, plainGzipKB: null } }
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  log('building the plain vis-timeline page')
  const plainError = await buildPlain(5 * MINUTE)
  if (plainError) log(plainError)
  else result.bundle.plainGzipKB = initialGzipKB(PLAIN_DIST)
  const browser = await launchBrowser()
  try {
    for (const size of options.sizes) {
      const sized = await benchSize(size, options, browser, result)
      if (plainError) sized.notes.unshift(plainError)
      result.sizes[String(size)] = sized
    }
  } finally {
    await browser.close()
  }
  const documents = await benchLargeDocuments(options.documentsMB, log)
  const tables = [formatTable(result), ...(documents.length ? [formatLargeDocuments(documents)] : [])]
  process.stdout.write(`${tables.join('\n\n')}\n`)
  if (options.json) {
    const rounded = (_key: string, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value
    fs.writeFileSync(options.json, `${JSON.stringify({ ...result, documents }, rounded, 2)}\n`)
    log(`wrote ${options.json}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
