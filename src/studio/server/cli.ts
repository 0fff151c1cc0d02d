/**
 * `npm run studio [-- --port N]`: the local authoring tool on 127.0.0.1, reading and writing the data folder
 * (`TIMELINE_DATA`, default data/). Prints the address to open, with this run's token, on a line of its own.
 */
import fs from 'node:fs'
import { dataDir } from '../../pipeline/paths'
import { startStudio } from './app'
import { parsePort } from './args'
import { newToken } from './guard'

async function main(): Promise<number> {
  const port = parsePort(process.argv.slice(2))
  if (typeof port === 'string') {
    console.error(port)
    return 2
  }
  const dir = dataDir()
  if (!fs.existsSync(dir)) {
    console.error(`the data folder ${dir} does not exist (set TIMELINE_DATA)`)
    return 2
  }
  const studio = await startStudio({ dataDir: dir, port, token: newToken() })
  console.log(`The studio is reading and writing ${dir}. Open:`)
  console.log(studio.url)
  return -1
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
