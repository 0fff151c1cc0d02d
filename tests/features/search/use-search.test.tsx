import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchSearch, searchPending, useSearch } from '../../../src/features/search'
import { buildSearchIndex } from '../../../src/pipeline/build-search-index'
import { DATASET } from '../fixtures/dataset'
import { renderFeature } from '../render'

function Probe({ query, url }: { query: string; url: string }) {
  const search = useSearch(query, url)
  return (
    <output>
      {search.status}:{search.ids === null ? 'all' : [...search.ids].sort().join(',')}
      {search.match?.('Итурупе') ? ' marks Итурупе' : ''}
      {searchPending(search, query) ? ' pending' : ''}
    </output>
  )
}

/** Stands in for fetch, answering every request with `response()`; the stub, to count the calls. */
function serve(response: () => Response) {
  const fetch = vi.fn(async () => response())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('useSearch', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('loads the index only on the first non-blank query, then searches it', async () => {
    const fetch = serve(() => new Response(buildSearchIndex(DATASET)))
    const { rerender } = renderFeature(<Probe query=" " url="/index-a.json" />)
    expect(screen.getByRole('status')).toHaveTextContent('idle:all')
    expect(fetch).not.toHaveBeenCalled()
    rerender(<Probe query="Etorofu" url="/index-a.json" />)
    expect(await screen.findByText('ready:iturup-2019-06')).toBeInTheDocument()
    rerender(<Probe query="Итуруп" url="/index-a.json" />)
    expect(await screen.findByText('ready:iturup-2019-06 marks Итурупе')).toBeInTheDocument()
    rerender(<Probe query="встреча" url="/index-a.json" />)
    expect(await screen.findByText('ready:iturup-2019-06,moscow-2017-11-24')).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledOnce()
  })

  it('keeps the last answer while the next query is on its way, and forgets it when the query is cleared', async () => {
    serve(() => new Response(buildSearchIndex(DATASET)))
    // Rendered bare (Probe needs no strings): a rerender must update this Probe, not mount a new one.
    const { rerender } = render(<Probe query="Etorofu" url="/index-c.json" />)
    expect(screen.getByRole('status')).toHaveTextContent('loading:all pending')
    expect(await screen.findByText('ready:iturup-2019-06')).toBeInTheDocument()
    rerender(<Probe query="встреча" url="/index-c.json" />)
    // Not blank between letters: the last answer stays, marked as not yet the answer to what is typed.
    expect(screen.getByRole('status')).toHaveTextContent('ready:iturup-2019-06 pending')
    expect(await screen.findByText('ready:iturup-2019-06,moscow-2017-11-24')).toBeInTheDocument()
    rerender(<Probe query="" url="/index-c.json" />)
    expect(screen.getByRole('status')).toHaveTextContent('idle:all')
    rerender(<Probe query="Etorofu" url="/index-c.json" />)
    expect(screen.getByRole('status')).not.toHaveTextContent('moscow') // not the answer before the clearing
    expect(await screen.findByText('ready:iturup-2019-06')).toBeInTheDocument()
  })

  it('can start loading the index before the first query, which then uses it', async () => {
    const fetch = serve(() => new Response(buildSearchIndex(DATASET)))
    prefetchSearch('/index-prefetched.json')
    expect(fetch).toHaveBeenCalledExactlyOnceWith('/index-prefetched.json', undefined)
    renderFeature(<Probe query="Etorofu" url="/index-prefetched.json" />)
    expect(await screen.findByText('ready:iturup-2019-06')).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledOnce()
  })

  it('reports an index that cannot be loaded and does not narrow anything', async () => {
    serve(() => new Response('', { status: 500 }))
    renderFeature(<Probe query="встреча" url="/index-b.json" />)
    expect(await screen.findByText('error:all')).toBeInTheDocument()
  })
})
