/**
 * Vitest globalSetup of the `e2e` project: serves the BUILT app (`npm run build` output) with
 * `vite preview` on 127.0.0.1 and a free port, under the strict Content-Security-Policy the app
 * must run with, and hands the address to the tests as `inject('baseUrl')`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { appOutDir } from '../../src/pipeline/paths'
import { HOST, freePort } from './free-port'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** What the app is allowed to load: only itself (plus data: images and fonts). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

/** Serves a built app folder as it is, on a free loopback port, under the strict policy. */
export async function serveBuilt(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const port = await freePort()
  // configFile: false: serve the folder as it is, without the app's build plugins.
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: HOST,
      port,
      strictPort: true,
      open: false,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
  })
  return { server, url: `http://${HOST}:${port}` }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = appOutDir()
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(
      `${path.join(outDir, 'index.html')} is missing: the end-to-end tests run against the built app. ` +
        'Run "npm run build" first (npm test does it for you).',
    )
  }
  const { server, url } = await serveBuilt(outDir)
  project.provide('baseUrl', url)
  return async function closeServer() {
    await server.close()
  }
}
