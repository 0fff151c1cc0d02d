import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveFile, serveStatic } from '../../../scripts/bench/server'
import { assetsGzipKB, gzipKB, initialAssets, initialGzipKB } from '../../../scripts/bench/sizes'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serving-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('resolveFile', () => {
  const mounts = { '/plain/': '/srv/plain', '/plain/data/': '/srv/data' }
  it('uses the longest matching mount and index.html for folders', () => {
    expect(resolveFile(mounts, '/plain/')).toBe(path.resolve('/srv/plain/index.html'))
    expect(resolveFile(mounts, '/plain/data/dataset.json?x=1')).toBe(path.resolve('/srv/data/dataset.json'))
  })
  it('never leaves the mounted folder', () => {
    expect(resolveFile(mounts, '/plain/../../etc/passwd')).toBeNull()
    expect(resolveFile(mounts, '/plain/%2e%2e/secret')).toBeNull()
    expect(resolveFile(mounts, '/other/file')).toBeNull()
  })
})

describe('serveStatic', () => {
  it('serves files on 127.0.0.1 with their content type, 404 otherwise', async () => {
    fs.writeFileSync(path.join(tmp, 'index.html'), '<p>hi</p>')
    const server = await serveStatic({ '/app/': tmp })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const ok = await fetch(`${server.url}/app/`)
      expect(ok.headers.get('content-type')).toContain('text/html')
      expect(await ok.text()).toBe('<p>hi</p>')
      expect((await fetch(`${server.url}/app/missing.js`)).status).toBe(404)
    } finally {
      await server.close()
    }
  })
})

describe('initial assets', () => {
  const html = `<script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
    <link rel="icon" href="./favicon.svg"><script src="https://example.org/x.js"></script>`

  it('lists the scripts, module preloads and stylesheets of index.html, not icons or remote files', () => {
    expect(initialAssets(html)).toEqual(['./assets/index-a.js', './assets/vendor-b.js', './assets/index-c.css'])
  })

  it('sums their gzip sizes in KB', () => {
    fs.mkdirSync(path.join(tmp, 'dist', 'assets'), { recursive: true })
    fs.writeFileSync(path.join(tmp, 'dist', 'index.html'), html)
    for (const name of ['index-a.js', 'vendor-b.js', 'index-c.css']) {
      fs.writeFileSync(path.join(tmp, 'dist', 'assets', name), 'x'.repeat(5000))
    }
    const kb = initialGzipKB(path.join(tmp, 'dist'))
    expect(kb).toBeGreaterThan(0)
    expect(kb).toBeLessThan(1)
  })

  it('sums what a page fetched by its paths on the server, each file once', () => {
    const dist = path.join(tmp, 'dist')
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(dist, 'assets', 'entry.js'), 'a'.repeat(3000))
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'b'.repeat(9000))
    const one = (name: string) => gzipKB(path.join(dist, 'assets', name))
    const kb = assetsGzipKB(dist, ['/app/assets/entry.js', '/app/assets/app.js', '/app/assets/app.js'], '/app/')
    expect(kb).toBeCloseTo(one('entry.js') + one('app.js'), 6)
  })
})
