/**
 * `npm run export:timelinejs -- [--lang en|ru] [--out FILE]`: the built dataset (`npm run data` first) as a
 * TimelineJS3 JSON file, one language per file (both by default: `<out>.en.json` and `<out>.ru.json`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Language } from '../../model'
import { datasetSchema } from '../../model/schema'
import { toTimelineJs } from '../../model/timelinejs'
import { buildDir } from '../paths'

const USAGE = 'usage: npm run export:timelinejs -- [--lang en|ru] [--out FILE]'

function main(argv: string[]): number {
  let values: { lang?: string; out?: string }
  try {
    values = parseArgs({ args: argv, options: { lang: { type: 'string' }, out: { type: 'string' } } }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ru') {
    console.error(USAGE)
    return 2
  }
  const file = path.join(buildDir(), 'dataset.json')
  if (!fs.existsSync(file)) {
    console.error(`${file} does not exist: run \`npm run data\` first`)
    return 1
  }
  const parsed = datasetSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    console.error(`${file} is not a dataset of this version: run \`npm run data\` again`)
    return 1
  }
  const langs: Language[] = values.lang ? [values.lang as Language] : ['en', 'ru']
  for (const lang of langs) {
    const out = values.out
      ? langs.length === 1
        ? values.out
        : values.out.replace(/(\.json)?$/, `.${lang}.json`)
      : path.join(buildDir(), `timelinejs.${lang}.json`)
    const timeline = toTimelineJs(parsed.data, parsed.data.events, lang)
    fs.writeFileSync(out, `${JSON.stringify(timeline, null, 2)}\n`)
    console.log(`${out}: ${timeline.events.length} slides, ${timeline.eras.length} eras (${lang})`)
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
