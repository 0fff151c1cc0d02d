import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

/**
 * A build plugin that rewrites one written page of the build (`page`, in the out dir) once every other plugin
 * has written it (`enforce: 'post'`, at writeBundle): what is hashed or checked there is the final text.
 */
export function rewriteWrittenPage(
  name: string,
  page: string,
  rewrite: (html: string, outDir: string) => string,
): Plugin {
  let outDir = ''
  return {
    name,
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      const file = path.join(outDir, page)
      fs.writeFileSync(file, rewrite(fs.readFileSync(file, 'utf8'), outDir))
    },
  }
}
