import { describe, expect, it } from 'vitest'
import { buildCompactIndex, CompactIndex, withinDistance } from '../../src/model/search/compact-index'
import { decodePostings, encodePostings } from '../../src/model/search/postings'
import { loadSearchIndex } from '../../src/model/search'

describe('postings', () => {
  it('round-trip documents and field masks, large gaps and masks included', () => {
    const docs = [0, 1, 2, 40, 1_000, 99_999, 1_234_567]
    const masks = [1, 255, 3, 128, 65_535, 2, 1]
    const text = encodePostings(docs, masks)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/) // nothing JSON would escape
    const decoded = decodePostings(text)
    expect([...decoded.docs]).toEqual(docs)
    expect([...decoded.masks]).toEqual(masks)
  })

  it('write each number most significant digit first, 32 added to all digits but the last', () => {
    // (0, mask 1): "A", "A"; then a gap of 32 is the digits 1 and 0, "h" (1 + 32) and "A"; mask 2 is "B".
    expect(encodePostings([0, 33], [1, 2])).toBe('AAhAB')
  })

  it('refuse a character outside the alphabet', () => {
    expect(() => decodePostings('AB"C')).toThrow(/character "\\""/)
  })
})

describe('withinDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(withinDistance('lavrov', 'lavrow', 1)).toBe(true)
    expect(withinDistance('tokyo', 'tokio', 1)).toBe(true)
    expect(withinDistance('tokyo', 'toky', 1)).toBe(true)
    expect(withinDistance('tokyo', 'tkio', 1)).toBe(false)
    expect(withinDistance('tokyo', 'tkio', 2)).toBe(true)
    expect(withinDistance('abc', 'abc', 0)).toBe(true)
  })
})

describe('CompactIndex', () => {
  const docs = [
    { id: 'a', title: 'alpha beta', body: 'gamma' },
    { id: 'b', title: 'beta', body: 'alphabet' },
    { id: 'c', title: 'delta beta', body: 'beta beta' },
  ]
  const words = (text: string) => text.split(' ').filter(Boolean)
  const index = new CompactIndex(buildCompactIndex(docs, ['title', 'body'], words, (w) => [w]))
  const ids = (groups: Parameters<CompactIndex['search']>[0]) =>
    Array.from(index.search(groups).docs, (d) => index.ids[d])

  it('finds a term exactly, by prefix, and within an edit distance', () => {
    expect(ids([[{ term: 'alpha', prefix: false, maxDistance: 0 }]])).toEqual(['a'])
    expect(ids([[{ term: 'alpha', prefix: true, maxDistance: 0 }]])).toEqual(['a', 'b'])
    expect(ids([[{ term: 'delte', prefix: false, maxDistance: 1 }]])).toEqual(['c'])
  })

  it('requires every group and says in which fields each term matched', () => {
    const result = index.search([
      [{ term: 'beta', prefix: false, maxDistance: 0 }],
      [{ term: 'gam', prefix: true, maxDistance: 0 }],
    ])
    expect(Array.from(result.docs, (d) => index.ids[d])).toEqual(['a'])
    const pairs = (r: ReturnType<CompactIndex['search']>, i: number) =>
      Array.from({ length: (r.offsets[i + 1] as number) - (r.offsets[i] as number) }, (_, k) => {
        const at = 2 * ((r.offsets[i] as number) + k)
        return [r.terms[r.pairs[at] as number], r.pairs[at + 1]]
      })
    expect(pairs(result, 0)).toEqual(
      expect.arrayContaining([
        ['beta', 0b01],
        ['gamma', 0b10],
      ]),
    )
    const beta = index.search([[{ term: 'beta', prefix: false, maxDistance: 0 }]])
    expect(Array.from(beta.docs, (d) => index.ids[d])).toEqual(['a', 'b', 'c'])
    expect(pairs(beta, 2)).toEqual([['beta', 0b11]])
  })

  it('refuses an index of another format with a reason to rebuild', () => {
    expect(() => loadSearchIndex(JSON.stringify({ documentCount: 1, index: [] }))).toThrow(
      /search index: format undefined, expected "timeline-search-index\/1" \(rebuild the data\)/,
    )
  })
})
