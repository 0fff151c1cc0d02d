/** Medians, spreads, ratios to the plain page, budgets, and the stdout table. Pure. */
export const METRICS = [
  'firstRenderMs',
  'filterMs',
  'filterBackMs',
  'firstSearchMs',
  'searchMs',
  'searchMoveMs',
  'languageMs',
  'selectMs',
  'zoomFrameMaxMs',
  'frameP50Ms',
  'frameP95Ms',
  'heapMB',
  'domNodes',
] as const
export type Metric = (typeof METRICS)[number]
export type Figures = Record<Metric, number | null>
export type Sample = Partial<Figures>
export type Spread = Record<Metric, { min: number; max: number } | null>

export interface SizeResult {
  pipeline: { seconds: number | null; peakMB: number | null }
  dataGzipKB: number | null
  app: Figures
  plain: Figures
  ratio: Figures
  spread: { app: Spread; plain: Spread }
  /** Why a figure is null, or anything else worth reading under the table. */
  notes: string[]
}

export interface BenchResult {
  runs: number
  sizes: Record<string, SizeResult>
  bundle: { initialGzipKB: number | null; plainGzipKB: number | null }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}

const finite = (samples: readonly Sample[], metric: Metric) =>
  samples.map((s) => s[metric]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v))

export function summarize(samples: readonly Sample[]): { medians: Figures; spread: Spread } {
  const medians = {} as Figures
  const spread = {} as Spread
  for (const metric of METRICS) {
    const values = finite(samples, metric)
    medians[metric] = median(values)
    spread[metric] = values.length ? { min: Math.min(...values), max: Math.max(...values) } : null
  }
  return { medians, spread }
}

export function ratios(app: Figures, plain: Figures): Figures {
  const out = {} as Figures
  for (const metric of METRICS) {
    const a = app[metric]
    const p = plain[metric]
    out[metric] = a === null || p === null || p === 0 ? null : a / p
  }
  return out
}

type Row = Metric | 'pipelineSeconds' | 'pipelinePeakMB' | 'dataGzipKB'

export interface Budget {
  row: Row
  /** What the limit applies to: the app's median, or its ratio to the plain page. */
  on: 'value' | 'ratio'
  max: number
}

export const BUDGETS: Readonly<Record<number, readonly Budget[]>> = {
  1000: [
    { row: 'firstRenderMs', on: 'ratio', max: 1.0 },
    { row: 'filterMs', on: 'value', max: 30 },
  ],
  10000: [
    { row: 'firstRenderMs', on: 'ratio', max: 0.35 },
    { row: 'filterMs', on: 'value', max: 100 },
    { row: 'firstSearchMs', on: 'value', max: 400 },
    { row: 'searchMs', on: 'value', max: 50 },
    { row: 'languageMs', on: 'value', max: 150 },
    { row: 'selectMs', on: 'value', max: 50 },
    { row: 'frameP95Ms', on: 'value', max: 33 },
    { row: 'heapMB', on: 'ratio', max: 1.2 },
    { row: 'domNodes', on: 'value', max: 5000 },
    { row: 'pipelineSeconds', on: 'value', max: 10 },
    { row: 'pipelinePeakMB', on: 'value', max: 1024 },
  ],
  // Issue 24: 100,000 events as a first-class size (one load; the plain page does not finish drawing them).
  100000: [
    { row: 'firstRenderMs', on: 'value', max: 2000 },
    { row: 'filterMs', on: 'value', max: 100 },
    { row: 'firstSearchMs', on: 'value', max: 1500 },
    { row: 'frameP95Ms', on: 'value', max: 33 },
    { row: 'heapMB', on: 'value', max: 100 },
  ],
}

/** Initial JS+CSS of the app may exceed the plain page's by this much (gzip KB). */
export const BUNDLE_ALLOWANCE_KB = 110

