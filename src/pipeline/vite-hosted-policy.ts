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

export function hostedPolicy(): Plugin {
  let outDir = ''
  return {
    name: 'timeline-hosted-policy',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      const file = path.join(outDir, 'index.html')
      const html = withPolicyMeta(fs.readFileSync(file, 'utf8'), 'hosted')
      fs.writeFileSync(file, html)
      fs.writeFileSync(path.join(outDir, HEADERS_FILE), formatHeadersFile(deployHeaders(html)))
    },
  }
}
