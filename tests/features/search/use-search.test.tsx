import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchSearch, useSearch } from '../../../src/features/search'
import { buildSearchIndex } from '../../../src/pipeline/build-search-index'
import { DATASET } from '../fixtures/dataset'
import { renderWithI18n } from '../render'

function Probe({ query, url }: { query: string; url: string }) {
  const search = useSearch(query, url)
  return (
    <output>
      {search.status}:{search.ids === null ? 'all' : [...search.ids].sort().join(',')}
      {search.match?.('Итурупе') ? ' marks Итурупе' : ''}
    </output>
  )
}

describe('useSearch', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('loads the index only on the first non-blank query, then searches it', async () => {
    const fetch = vi.fn(async () => new Response(buildSearchIndex(DATASET)))
    vi.stubGlobal('fetch', fetch)
    const { rerender } = renderWithI18n(<Probe query=" " url="/index-a.json" />)
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

  it('can start loading the index before the first query, which then uses it', async () => {
    const fetch = vi.fn(async () => new Response(buildSearchIndex(DATASET)))
    vi.stubGlobal('fetch', fetch)
    prefetchSearch('/index-prefetched.json')
    expect(fetch).toHaveBeenCalledExactlyOnceWith('/index-prefetched.json', undefined)
    renderWithI18n(<Probe query="Etorofu" url="/index-prefetched.json" />)
    expect(await screen.findByText('ready:iturup-2019-06')).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledOnce()
  })

  it('reports an index that cannot be loaded and does not narrow anything', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500 })),
    )
    renderWithI18n(<Probe query="встреча" url="/index-b.json" />)
    expect(await screen.findByText('error:all')).toBeInTheDocument()
  })
})
