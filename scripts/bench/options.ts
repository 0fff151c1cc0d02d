/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  sizes: number[]
  runs: number
  json: string | null
  seed: number
  /** Sizes in MB of the single large English document the pipeline is timed on. */
  documentsMB: number[]
}

export const DEFAULT_SIZES = [100, 1000, 10_000]
/** From this size on: one load, and a load that overruns its time limit records null. */
export const HUGE_SIZE = 100_000

const USAGE =
  'usage: npm run bench -- [--sizes 100,1000,10000] [--documents 1,2,5|none] [--runs 5] [--json FILE] [--seed 1]'

export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, runs: 5, json: null, seed: 1, documentsMB: [1, 2, 5] }
  for (let i = 0; i < args.length; i++) {
    const name = args[i]
    const value = args[i + 1]
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`)
    i++
    if (name === '--sizes') options.sizes = value.split(',').map((s) => positive(name, s.trim()))
    else if (name === '--documents')
      options.documentsMB = value === 'none' ? [] : value.split(',').map((s) => positive(name, s.trim()))
    else if (name === '--runs') options.runs = positive(name, value)
    else if (name === '--seed') options.seed = positive(name, value)
    else if (name === '--json') options.json = value
    else throw new Error(`unknown option ${name}\n${USAGE}`)
  }
  return options
}

function positive(name: string, text: string): number {
  const value = Number(text.replace(/_/g, ''))
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: "${text}" is not a positive integer\n${USAGE}`)
  return value
}

/** Loads per size: huge corpora get one. */
export function runsFor(size: number, runs: number): number {
  return size >= HUGE_SIZE ? 1 : runs
}
