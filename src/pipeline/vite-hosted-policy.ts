/**
 * The hosted build (`vite build`, dist/) carries its Content-Security-Policy in the page, so it holds on any
 * static host with no server configuration, and writes dist/_headers for the hosts that read one. Both come
 * from the final index.html, after every other plugin has written it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { withPolicyMeta } from './csp'
import { deployHeaders, formatHeadersFile, HEADERS_FILE } from './deploy-headers'
import { rewriteWrittenPage } from './vite-rewrite-page'

export function hostedPolicy(): Plugin {
  return rewriteWrittenPage('timeline-hosted-policy', 'index.html', (built, outDir) => {
    const html = withPolicyMeta(built, 'hosted')
    fs.writeFileSync(path.join(outDir, HEADERS_FILE), formatHeadersFile(deployHeaders(html)))
    return html
  })
}
