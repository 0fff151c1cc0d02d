import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { appOutDir, buildDir } from './src/pipeline/paths'
import { datasetAssets } from './src/pipeline/vite-dataset-plugin'
import { hostedPolicy } from './src/pipeline/vite-hosted-policy'
import { pageMeta } from './src/pipeline/vite-page-meta'
import { prerender } from './src/pipeline/vite-prerender'
import { singleFile } from './src/pipeline/vite-single-file'

// `--mode single` (npm run build:single): one self-contained HTML file instead of the app and its data folder.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    pageMeta(buildDir()),
    // The first view as static HTML in index.html, painted before the JavaScript (ADR 0023).
    ...prerender(buildDir()),
    ...(mode === 'single' ? singleFile(buildDir()) : [datasetAssets(buildDir()), hostedPolicy()]),
  ],
  base: './',
  // The single file is the whole app: no public/ files (robots.txt is for the hosted site) beside it.
  publicDir: mode === 'single' ? false : 'public',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { outDir: appOutDir(), emptyOutDir: true, sourcemap: false },
  // The search worker (src/features/search/search.worker.ts) is a module worker: it shares chunks like the page.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/model/**/*.test.ts',
            'tests/pipeline/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/studio/**/*.test.ts',
            'tests/setup/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: [
            'tests/app/**/*.test.{ts,tsx}',
            'tests/features/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
          ],
          environment: 'jsdom',
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      // The date tests again under two far-apart zones: no date may shift with the machine's time zone.
      {
        extends: true,
        test: {
          name: 'dates-tz-la',
          include: ['tests/model/date/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        extends: true,
        test: {
          name: 'dates-tz-kiritimati',
          include: ['tests/model/date/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/e2e-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}))
