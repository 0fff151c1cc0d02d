/**
 * `vite build --mode single`: the whole app in ONE HTML file that works from disk (file://) with no network.
 * vite-plugin-singlefile inlines the script and the stylesheet (and turns Rolldown's code splitting off, so
 * lazy imports are inlined too); this plugin then adds the built data as a JSON data block (never executed,
 * so outside script-src) and a Content-Security-Policy meta tag with the SHA-256 of every inline script
 * and style, computed from the final file (src/pipeline/csp.ts). See docs/decisions/0009-single-file.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin, PluginOption } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { withPolicyMeta } from './csp'
import { dataDir } from './paths'
import { rewriteWrittenPage } from './vite-rewrite-page'

/** Must equal `INLINE_DATA_ID` in src/lib/offline/inline-data.ts (a test checks it). */
export const INLINE_DATA_ID = 'timeline-data'
export const SINGLE_FILE_NAME = 'timeline.html'

/** `dist-single/` for the project's own data, `<dir>/dist-single/` for another data folder. */
export function singleOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TIMELINE_DATA ? path.join(dataDir(env), 'dist-single') : path.resolve('dist-single')
}

export interface InlineDataFiles {
  dataset: unknown
  documents: Record<string, unknown>
  searchIndex?: unknown
  /** `media/<name>` → its data: URL (the single file's policy allows images from data: only). */
  media?: Record<string, string>
}

interface BuiltMediaFile {
  file?: string
  type?: string
}

/** The events' images as data: URLs, read from the data folder beside build/ (the pipeline checked them). */
function inlineMedia(buildDirectory: string, dataset: unknown): Record<string, string> {
  const events = (dataset as { events?: { media?: BuiltMediaFile[] }[] }).events ?? []
  const media: Record<string, string> = {}
  for (const item of events.flatMap((event) => event.media ?? [])) {
    if (!item.file || !item.type || item.file in media) continue
    const bytes = fs.readFileSync(path.join(path.dirname(buildDirectory), item.file))
    media[item.file] = `data:${item.type};base64,${bytes.toString('base64')}`
  }
  return media
}

/** build/dataset.json, build/search-index.json (when there) and every build/documents/<id>.json. */
export function readInlineDataFiles(buildDirectory: string): InlineDataFiles {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))
  const datasetFile = path.join(buildDirectory, 'dataset.json')
  if (!fs.existsSync(datasetFile)) throw new Error(`${datasetFile} does not exist: run "npm run data" first`)
  const documentsDir = path.join(buildDirectory, 'documents')
  const documents: Record<string, unknown> = {}
  if (fs.existsSync(documentsDir)) {
    for (const name of fs.readdirSync(documentsDir).sort()) {
      if (name.endsWith('.json')) documents[name.slice(0, -'.json'.length)] = read(path.join(documentsDir, name))
    }
  }
  const searchIndexFile = path.join(buildDirectory, 'search-index.json')
  const searchIndex = fs.existsSync(searchIndexFile) ? read(searchIndexFile) : undefined
  const dataset = read(datasetFile)
  const media = inlineMedia(buildDirectory, dataset)
  return {
    dataset,
    documents,
    ...(searchIndex === undefined ? {} : { searchIndex }),
    ...(Object.keys(media).length === 0 ? {} : { media }),
  }
}

/**
 * The data as `<script type="application/json">`. Every "<" is written as \u003c (same JSON value), so no
 * text in the data can close the element or open a comment.
 */
export function inlineDataBlock(data: InlineDataFiles): string {
  const json = JSON.stringify(data).replaceAll('<', '\\u003c')
  return `<script type="application/json" id="${INLINE_DATA_ID}">${json}</script>`
}

/** Adds the data block before `</body>`, then the single file's policy meta (the data block is not code: not hashed). */
export function finishSingleFile(built: string, data: InlineDataFiles): string {
  return withPolicyMeta(built.replace('</body>', `${inlineDataBlock(data)}\n</body>`), 'single')
}

// After vite-plugin-singlefile has written the inlined HTML: hashes must be taken from the final text.
function inlineData(buildDirectory: string): Plugin {
  return rewriteWrittenPage('timeline-single-file-data', SINGLE_FILE_NAME, (built) =>
    finishSingleFile(built, readInlineDataFiles(buildDirectory)),
  )
}

const SEARCH_WORKER = path.join('src', 'features', 'search', 'search-worker.ts')

/**
 * The single file searches on the page (a file:// page cannot start a worker, and the worker's script would be
 * a second file): the module that starts the worker is swapped for its stand-in, search-worker.single.ts.
 */
function withoutSearchWorker(): Plugin {
  return {
    name: 'timeline-single-file-no-search-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('search-worker')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!resolved?.id.endsWith(SEARCH_WORKER)) return resolved
      return resolved.id.replace(/\.ts$/, '.single.ts')
    },
  }
}

/** The plugins of `--mode single`, in place of the dataset-assets plugin of the normal build. */
export function singleFile(buildDirectory: string): PluginOption[] {
  return [
    {
      name: 'timeline-single-file-config',
      config: () => ({ build: { outDir: singleOutDir(), emptyOutDir: true, modulePreload: false } }),
    },
    withoutSearchWorker(),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    inlineData(buildDirectory),
  ]
}
