import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineHashes, policyMetaOf, withPolicyMeta } from '../../src/pipeline/csp'
import { deployHeaders, formatHeadersFile, headersFor, parseHeadersFile } from '../../src/pipeline/deploy-headers'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]))

const HOSTED = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '    <link rel="stylesheet" href="./assets/index-abc.css">',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
].join('\n')

describe('inline hashes', () => {
  it('hashes inline scripts and styles, but not JSON data blocks or scripts with a src', () => {
    const html = `<script src="a.js"></script><script>a()</script><script type="application/json" id="x">{}</script><style>p{}</style>`
    expect(inlineHashes(html)).toEqual({ scripts: [hash('a()')], styles: [hash('p{}')] })
  })

  it('does not take a "<style" inside script code for a style element', () => {
    const html = `<script>const s = "<style>x{}</style>"</script><style>p{}</style>`
    expect(inlineHashes(html).styles).toEqual([hash('p{}')])
  })
})

describe('the hosted policy', () => {
  it('allows the own origin for code, data, workers, images and fonts, and nothing inline unless hashed', () => {
    const policy = directives(contentSecurityPolicy(HOSTED, 'hosted'))
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'object-src': "'none'",
    })
  })

  it('adds the hash of an inline script to script-src beside self, never unsafe-inline', () => {
    const policy = contentSecurityPolicy(HOSTED.replace('</head>', '<script>boot()</script></head>'), 'hosted')
    expect(directives(policy).get('script-src')).toBe(`'self' ${hash('boot()')}`)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('says frame-ancestors only in the header form (a meta tag cannot)', () => {
    const meta = contentSecurityPolicy(HOSTED, 'hosted', 'meta')
    const header = contentSecurityPolicy(HOSTED, 'hosted', 'header')
    expect(meta).not.toContain('frame-ancestors')
    expect(header).toBe(`${meta}; frame-ancestors 'none'`)
  })

  it('puts the meta tag after the charset and before every script and stylesheet, and reads it back', () => {
    const page = withPolicyMeta(HOSTED.replaceAll('\n', '\r\n'), 'hosted')
    expect(page).not.toContain('\r')
    const meta = page.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(page.indexOf('<meta charset'))
    expect(meta).toBeLessThan(page.indexOf('<script'))
    expect(policyMetaOf(page)).toBe(contentSecurityPolicy(HOSTED, 'hosted'))
    expect(policyMetaOf(HOSTED)).toBeNull()
  })
})

describe('the deploy headers', () => {
  const rules = deployHeaders(HOSTED)

  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules)
  })

  it('sends the header policy everywhere, caches hashed assets for a year and revalidates the page and the data', () => {
    const policy = contentSecurityPolicy(HOSTED, 'hosted', 'header')
    expect(headersFor(rules, '/')).toMatchObject({ 'Content-Security-Policy': policy, 'Cache-Control': 'no-cache' })
    expect(headersFor(rules, '/index.html')['Cache-Control']).toBe('no-cache')
    expect(headersFor(rules, '/data/dataset.json')['Cache-Control']).toBe('no-cache')
    expect(headersFor(rules, '/assets/index-abc.js')).toMatchObject({
      'Content-Security-Policy': policy,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    })
    expect(headersFor(rules, '/robots.txt')['Cache-Control']).toBeUndefined()
  })

  it('matches paths under the folder the site is served from', () => {
    expect(headersFor(rules, '/timelines/rj/assets/x.js', '/timelines/rj/')['Cache-Control']).toContain('immutable')
    expect(headersFor(rules, '/timelines/rj/', '/timelines/rj/')['Cache-Control']).toBe('no-cache')
  })

  it('refuses a header line outside a path block, with the file and line', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n', 'dist/_headers')).toThrow(
      'dist/_headers:1: "X-Frame-Options: DENY" is not "Name: value" under a path',
    )
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow('_headers:2:')
  })
})
