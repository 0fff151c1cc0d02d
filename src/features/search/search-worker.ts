/**
 * The search worker, or null where none can run (jsdom). The offline single file (one HTML file, no file beside
 * it, and file:// pages may not start workers) builds with search-worker.single.ts in place of this module.
 */
export function createSearchWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' })
}
