import { afterEach, describe, expect, it } from 'vitest'
import { fetchData, inlineResponse, mediaSrc, readInlineData } from '../../../src/lib/offline'
import { DATASET, DOCUMENT_TEXTS } from '../../features/fixtures/dataset'

const SEARCH_INDEX = { documentCount: 4 }

function addDataBlock(data: unknown): void {
  const block = document.createElement('script')
  block.type = 'application/json'
  block.id = 'timeline-data'
  block.textContent = JSON.stringify(data).replaceAll('<', '\\u003c')
  document.body.append(block)
}

afterEach(() => {
  document.getElementById('timeline-data')?.remove()
})

describe('readInlineData', () => {
  it('is null when the page has no data block (the normal build)', () => {
    expect(readInlineData()).toBeNull()
    expect(inlineResponse('./data/dataset.json')).toBeNull()
  })

  it('returns the validated dataset, document texts and search index of the block', () => {
    addDataBlock({ dataset: DATASET, documents: DOCUMENT_TEXTS, searchIndex: SEARCH_INDEX })
    expect(readInlineData()).toEqual({ dataset: DATASET, documents: DOCUMENT_TEXTS, searchIndex: SEARCH_INDEX })
  })

  it('rejects a block whose dataset does not match the schema', () => {
    addDataBlock({ dataset: { ...DATASET, schemaVersion: 1 }, documents: {} })
    expect(() => readInlineData()).toThrow()
  })
})

describe('inlineResponse and fetchData', () => {
  it('answer the app’s data addresses from the block', async () => {
    addDataBlock({ dataset: DATASET, documents: DOCUMENT_TEXTS, searchIndex: SEARCH_INDEX })
    expect(await inlineResponse('./data/dataset.json')?.json()).toEqual(DATASET)
    expect(await inlineResponse('./data/search-index.json')?.json()).toEqual(SEARCH_INDEX)
    expect(await inlineResponse('data/documents/mofa-test-ru.json')?.json()).toEqual(DOCUMENT_TEXTS['mofa-test-ru'])
    expect(await (await fetchData('./data/documents/news-test-en.json')).json()).toEqual(DOCUMENT_TEXTS['news-test-en'])
  })

  it('hand the dataset and the search index out without keeping them, and read them anew when asked again', async () => {
    addDataBlock({ dataset: DATASET, documents: DOCUMENT_TEXTS, searchIndex: SEARCH_INDEX })
    expect(await inlineResponse('./data/dataset.json')?.json()).toEqual(DATASET)
    expect(await inlineResponse('./data/search-index.json')?.json()).toEqual(SEARCH_INDEX)
    // The block's text is what answers a second request: the first answer's data was not kept.
    const block = document.getElementById('timeline-data') as HTMLElement
    const again = {
      dataset: { ...DATASET, title: { ru: 'Снова', en: 'Again' } },
      documents: {},
      searchIndex: { documentCount: 9 },
    }
    block.textContent = JSON.stringify(again)
    expect(await inlineResponse('./data/dataset.json')?.json()).toEqual(again.dataset)
    expect(await inlineResponse('./data/search-index.json')?.json()).toEqual(again.searchIndex)
    expect(readInlineData()?.dataset).toEqual(again.dataset)
    // Document texts stay parsed: each is asked for again whenever a reader opens it.
    expect(await inlineResponse('./data/documents/mofa-test-ru.json')?.json()).toEqual(DOCUMENT_TEXTS['mofa-test-ru'])
  })

  it('answer 404 for data the block lacks, and leave other addresses to the network', () => {
    addDataBlock({ dataset: DATASET, documents: {} })
    expect(inlineResponse('./data/documents/missing.json')?.status).toBe(404)
    expect(inlineResponse('./data/search-index.json')?.status).toBe(404)
    expect(inlineResponse('./other/file.json')).toBeNull()
    expect(inlineResponse('https://example.org/data/dataset.json')).toBeNull()
  })
})

describe('mediaSrc', () => {
  const png = 'data:image/png;base64,iVBORw0KGgo='

  it('is the image beside the data in the normal build, its data: URL in the offline file', () => {
    expect(mediaSrc('media/map.png')).toBe('./data/media/map.png')
    addDataBlock({ dataset: DATASET, documents: {}, media: { 'media/map.png': png } })
    expect(mediaSrc('media/map.png')).toBe(png)
    expect(mediaSrc('media/other.png')).toBe('./data/media/other.png')
  })

  it('takes nothing but an image data: URL from the block', () => {
    addDataBlock({
      dataset: DATASET,
      documents: {},
      media: { 'media/a.png': 'javascript:alert(1)', 'media/b.png': 'data:text/html;base64,PGI+', 'media/c.png': 7 },
    })
    for (const file of ['media/a.png', 'media/b.png', 'media/c.png']) expect(mediaSrc(file)).toBe(`./data/${file}`)
  })
})
