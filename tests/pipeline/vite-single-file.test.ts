import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { INLINE_DATA_ID as BROWSER_ID } from '../../src/lib/offline/inline-data'
import { contentSecurityPolicy } from '../../src/pipeline/csp'
import { finishSingleFile, INLINE_DATA_ID, inlineDataBlock } from '../../src/pipeline/vite-single-file'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const BUILT = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <script type="module" crossorigin>console.log("Привет")</script>',
  '    <style rel="stylesheet" crossorigin>body{margin:0}</style>',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
].join('\r\n')

const DATA = {
  dataset: { title: 'a </script><script>alert(1)</script> <!-- b' },
  documents: { 'doc-en': { id: 'doc-en', language: 'en', text: '<b>bold</b>' } },
}

describe('the single file', () => {
  it('uses the same data block id as the browser code', () => {
    expect(INLINE_DATA_ID).toBe(BROWSER_ID)
  })

  it('writes the data as a JSON block no text can break out of, and that parses back to the same value', () => {
    const block = inlineDataBlock(DATA)
    const json = block.slice(block.indexOf('>') + 1, -'</script>'.length)
    expect(json).not.toContain('<')
    expect(block.match(/<\/script>/g)).toHaveLength(1)
    expect(JSON.parse(json)).toEqual(DATA)
  })

  it('allows only the hashed code and nothing from the network, with no unsafe-inline', () => {
    const policy = contentSecurityPolicy('<script>a()</script><style>p{}</style>', 'single')
    expect(policy).toContain(`script-src ${hash('a()')};`)
    expect(policy).toContain(`style-src ${hash('p{}')};`)
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("connect-src 'none'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
  })

  it('adds the data block and the policy meta before any script, hashing the text the browser will parse', () => {
    const html = finishSingleFile(BUILT, DATA)
    expect(html).not.toContain('\r')
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(meta).toBeLessThan(html.indexOf('<script'))
    expect(html).toContain(`script-src ${hash('console.log("Привет")')};`)
    expect(html).toContain(`style-src ${hash('body{margin:0}')};`)
    expect(html).toContain(`<script type="application/json" id="${INLINE_DATA_ID}">`)
    expect(html.indexOf(`id="${INLINE_DATA_ID}"`)).toBeLessThan(html.indexOf('</body>'))
  })
})
