/**
 * The search worker's side, apart from the worker itself so it can be tested without one: it fetches the
 * index the pipeline built, reads it (a JSON parse: its postings are decoded as queries reach them) and answers
 * queries, off the page's thread.
 */
import { loadSearchIndexObject, searchHits, type SearchIndex } from '../../model/search'
import type { SearchReply, SearchRequest } from './search-messages'

/** The index from the answer to its request (`url` is for the error); the page's own search reads it so too. */
export async function readIndex(response: Response, url: string): Promise<SearchIndex> {
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`)
  return loadSearchIndexObject(await response.json())
}

async function fetchIndex(url: string, fetchImpl: typeof fetch): Promise<SearchIndex> {
  return readIndex(await fetchImpl(url), url)
}

/** `transfer`: the buffers a reply hands over rather than copies (the worker's postMessage takes them). */
export function searchHost(
  reply: (message: SearchReply, transfer?: Transferable[]) => void,
  fetchImpl: typeof fetch = fetch,
) {
  let index: Promise<SearchIndex> | null = null
  return function handle(request: SearchRequest): void {
    if (request.kind === 'load') {
      index ??= fetchIndex(request.url, fetchImpl)
      index.then(
        () => reply({ kind: 'loaded' }),
        (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
      return
    }
    if (index === null) {
      reply({ kind: 'failed', message: 'search before load' })
      return
    }
    index.then(
      (loaded) => {
        const hits = searchHits(loaded, request.query)
        reply({ kind: 'result', id: request.id, ...hits }, [hits.offsets.buffer, hits.pairs.buffer])
      },
      () => {}, // the load's own reply has said why
    )
  }
}
