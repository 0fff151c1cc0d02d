/**
 * The HTTP headers a host should add to the hosted build where it lets us (none are needed: the page's meta
 * tag already carries the policy). Written into dist/_headers, the file Netlify and Cloudflare Pages read;
 * `npm run preview` and the end-to-end server send the same rules. Paths are relative to the site's root.
 */
import { contentSecurityPolicy } from './csp'

export const HEADERS_FILE = '_headers'

export interface HeaderRule {
  /** `/*` (every path), `/assets/*` (everything under it) or one exact path. */
  path: string
  headers: Record<string, string>
}

/** Hashed file names never change content: cache them for a year. The page and the data change in place. */
const LONG = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** The rules for a build whose index.html is `html` (its inline code, if any, is hashed into the policy). */
export function deployHeaders(html: string): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(html, 'hosted', 'header'),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    },
    { path: '/assets/*', headers: { 'Cache-Control': LONG } },
    { path: '/', headers: { 'Cache-Control': REVALIDATE } },
    { path: '/index.html', headers: { 'Cache-Control': REVALIDATE } },
    { path: '/data/*', headers: { 'Cache-Control': REVALIDATE } },
  ]
}

/** The `_headers` format: a path on its own line, then its headers indented, `Name: value`. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  )
  return `# Headers for Netlify and Cloudflare Pages (see the README's "Deploy").\n${blocks.join('\n')}\n`
}

/** Reads a `_headers` file back; a header line outside a path block or without a colon is an error. */
export function parseHeadersFile(text: string, file = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} })
      continue
    }
    const colon = line.indexOf(':')
    const rule = rules.at(-1)
    if (!rule || colon === -1)
      throw new Error(`${file}:${index + 1}: "${line.trim()}" is not "Name: value" under a path`)
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return rules
}

/** The headers for a request path (under `base`, the folder the site is served from): every matching rule's, in order. */
export function headersFor(rules: readonly HeaderRule[], requestPath: string, base = '/'): Record<string, string> {
  const path = requestPath.startsWith(base) ? `/${requestPath.slice(base.length)}` : requestPath
  const matches = (pattern: string) =>
    pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) || path === pattern.slice(0, -2) : path === pattern
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers))
}
