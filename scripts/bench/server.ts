/** A tiny static file server on 127.0.0.1 with a few mounts: `/app/` → the app build, and so on. */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Mounts map a URL prefix ("/plain/data/") to a folder; the longest matching prefix wins. */
export function resolveFile(mounts: Record<string, string>, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0]
  if (prefix === undefined) return null
  const root = path.resolve(mounts[prefix] as string)
  const rest = pathname.slice(prefix.length) || 'index.html'
  const file = path.resolve(root, rest.endsWith('/') ? `${rest}index.html` : rest)
  return file === root || file.startsWith(root + path.sep) ? file : null
}

export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const file = resolveFile(mounts, req.url ?? '/')
    if (file === null || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    })
    fs.createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
