/**
 * The page and its script, from src/studio/web: the script is bundled in memory by vite on first request (no file
 * is written, nothing goes near dist/), the page gets this run's token in its script address.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web')

export function webAssets() {
  let script: Promise<string> | null = null
  return {
    page(token: string): string {
      return fs.readFileSync(path.join(WEB, 'index.html'), 'utf8').replaceAll('%STUDIO_TOKEN%', token)
    },
    script(): Promise<string> {
      script ??= bundle().catch((error: unknown) => {
        script = null
        throw error
      })
      return script
    },
  }
}

async function bundle(): Promise<string> {
  const { build } = await import('vite')
  const result = await build({
    configFile: false,
    root: WEB,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: path.join(WEB, 'main.ts'), output: { format: 'es', entryFileNames: 'studio.js' } },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((file) => file.type === 'chunk' && file.isEntry)
      if (chunk && chunk.type === 'chunk') return chunk.code
    }
  }
  throw new Error('vite gave no script for the studio page')
}
