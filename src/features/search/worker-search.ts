/**
 * The page's side of the search worker: one load, then queries answered by id. The page stays free while the
 * worker reads a large index and runs each query; only the results cross over (ids and matched terms).
 */
import { resultOf, type SearchResult } from '../../model/search/result'
import type { SearchReply, SearchRequest } from './search-messages'

/** What the page gets back: the model's own result (ids, or null for nothing to search for; matched terms). */
export type IndexResult = SearchResult

export interface IndexSearch {
  search(query: string): Promise<IndexResult>
}

/** The worker could not run at all (its script missing or blocked): the caller may search on the page instead. */
export class WorkerUnavailable extends Error {
  override name = 'WorkerUnavailable'
}

type Port = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>

/** Asks `worker` to load the index at `url` (absolute: the worker resolves against its own script's address). */
export function startWorkerSearch(worker: Port, url: string): Promise<IndexSearch> {
  const waiting = new Map<number, { resolve: (result: IndexResult) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let broken: Error | null = null
  const post = (request: SearchRequest) => worker.postMessage(request)
  const search: IndexSearch = {
    search(query) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        if (broken) return reject(broken)
        waiting.set(id, { resolve, reject })
        post({ kind: 'search', id, query })
      })
    },
  }
  return new Promise((resolve, reject) => {
    let loaded = false
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const reply = event.data
      if (reply.kind === 'loaded') {
        loaded = true
        resolve(search)
      } else if (reply.kind === 'failed') {
        worker.terminate()
        reject(new Error(reply.message))
      } else {
        waiting.get(reply.id)?.resolve(resultOf(reply))
        waiting.delete(reply.id)
      }
    })
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault()
      worker.terminate()
      const error = loaded ? new Error(`search worker: ${event.message}`) : new WorkerUnavailable(event.message)
      broken = error
      reject(error)
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
    })
    post({ kind: 'load', url })
  })
}
