/**
 * Serves the built dataset at `/data/…` in dev and copies it into the app build, so the app
 * loads `dataset.json` and the document texts as assets, never compiled into the JavaScript; the page preloads
 * `dataset.json`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { encodeEvents } from '../model/compact-events'
import { decodeEvents } from '../model/compact-events-decode'
import type { Dataset } from '../model/schema'

/** Images of events (`<data>/media/…`, checked by the pipeline) go beside the dataset as `data/media/…`. */
const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
}

export function datasetAssets(
  buildDirectory: string,
  mediaDirectory = path.join(path.dirname(buildDirectory), 'media'),
): Plugin {
  return {
    name: 'timeline-dataset-assets',
    configureServer(server) {
      server.middlewares.use('/data/media', (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
        const file = path.join(mediaDirectory, path.normalize(url).replace(/^([/\\])+/, ''))
        const type = MEDIA_TYPES[path.extname(file).toLowerCase()]
        if (!type || !file.startsWith(mediaDirectory) || !fs.existsSync(file) || !fs.statSync(file).isFile())
          return next()
        res.setHeader('Content-Type', type)
        fs.createReadStream(file).pipe(res)
      })
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
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative}`,
          source: assetSource(relative, file, (m) => this.warn(m)),
        })
      }
      if (!fs.existsSync(mediaDirectory)) return
      for (const entry of fs.readdirSync(mediaDirectory, { withFileTypes: true })) {
        if (!entry.isFile() || !MEDIA_TYPES[path.extname(entry.name).toLowerCase()]) continue
        const source = fs.readFileSync(path.join(mediaDirectory, entry.name))
        this.emitFile({ type: 'asset', fileName: `data/media/${entry.name}`, source })
      }
    },
  }
}

/**
 * The dataset as the app reads it: without the build's indentation, and its events in columns (ADR 0027; at
 * 100,000 events 139 MB → ~60 MB) when decoding them gives back the same JSON, else as the plain list.
 * build/dataset.json keeps the plain, indented form for the people and tools that read it.
 */
function assetSource(relative: string, file: string, warn: (message: string) => void): Buffer | string {
  if (relative !== 'dataset.json') return fs.readFileSync(file)
  const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset
  const plain = JSON.stringify(dataset)
  if (!Array.isArray(dataset.events)) return plain
  const compact = encodeEvents(dataset.events)
  if (JSON.stringify({ ...dataset, events: decodeEvents(compact) }) === plain)
    return JSON.stringify({ ...dataset, events: compact })
  warn('dataset.json: the events in columns do not decode to the same JSON; the app gets the plain list')
  return plain
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run "npm run data" first`)
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