const ROWS: readonly { row: Row; label: string; unit: string }[] = [
  { row: 'firstRenderMs', label: 'First render', unit: 'ms' },
  { row: 'filterMs', label: 'Topic filter', unit: 'ms' },
  { row: 'filterBackMs', label: 'Topic filter undone', unit: 'ms' },
  { row: 'firstSearchMs', label: 'First search', unit: 'ms' },
  { row: 'searchMs', label: 'Search keystroke', unit: 'ms' },
  { row: 'searchMoveMs', label: 'Search → window moved', unit: 'ms' },
  { row: 'languageMs', label: 'Language switch', unit: 'ms' },
  { row: 'selectMs', label: 'Select → panel', unit: 'ms' },
  { row: 'zoomFrameMaxMs', label: 'Cluster click: longest frame', unit: 'ms' },
  { row: 'frameP50Ms', label: 'Frame p50 (zoom/pan)', unit: 'ms' },
  { row: 'frameP95Ms', label: 'Frame p95 (zoom/pan)', unit: 'ms' },
  { row: 'heapMB', label: 'JS heap after GC', unit: 'MB' },
  { row: 'domNodes', label: 'DOM nodes', unit: '' },
  { row: 'pipelineSeconds', label: 'Pipeline time', unit: 's' },
  { row: 'pipelinePeakMB', label: 'Pipeline peak memory', unit: 'MB' },
  { row: 'dataGzipKB', label: 'Data (gzip)', unit: 'KB' },
]

export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '–'
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 || unit === '' ? 0 : 1
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return unit === '×' ? `${text}×` : text
}

function cells(size: SizeResult, row: Row): { app: number | null; plain: number | null; ratio: number | null } {
  if (row === 'pipelineSeconds') return { app: size.pipeline.seconds, plain: null, ratio: null }
  if (row === 'pipelinePeakMB') return { app: size.pipeline.peakMB, plain: null, ratio: null }
  if (row === 'dataGzipKB') return { app: size.dataGzipKB, plain: null, ratio: null }
  return { app: size.app[row], plain: size.plain[row], ratio: size.ratio[row] }
}

export function budgetCell(budget: Budget | undefined, value: number | null, ratio: number | null, unit: string) {
  if (!budget) return ''
  const limit = budget.on === 'ratio' ? `≤ ${budget.max}×` : `≤ ${budget.max.toLocaleString('en-US')} ${unit}`.trim()
  const measured = budget.on === 'ratio' ? ratio : value
  const mark = measured === null ? '?' : measured <= budget.max ? '✓' : '✗'
  return `${limit} ${mark}`
}

/** A Markdown table: rows are metrics; per size, the app's median, the plain page's, their ratio, the budget. */
export function formatTable(result: BenchResult): string {
  const sizes = Object.keys(result.sizes).sort((a, b) => Number(a) - Number(b))
  const head = [
    'Metric',
    ...sizes.flatMap((n) => [`${Number(n).toLocaleString('en-US')}: app`, 'plain', 'ratio', 'budget']),
  ]
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`]
  for (const { row, label, unit } of ROWS) {
    const parts = [unit ? `${label} (${unit})` : label]
    for (const n of sizes) {
      const size = result.sizes[n] as SizeResult
      const { app, plain, ratio } = cells(size, row)
      const budget = BUDGETS[Number(n)]?.find((b) => b.row === row)
      parts.push(
        formatNumber(app, unit),
        formatNumber(plain, unit),
        formatNumber(ratio, '×'),
        budgetCell(budget, app, ratio, unit),
      )
    }
    lines.push(`| ${parts.join(' | ')} |`)
  }
  const { initialGzipKB, plainGzipKB } = result.bundle
  const bundleMark =
    initialGzipKB === null || plainGzipKB === null
      ? '?'
      : initialGzipKB <= plainGzipKB + BUNDLE_ALLOWANCE_KB
        ? '✓'
        : '✗'
  lines.push(
    '',
    `JS+CSS loaded before the first render (gzip, without data): app ${formatNumber(initialGzipKB, 'KB')} KB, plain vis-timeline ${formatNumber(plainGzipKB, 'KB')} KB; budget ≤ plain + ${BUNDLE_ALLOWANCE_KB} KB ${bundleMark}`,
    `Medians of ${result.runs} fresh load(s) per size (one for 100,000 and more); ratio = app / plain.`,
  )
  const notes = sizes.flatMap((n) => (result.sizes[n]?.notes ?? []).map((note) => `- ${n}: ${note}`))
  if (notes.length) lines.push('', 'Notes:', ...notes)
  return lines.join('\n')
}
