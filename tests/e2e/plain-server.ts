/**
 * The plainest static host: a node:http server that maps a URL folder (`/` or `/timelines/rj/`) to a built app
 * folder and sends each file with only its Content-Type (module scripts need one): no Content-Security-Policy,
 * no caching or security header, no rewrite to index.html. Anything outside the folder is a 404.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface PlainServer {
  /** The site's address, ending in the folder's "/". */
  url: string
  close(): Promise<void>
}

export async function servePlain(root: string, base = '/'): Promise<PlainServer> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    const relative = pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : null
    const file = relative === null ? null : path.join(root, relative === '' ? 'index.html' : relative)
    if (!file || !file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
