/**
 * The search worker's two halves, joined by an in-memory port instead of a real Worker (which jsdom lacks;
 * the end-to-end tests run the real one in Chromium): the page's side asks, the host loads and answers.
 */
import { describe, expect, it, vi } from 'vitest'
import { searchHost } from '../../../src/features/search/search-host'
import type { SearchReply, SearchRequest } from '../../../src/features/search/search-messages'
import { startWorkerSearch, WorkerUnavailable } from '../../../src/features/search/worker-search'
import { buildSearchIndex } from '../../../src/pipeline/build-search-index'
import { DATASET } from '../fixtures/dataset'

/** A Worker stand-in whose other end is `searchHost`, with replies delivered as message events, one task later. */
function fakeWorker(fetchImpl: typeof fetch) {
  const target = new EventTarget()
  const requests: SearchRequest[] = []
  const reply = (message: SearchReply) =>
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: message })))
  const handle = searchHost(reply, fetchImpl)
  const worker = {
    terminated: false,
    postMessage(request: SearchRequest) {
      requests.push(request)
      setTimeout(() => handle(request))
    },
    addEventListener: target.addEventListener.bind(target),
    terminate() {
      this.terminated = true
    },
    /** As a Worker reports a script that fails to load or throws. */
    crash(message: string) {
      target.dispatchEvent(new ErrorEvent('error', { message, cancelable: true }))
    },
  }
  return { worker: worker as typeof worker & Worker, requests }
}

const serveIndex = () => vi.fn(async () => new Response(buildSearchIndex(DATASET)))

describe('the search worker', () => {
  it('loads the index once, then answers each query with the matching ids and the matched terms', async () => {
    const fetch = serveIndex()
    const { worker, requests } = fakeWorker(fetch)
    const search = await startWorkerSearch(worker, 'http://127.0.0.1/data/search-index.json')
    expect(fetch).toHaveBeenCalledExactlyOnceWith('http://127.0.0.1/data/search-index.json')

    const [etorofu, meeting, stopWord] = await Promise.all([
      search.search('Etorofu'),
      search.search('встреча'),
      search.search('the'),
    ])
    expect(etorofu.ids).toEqual(new Set(['iturup-2019-06']))
    expect(etorofu.terms).toContain('etorofu')
    expect(etorofu.fieldsOf('iturup-2019-06')).toEqual({ etorofu: ['places'] })
    expect(etorofu.fieldsOf('moscow-2017-11-24')).toBeUndefined()
    expect(meeting.ids).toEqual(new Set(['iturup-2019-06', 'moscow-2017-11-24']))
    expect(stopWord.ids).toBeNull()
    expect(stopWord.terms).toEqual([])
    expect(requests.map((request) => request.kind)).toEqual(['load', 'search', 'search', 'search'])
    expect(fetch).toHaveBeenCalledOnce()
  })

  it('rejects with the reason when the index cannot be fetched, and lets the worker go', async () => {
    const { worker } = fakeWorker(vi.fn(async () => new Response('', { status: 404 })))
    await expect(startWorkerSearch(worker, 'http://127.0.0.1/missing.json')).rejects.toThrow(
      'HTTP 404 for http://127.0.0.1/missing.json',
    )
    expect(worker.terminated).toBe(true)
  })

  it('tells a worker that cannot run at all apart, so the page can search itself', async () => {
    const { worker } = fakeWorker(serveIndex())
    const started = startWorkerSearch(worker, 'http://127.0.0.1/data/search-index.json')
    worker.crash('blocked by the Content-Security-Policy')
    await expect(started).rejects.toBeInstanceOf(WorkerUnavailable)
    expect(worker.terminated).toBe(true)
  })

  it('fails the queries in flight and every later one when the worker breaks after loading', async () => {
    const { worker } = fakeWorker(serveIndex())
    const search = await startWorkerSearch(worker, 'http://127.0.0.1/data/search-index.json')
    const inFlight = search.search('Etorofu')
    worker.crash('out of memory')
    await expect(inFlight).rejects.toThrow('search worker: out of memory')
    await expect(search.search('встреча')).rejects.toThrow('search worker: out of memory')
    expect(worker.terminated).toBe(true)
  })
})
