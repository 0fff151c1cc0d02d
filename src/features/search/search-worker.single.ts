/** The single-file build's stand-in for search-worker.ts: no worker; its index is in the page and read there. */
export function createSearchWorker(): Worker | null {
  return null
}
