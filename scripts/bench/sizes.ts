/** Gzip sizes (KB = 1,024 bytes) of a build's initial JS+CSS, as listed in its index.html, and of the data. */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export function gzipKB(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024
}

/** Scripts, module preloads and stylesheets referenced by index.html: what loads before any interaction. */
export function initialAssets(html: string): string[] {
  const found = new Set<string>()
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isLink = /^<link/i.test(tag)
    if (isLink && !/rel=["']?(stylesheet|modulepreload)/i.test(tag)) continue
    const url = tag.match(isLink ? /href=["']([^"']+)["']/i : /src=["']([^"']+)["']/i)?.[1]
    if (url && !/^(https?:)?\/\//.test(url) && /\.(m?js|css)$/.test(url)) found.add(url)
  }
  return [...found]
}

export function initialGzipKB(distDir: string): number {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8')
  return assetsGzipKB(distDir, initialAssets(html))
}

/** The gzip size of a build's files named by their paths on the page (`./assets/x.js`, `/app/assets/x.js`). */
export function assetsGzipKB(distDir: string, urls: readonly string[], prefix = ''): number {
  const files = new Set(urls.map((url) => url.replace(prefix, '').replace(/^\.?\//, '')))
  return [...files].reduce((sum, file) => sum + gzipKB(path.join(distDir, file)), 0)
}
