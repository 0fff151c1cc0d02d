/**
 * Vitest globalSetup of the `e2e` project: serves the BUILT app (`npm run build` output) on 127.0.0.1 and a
 * free port with the headers of its `_headers` file (the header form of the strict Content-Security-Policy
 * among them, on top of the page's own meta tag), and hands the address to the tests as `inject('baseUrl')`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { appOutDir } from '../../src/pipeline/paths'
import { contentSecurityPolicy } from '../../src/pipeline/csp'
import { serveDist } from '../../src/pipeline/serve-dist'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** The header form of the policy of the build in `outDir` (what the servers of the tests send). */
export function servedPolicy(outDir = appOutDir()): string {
  return contentSecurityPolicy(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'), 'hosted', 'header')
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = appOutDir()
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(
      `${path.join(outDir, 'index.html')} is missing: the end-to-end tests run against the built app. ` +
        'Run "npm run build" first (npm test does it for you).',
    )
  }
  const { server, url } = await serveDist(outDir)
  project.provide('baseUrl', url)
  return async function closeServer() {
    await server.close()
  }
}
