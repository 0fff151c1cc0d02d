/** `npm run import -- FILE [--out DIR] [--lang en|ru]`: see import.ts. Prints what was mapped, reported and refused. */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importTimeline, writeFolder } from './import'
import type { ImportProblem } from './slides'

const USAGE = 'usage: npm run import -- FILE [--out DIR] [--lang en|ru]'

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, lang: { type: 'string' } },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const [file] = parsed.positionals
  const lang = parsed.values.lang
  if (!file || parsed.positionals.length > 1 || (lang !== undefined && lang !== 'en' && lang !== 'ru')) {
    console.error(USAGE)
    return 2
  }
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile()) {
    console.error(`${file}: not a file`)
    return 1
  }
  const out = parsed.values.out ?? path.join(path.dirname(file), path.basename(file).replace(/\.[^.]+$/, ''))
  const outcome = importTimeline(await fs.readFile(file), file, lang)
  for (const problem of outcome.problems) console.error(`${file}: ${formatImportProblem(problem)}`)
  if (!outcome.folder) {
    console.error(`${file}: nothing written`)
    return 1
  }
  try {
    await writeFolder(outcome.folder, out)
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`)
    return 1
  }
  const refused = outcome.problems.filter((p) => p.severity === 'refused').length
  const reported = outcome.problems.length - refused
  const { events, periods, topics } = outcome.folder
  console.log(
    `${file} (${outcome.format}, ${outcome.lang}) → ${out}: ${events} events, ${periods} periods, ${topics} topics; ${reported} reported, ${refused} refused`,
  )
  console.log(`Next: TIMELINE_DATA=${out} npm run data  (then translate in the studio, or the YAML, before --strict)`)
  return 0
}

export function formatImportProblem(problem: ImportProblem): string {
  const field = problem.field ? ` ${problem.field}:` : ''
  return `${problem.severity === 'refused' ? 'refused' : 'note'}: ${problem.where}:${field} ${problem.message}`
}

process.exitCode = await main(process.argv.slice(2))
