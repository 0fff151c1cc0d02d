/**
 * The offline single file (npm run build:single) carries the built data in a
 * `<script type="application/json" id="timeline-data">` block, because a page opened from disk cannot fetch
 * `./data/…`. The app's loaders ask here first; in the normal build there is no block and they fetch as usual.
 */
import { datasetShapeProblem, documentTextShapeProblem, type Dataset, type DocumentText } from '../../model'

/** Must equal `INLINE_DATA_ID` in src/pipeline/vite-single-file.ts (a test checks it). */
export const INLINE_DATA_ID = 'timeline-data'

export interface InlineData {
  dataset: Dataset
  documents: Record<string, DocumentText>
  /** The search index as built (build/search-index.json), when the build had one. */
  searchIndex?: unknown
}

interface RawInlineData {
  dataset: unknown
  documents: Record<string, unknown>
  searchIndex?: unknown
  /** The events' images (`media/<name>`) as data: URLs: a page opened from disk cannot load `./data/media/…`. */
  media?: Record<string, unknown>
}

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/

const parsed = new WeakMap<Element, RawInlineData>()
/** The parts of each parsed block already handed out and dropped from it (see `part`). */
const handedOut = new WeakMap<RawInlineData, Set<OnceKey>>()

function readRaw(root: Document): RawInlineData | null {
  const element = root.getElementById(INLINE_DATA_ID)
  if (!element) return null
  let raw = parsed.get(element)
  if (!raw) {
    raw = JSON.parse(element.textContent ?? '') as RawInlineData
    parsed.set(element, raw)
  }
  return raw
}

/** What the app asks for once and then keeps its own copy of: the dataset and the search index. */
type OnceKey = 'dataset' | 'searchIndex'

/**
 * A part of the block. The dataset and the search index leave the cache once handed out: the app parses the
 * answer into its own copy, and the cached one would stay beside it for the page's life (about 125 MB of heap
 * at 100,000 events). Asked for again (a retry, a second load), such a part is read anew from the block's text.
 */
function part(root: Document, raw: RawInlineData, key: OnceKey, { take }: { take: boolean }): unknown {
  const gone = handedOut.get(raw) ?? new Set<OnceKey>()
  if (gone.has(key)) {
    const text = root.getElementById(INLINE_DATA_ID)?.textContent ?? ''
    return (JSON.parse(text) as RawInlineData)[key]
  }
  const value = raw[key]
  if (take) {
    gone.add(key)
    handedOut.set(raw, gone)
    raw[key] = undefined
  }
  return value
}

/** The inlined dataset, document texts and search index, shape-checked; null when the page has no data block. */
export function readInlineData(root: Document = document): InlineData | null {
  const raw = readRaw(root)
  if (!raw) return null
  const dataset = part(root, raw, 'dataset', { take: false })
  const problem = datasetShapeProblem(dataset)
  if (problem !== null) throw new Error(`invalid inline dataset: ${problem}`)
  const documents = Object.fromEntries(
    Object.entries(raw.documents ?? {}).map(([id, text]) => {
      const bad = documentTextShapeProblem(text)
      if (bad !== null) throw new Error(`invalid inline document ${id}: ${bad}`)
      return [id, text as DocumentText]
    }),
  )
  return { dataset: dataset as Dataset, documents, searchIndex: part(root, raw, 'searchIndex', { take: false }) }
}

/**
 * The answer to a request for `./data/dataset.json`, `./data/search-index.json` or
 * `./data/documents/<id>.json` from the data block (404 when the block lacks it); null when the page has no
 * block or the address is not under `./data/`, so the caller fetches.
 */
export function inlineResponse(url: string | URL, root: Document = document): Response | null {
  const raw = readRaw(root)
  if (!raw) return null
  const target = new URL(url, root.baseURI)
  const base = new URL('./data/', root.baseURI)
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null
  const file = target.pathname.slice(base.pathname.length)
  const documentId = /^documents\/([a-z0-9-]+)\.json$/.exec(file)?.[1]
  const value =
    file === 'dataset.json'
      ? part(root, raw, 'dataset', { take: true })
      : file === 'search-index.json'
        ? part(root, raw, 'searchIndex', { take: true })
        : documentId === undefined
          ? undefined
          : raw.documents?.[documentId]
  if (value === undefined) return new Response('', { status: 404, statusText: 'Not in the offline file' })
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}

/**
 * Where an event's image (`media/<name>`) is loaded from: its data: URL in the offline file, `./data/media/…`
 * otherwise (also when the block lacks it, so a missing image shows its alt text, never another address).
 */
export function mediaSrc(file: string, root: Document = document): string {
  const inline = readRaw(root)?.media?.[file]
  return typeof inline === 'string' && IMAGE_DATA_URL.test(inline) ? inline : `./data/${file}`
}

/** `fetch` for the app's own data: from the data block in the offline file, from the network otherwise. */
export function fetchData(url: string, init?: RequestInit): Promise<Response> {
  return Promise.resolve(inlineResponse(url) ?? fetch(url, init))
}
