/** The search index and its queries, off the page's thread (started by worker-search.ts). */
import { searchHost } from './search-host'
import type { SearchReply, SearchRequest } from './search-messages'

interface WorkerScope {
  postMessage(message: SearchReply, transfer?: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void
}

const scope = self as unknown as WorkerScope
const handle = searchHost((reply, transfer) => scope.postMessage(reply, transfer ?? []))
scope.addEventListener('message', (event) => handle(event.data))
