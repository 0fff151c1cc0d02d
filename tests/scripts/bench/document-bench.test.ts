import { describe, expect, it } from 'vitest'
import { formatLargeDocuments } from '../../../scripts/bench/document-bench'
import { largeEnglishText } from '../../../scripts/bench/large-document'

describe('the large-document benchmark', () => {
  it('makes at least the size asked for of whole paragraphs of the English sources', () => {
    const text = largeEnglishText(100_000)
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(100_000)
    expect(Buffer.byteLength(text)).toBeLessThan(110_000)
    expect(text).toContain('July 31, 2018')
    expect(text.endsWith('\n\n')).toBe(true)
  })

  it('prints one row per size under a header of as many columns, with the 5 MB budget', () => {
    const table = formatLargeDocuments([
      { mb: 1, seconds: 2.5, cpuSeconds: 2, peakMB: 170, error: null },
      { mb: 5, seconds: 7, cpuSeconds: 5.5, peakMB: 250.4, error: null },
      { mb: 2, seconds: null, peakMB: null, error: 'pipeline failed: x' },
    ])
    const rows = table.split('\n')
    const columns = (row: string) => row.split('|').length
    expect(rows.slice(0, 5).map(columns)).toEqual([9, 9, 9, 9, 9])
    expect(rows[3]).toBe('| 5 MB | 7.0 | 1.40 | 5.5 | 1.10 | 250 | ≤ 15 ✓ |')
    expect(rows[4]).toBe('| 2 MB | – | – | – | – | – |  |')
    expect(rows.at(-1)).toBe('- 2 MB: pipeline failed: x')
  })
})
