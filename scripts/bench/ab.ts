/**
 * `tsx scripts/bench/ab.ts CORPUS A_DIST B_DIST [--runs 3]`: two builds of the app on one benchmark corpus
 * (`.bench/<size>`, its `build/dataset.json` already made) measured in turns, A, B, A, B…, so that both see the
 * same load of a shared machine; prints each side's medians and spreads. Build a side with
 * `TIMELINE_DATA=CORPUS vite build --outDir DIST` on the commit to compare. No pipeline run, no plain page.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Dataset } from '../../src/model/schema'
import { launchBrowser, measureLoad } from './browser'
import { contractFor } from './contract'
import { METRICS, summarize, type Sample } from './report'
import { serveStatic } from './server'

const USAGE = 'usage: tsx scripts/bench/ab.ts CORPUS A_DIST B_DIST [--runs 3]'

async function main() {
  const args = process.argv.slice(2)
  const runsAt = args.indexOf('--runs')
  const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1])
  const [corpus, a, b] = args.filter((arg, i) => !arg.startsWith('--') && i !== runsAt + 1)
  if (!corpus || !a || !b || !Number.isInteger(runs) || runs < 1) throw new Error(USAGE)
  const dataset = JSON.parse(fs.readFileSync(path.join(corpus, 'build', 'dataset.json'), 'utf8')) as Dataset
  const contract = { ...contractFor(dataset, dataset.events.length), kind: 'app' as const }
  const server = await serveStatic({ '/a/': path.resolve(a), '/b/': path.resolve(b) })
  const browser = await launchBrowser()
  const samples: Record<'a' | 'b', Sample[]> = { a: [], b: [] }
  try {
    for (let run = 1; run <= runs; run++)
      for (const side of ['a', 'b'] as const) {
        process.stderr.write(`[ab] ${side} ${run}/${runs}\n`)
        const { sample, notes } = await measureLoad(browser, `${server.url}/${side}/`, contract)
        for (const note of notes) process.stderr.write(`[ab] ${side}: ${note}\n`)
        samples[side].push(sample)
      }
  } finally {
    await browser.close()
    await server.close()
  }
  const [left, right] = [summarize(samples.a), summarize(samples.b)]
  const cell = (side: typeof left, metric: (typeof METRICS)[number]) => {
    const value = side.medians[metric]
    const spread = side.spread[metric]
    if (value === null || spread === null) return '–'
    const digits = value < 100 ? 1 : 0
    return `${value.toFixed(digits)} (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`
  }
  process.stdout.write(`| metric | A: ${a} | B: ${b} |\n| --- | ---: | ---: |\n`)
  for (const metric of METRICS) process.stdout.write(`| ${metric} | ${cell(left, metric)} | ${cell(right, metric)} |\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
