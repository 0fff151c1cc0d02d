/** What the page and the search worker say to each other (see search.worker.ts and worker-search.ts). */
import type { SearchHits } from '../../model/search'

export type SearchRequest =
  /** Fetch and read the index at this address (once; a second load is answered from the first). */
  | { kind: 'load'; url: string }
  /** Run one query; answered with a `result` of the same id. */
  | { kind: 'search'; id: number; query: string }

export type SearchReply =
  | { kind: 'loaded' }
  | { kind: 'failed'; message: string }
  /** ids null: the query has nothing to search for (blank or only stop words). Typed arrays transferred. */
  | ({ kind: 'result'; id: number } & SearchHits)
