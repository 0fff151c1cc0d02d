/**
 * The pipeline on one large English document (1, 2 and 5 MB by default): the part of `npm run bench` that
 * shows whether its time grows linearly with a document's size (issue 25 measured 9.3 s, 28.7 s and 141 s
 * before the text was tagged in segments). Also runs alone: `tsx scripts/bench/document-bench.ts 1,2,5`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeLargeDocumentFolder } from './large-document'
import { ROOT, runPipeline } from './processes'

export const DEFAULT_DOCUMENT_MB = [1, 2, 5]
/** Issue 25's acceptance: a 5 MB English document in at most 15 s. */
export const LARGE_DOCUMENT_BUDGET = { mb: 5, seconds: 15 }

export interface LargeDocumentRun {
  mb: number
  seconds: number | null
  cpuSeconds?: number | null
  peakMB: number | null
  error: string | null
}

export async function benchLargeDocuments(sizes: readonly number[], log: (line: string) => void) {
  const runs: LargeDocumentRun[] = []
  for (const mb of sizes) {
    const dir = path.join(ROOT, '.bench', `document-${mb}mb`)
    log(`document ${mb} MB: writing it and running the pipeline`)
    writeLargeDocumentFolder(dir, mb * 1024 * 1024)
    runs.push({ mb, ...(await runPipeline(dir, 10 * 60_000, ['--timings'])) })
  }
  return runs
}

/** A Markdown table: size, time, seconds per MB (flat when linear), peak memory, and the budget. */
export function formatLargeDocuments(runs: readonly LargeDocumentRun[]): string {
  const lines = [
    '| English document | Pipeline (s) | s per MB | CPU (s) | CPU s per MB | Peak memory (MB) | budget |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ]
  for (const run of runs) {
    const perMB = run.seconds === null ? '–' : (run.seconds / run.mb).toFixed(2)
    const budget =
      run.mb !== LARGE_DOCUMENT_BUDGET.mb || run.seconds === null
        ? ''
        : `≤ ${LARGE_DOCUMENT_BUDGET.seconds} ${run.seconds <= LARGE_DOCUMENT_BUDGET.seconds ? '✓' : '✗'}`
    const seconds = run.seconds === null ? '–' : run.seconds.toFixed(1)
    const peak = run.peakMB === null ? '–' : String(Math.round(run.peakMB))
    const cpu = run.cpuSeconds == null ? '–' : run.cpuSeconds.toFixed(1)
    const cpuPerMB = run.cpuSeconds == null ? '–' : (run.cpuSeconds / run.mb).toFixed(2)
    lines.push(`| ${run.mb} MB | ${seconds} | ${perMB} | ${cpu} | ${cpuPerMB} | ${peak} | ${budget} |`)
  }
  const notes = runs.filter((run) => run.error).map((run) => `- ${run.mb} MB: ${run.error ?? ''}`)
  if (notes.length) lines.push('', 'Notes:', ...notes)
  return lines.join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv[2]?.split(',').map(Number) ?? DEFAULT_DOCUMENT_MB
  const runs = await benchLargeDocuments(sizes, (line) => process.stderr.write(`[bench] ${line}\n`))
  process.stdout.write(`${formatLargeDocuments(runs)}\n`)
}
