/**
 * `npm run data [-- --strict] [-- --quiet] [-- --timings] [-- --no-wait]`: build `<TIMELINE_DATA or data>/build/`
 * from the data folder. Exit 0 with a summary, or exit 1 listing every problem, with nothing written. `--timings`
 * prints each phase's time and the peak memory to stderr. A run that finds another writing the same build waits
 * for it (or, with `--no-wait`, exits 1 naming it).
 */
import path from 'node:path'
import { buildDataset } from './build-dataset'
import { BuildLockedError } from './build-lock'
import { buildDate } from './build-date'
import { buildDir, dataDir } from './paths'
import { formatProblems, formatSummary } from './report'
import { Timings } from './timings'
import { buildFiles, writeBuild } from './write-build'

const OPTIONS = new Set(['--strict', '--quiet', '--timings', '--no-wait'])
const USAGE =
  'usage: npm run data -- [--strict] [--quiet] [--timings] [--no-wait]   (env TIMELINE_DATA=<dir>, SOURCE_DATE_EPOCH=<seconds>)'

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const unknown = argv.filter((arg) => !OPTIONS.has(arg))
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`)
    return 2
  }
  const strict = argv.includes('--strict')
  const quiet = argv.includes('--quiet')
  // From the process's start when run as a command, so module loading shows as its own phase.
  const timings = argv.includes('--timings') ? new Timings(invokedDirectly ? 0 : undefined) : undefined
  timings?.mark('startup')
  const dir = dataDir(env)
  let date: string
  try {
    date = buildDate(env)
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const progress = quiet ? undefined : (line: string) => console.error(line)
  const result = buildDataset(dir, { buildDate: date, strict, timings, progress })
  const lines = formatProblems(result.problems)
  timings?.mark('format problems')
  if (!result.dataset) {
    if (timings) for (const line of timings.lines()) console.error(line)
    for (const line of lines) console.error(line)
    const errors = result.problems.filter((p) => p.severity === 'error').length
    console.error(`\n${errors} error${errors === 1 ? '' : 's'} in ${dir}: nothing was written.`)
    return 1
  }
  if (!quiet) for (const line of lines) console.warn(line)
  const out = buildDir(env)
  const { dataset, documents } = result
  const files = buildFiles(dataset, documents, timings)
  try {
    await writeBuild(out, files, {
      waitMs: argv.includes('--no-wait') ? 0 : undefined,
      onWait: (h) =>
        console.error(`waiting for the run writing ${out} (process ${h.pid} on ${h.host}, since ${h.started})…`),
    })
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error
    console.error(`${error.message}\nnothing was written.`)
    return 1
  }
  timings?.mark('write')
  if (!quiet) {
    console.log(formatSummary(result.dataset, result.uncovered, result.markup).join('\n'))
    console.log(`written to ${path.relative(process.cwd(), out) || out}`)
  }
  if (timings) for (const line of timings.lines()) console.error(line)
  return 0
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2))
