/**
 * `npm run audit:web [-- --no-build] [-- --runs N]`: builds the app, serves `dist/` on 127.0.0.1 with the
 * headers of its `_headers` (the production Content-Security-Policy among them), runs Lighthouse in headless
 * Chromium (3 runs for the mobile and the desktop profile) and prints, per profile, the medians and spreads
 * (min–max) of the load metrics (FCP, LCP, TBT, CLS) against the gates of issue 24, the four category scores
 * and the audits that cost points. It prints figures; it is not a test (targets:
 * docs/decisions/0010-security.md; the metric gates: docs/decisions/0024-paint-before-the-javascript.md).
 */
import { spawnSync } from 'node:child_process'
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { type Config, type Result } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/browser'
import { serveDist } from '../src/pipeline/serve-dist'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS: Record<string, Record<(typeof CATEGORIES)[number], number>> = {
  mobile: { performance: 85, accessibility: 100, 'best-practices': 100, seo: 90 },
  desktop: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 },
}
/** Load metrics read from each run, with their gates (mobile profile; desktop is printed beside them). */
const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 's', gate: 1200 },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 's', gate: 1800 },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms', gate: 150 },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '', gate: 0.02 },
] as const
const GATED_PROFILE = 'mobile'
const PROFILES: { name: string; config: Config | undefined }[] = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
]

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function build(): void {
  console.log('building (npm run build)…')
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error('npm run build failed')
}

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)

/** The run whose performance score is the median (the other categories barely vary between runs). */
function median(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  return sorted[Math.floor(sorted.length / 2)] as Result
}

const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN

/** The median of numbers (the middle one; the mean of the two middle ones for an even count). */
function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function formatMetric(value: number, unit: string): string {
  if (unit === 's') return `${(value / 1000).toFixed(2)} s`
  if (unit === 'ms') return `${Math.round(value)} ms`
  return value.toFixed(3)
}

/** One line per metric: median, spread over the runs, and the gate (mobile) it meets or misses. */
function metricLines(name: string, lhrs: Result[]): string[] {
  return METRICS.map(({ id, label, unit, gate }) => {
    const values = lhrs.map((lhr) => metric(lhr, id))
    const middle = medianOf(values)
    const spread = `${formatMetric(Math.min(...values), unit)}–${formatMetric(Math.max(...values), unit)}`
    const verdict =
      name === GATED_PROFILE ? `  gate ≤ ${formatMetric(gate, unit)}: ${middle <= gate ? 'met' : 'MISSED'}` : ''
    return `  ${label.padEnd(4)} median ${formatMetric(middle, unit).padStart(8)}  (${spread})${verdict}`
  })
}

const scoreSpread = (lhrs: Result[], id: string) => {
  const values = lhrs.map((lhr) => score(lhr, id))
  return `${Math.min(...values)}–${Math.max(...values)}`
}

/** Audits that cost points in a category, heaviest first. */
function failing(lhr: Result): string[] {
  const lines: string[] = []
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]
    if (!category) continue
    const refs = category.auditRefs
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(
        ({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
      )
      .filter(({ audit }) => audit?.scoreDisplayMode !== 'manual' && audit?.scoreDisplayMode !== 'notApplicable')
      .sort((a, b) => b.ref.weight - a.ref.weight)
    for (const { ref, audit } of refs) {
      const value = audit?.displayValue ? ` (${audit.displayValue})` : ''
      lines.push(`  ${id}: ${ref.id} score ${Math.round((audit?.score ?? 0) * 100)} weight ${ref.weight}${value}`)
      for (const node of culprits(audit?.details)) lines.push(`      ${node}`)
    }
  }
  return lines
}

/** The elements an audit points at (layout shifts, LCP element, contrast…), where it lists any. */
function culprits(details: unknown): string[] {
  const items = (details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? []
  return items
    .map((item) => item.node?.selector ?? item.node?.snippet)
    .filter((s): s is string => typeof s === 'string')
    .slice(0, 5)
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 3)
  if (!process.argv.includes('--no-build')) build()
  const served = await serveDist('dist')
  const { server } = served
  const url = `${served.url}/`
  let chrome: LaunchedChrome | undefined
  const results: { name: string; lhr: Result; lhrs: Result[] }[] = []
  try {
    chrome = await launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] })
    for (const profile of PROFILES) {
      const lhrs: Result[] = []
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          profile.config,
        )
        if (!result) throw new Error('Lighthouse returned no result')
        lhrs.push(result.lhr)
        console.log(`${profile.name} run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${score(result.lhr, c)}`).join(', ')}`)
      }
      results.push({ name: profile.name, lhr: median(lhrs), lhrs })
    }
  } finally {
    await chrome?.kill()
    await server.close()
  }
  console.log(`\nLighthouse ${results[0]?.lhr.lighthouseVersion ?? '?'}, ${url}, median of ${runs}`)
  console.log(`profile   ${CATEGORIES.map((c) => c.padStart(15)).join('')}`)
  for (const { name, lhr } of results) {
    const cells = CATEGORIES.map((c) => {
      const value = score(lhr, c)
      return `${value}${value < (TARGETS[name]?.[c] ?? 0) ? ' (!)' : ''}`.padStart(15)
    })
    console.log(`${name.padEnd(10)}${cells.join('')}`)
  }
  for (const { name, lhrs } of results) {
    console.log(
      `\n${name}: load metrics, median (spread) of ${lhrs.length}; performance ${scoreSpread(lhrs, 'performance')}`,
    )
    for (const line of metricLines(name, lhrs)) console.log(line)
  }
  for (const { name, lhr } of results) {
    const lines = failing(lhr)
    console.log(`\n${name}: audits that cost points${lines.length === 0 ? ': none' : ''}`)
    for (const line of lines) console.log(line)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
