/**
 * `npm run preview [-- --port N]`: serves the built app (`dist/`, or `<dir>/dist/` with TIMELINE_DATA=dir) on
 * 127.0.0.1 with the headers of its `_headers` file, and says which folder and which headers, so what you
 * see is what a host configured as in the README's "Deploy" would serve.
 */
import path from 'node:path'
import { appOutDir } from '../src/pipeline/paths'
import { serveDist } from '../src/pipeline/serve-dist'

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

async function main(): Promise<void> {
  const outDir = appOutDir()
  const port = Number(option('--port') ?? 4173)
  const { url, rules } = await serveDist(outDir, { port })
  const relative = path.relative(process.cwd(), outDir) || '.'
  const data = process.env.TIMELINE_DATA ? `TIMELINE_DATA=${process.env.TIMELINE_DATA}` : 'the project’s data/'
  console.log(`Serving ${relative}${path.sep} (built from ${data}) at ${url}/`)
  console.log(`Headers, from ${path.join(relative, '_headers')} (the page itself carries the policy as a meta tag):`)
  for (const rule of rules) {
    for (const [name, value] of Object.entries(rule.headers)) console.log(`  ${rule.path.padEnd(12)} ${name}: ${value}`)
  }
  console.log('Ctrl+C stops it.')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
