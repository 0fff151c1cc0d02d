/**
 * Serves the built dataset at `/data/…` in dev and copies it into the app build, so the app
 * loads `dataset.json` and the document texts as assets, never compiled into the JavaScript; the page preloads
 * `dataset.json`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

export function datasetAssets(buildDirectory: string): Plugin {
  return {
    name: 'timeline-dataset-assets',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
        const file = path.join(buildDirectory, path.normalize(url).replace(/^([/\\])+/, ''))
        if (!file.startsWith(buildDirectory) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        fs.createReadStream(file).pipe(res)
      })
    },
    // The browser fetches the dataset while it still loads and compiles the scripts that will ask for it
    // (the app's fetch then takes the preloaded response: same URL, mode and credentials).
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: './data/dataset.json', as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ]
    },
    generateBundle() {
      for (const file of listFiles(buildDirectory)) {
        const relative = path.relative(buildDirectory, file).split(path.sep).join('/')
        if (!relative.endsWith('.json')) continue
        this.emitFile({ type: 'asset', fileName: `data/${relative}`, source: fs.readFileSync(file) })
      }
    },
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run "npm run data" first`)
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
