/**
 * Serves a built app folder the way a host that reads `_headers` would: `vite preview` on 127.0.0.1, each
 * response with the headers its path gets from the folder's `_headers` (written by the build). `npm run
 * preview`, the end-to-end tests and the Lighthouse script all serve through here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { HEADERS_FILE, headersFor, parseHeadersFile, type HeaderRule } from './deploy-headers'

export interface ServedDist {
  server: PreviewServer
  url: string
  rules: HeaderRule[]
}

/** The folder's `_headers` rules; a clear error when the folder is not a build. */
export function readDistHeaders(outDir: string): HeaderRule[] {
  for (const name of ['index.html', HEADERS_FILE]) {
    const file = path.join(outDir, name)
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`)
  }
  const file = path.join(outDir, HEADERS_FILE)
  return parseHeadersFile(fs.readFileSync(file, 'utf8'), file)
}

export async function serveDist(outDir: string, options: { host?: string; port?: number } = {}): Promise<ServedDist> {
  const rules = readDistHeaders(outDir)
  const host = options.host ?? '127.0.0.1'
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    build: { outDir },
    preview: { host, port: options.port ?? 0, strictPort: false, open: false },
    plugins: [
      {
        name: 'timeline-dist-headers',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((req, res, next) => {
            const requestPath = (req.url ?? '/').split('?')[0] ?? '/'
            for (const [name, value] of Object.entries(headersFor(rules, requestPath))) res.setHeader(name, value)
            next()
          })
        },
      },
    ],
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error(`serving ${outDir}: the preview server has no address`)
  return { server, url: url.replace(/\/$/, ''), rules }
}
