import { describe, expect, it } from 'vitest'
import {
  budgetCell,
  formatTable,
  median,
  METRICS,
  percentile,
  ratios,
  summarize,
  type BenchResult,
  type Figures,
  type SizeResult,
} from '../../../scripts/bench/report'

const nulls = Object.fromEntries(METRICS.map((m) => [m, null])) as Figures

describe('statistics', () => {
  it('takes medians of odd and even counts, and null of nothing', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 95)).toBeNull()
  })

  it('summarizes samples, skipping missing figures, with min and max', () => {
    const { medians, spread } = summarize([
      { firstRenderMs: 10, heapMB: 2 },
      { firstRenderMs: 30 },
      { firstRenderMs: 20 },
    ])
    expect(medians.firstRenderMs).toBe(20)
    expect(medians.heapMB).toBe(2)
    expect(medians.searchMs).toBeNull()
    expect(spread.firstRenderMs).toEqual({ min: 10, max: 30 })
    expect(spread.searchMs).toBeNull()
  })

  it('divides app by plain, null when either side is null', () => {
    const r = ratios({ ...nulls, firstRenderMs: 50, filterMs: 10 }, { ...nulls, firstRenderMs: 200, searchMs: 4 })
    expect(r.firstRenderMs).toBe(0.25)
    expect(r.filterMs).toBeNull()
    expect(r.searchMs).toBeNull()
  })
})

describe('budgets and the table', () => {
  it('marks a budget met, missed or unknown', () => {
    expect(budgetCell({ row: 'filterMs', on: 'value', max: 100 }, 80, null, 'ms')).toBe('≤ 100 ms ✓')
    expect(budgetCell({ row: 'filterMs', on: 'value', max: 100 }, 120, null, 'ms')).toBe('≤ 100 ms ✗')
    expect(budgetCell({ row: 'firstRenderMs', on: 'ratio', max: 0.35 }, 900, null, 'ms')).toBe('≤ 0.35× ?')
    expect(budgetCell(undefined, 1, 1, 'ms')).toBe('')
  })

  it('prints one column group per size, the budgets, the bundle line and the notes', () => {
    const size: SizeResult = {
      pipeline: { seconds: 4.2, peakMB: 300 },
      dataGzipKB: 950,
      app: { ...nulls, firstRenderMs: 700, filterMs: 120 },
      plain: { ...nulls, firstRenderMs: 4000 },
      ratio: { ...nulls, firstRenderMs: 0.175 },
      spread: { app: summarize([]).spread, plain: summarize([]).spread },
      notes: ['app: searchMs: no searchbox'],
    }
    const result: BenchResult = { runs: 3, sizes: { '10000': size }, bundle: { initialGzipKB: 250, plainGzipKB: 180 } }
    const table = formatTable(result)
    expect(table).toContain('| Metric | 10,000: app | plain | ratio | budget |')
    expect(table).toContain('| First render (ms) | 700 | 4,000 | 0.18× | ≤ 0.35× ✓ |')
    expect(table).toContain('| Topic filter (ms) | 120 | – | – | ≤ 100 ms ✗ |')
    expect(table).toContain('| Pipeline time (s) | 4.2 | – | – | ≤ 10 s ✓ |')
    expect(table).toContain('app 250 KB, plain vis-timeline 180 KB; budget ≤ plain + 110 KB ✓')
    expect(table).toContain('- 10000: app: searchMs: no searchbox')
  })

  it('holds 100,000 events to the budgets of issue 24, a first search among them', () => {
    const size: SizeResult = {
      pipeline: { seconds: 70, peakMB: 2500 },
      dataGzipKB: 9000,
      app: { ...nulls, firstRenderMs: 1900, firstSearchMs: 1600, heapMB: 99 },
      plain: nulls,
      ratio: nulls,
      spread: { app: summarize([]).spread, plain: summarize([]).spread },
      notes: [],
    }
    const table = formatTable({
      runs: 1,
      sizes: { '100000': size },
      bundle: { initialGzipKB: null, plainGzipKB: null },
    })
    expect(table).toContain('| First render (ms) | 1,900 | – | – | ≤ 2,000 ms ✓ |')
    expect(table).toContain('| First search (ms) | 1,600 | – | – | ≤ 1,500 ms ✗ |')
    expect(table).toContain('| JS heap after GC (MB) | 99.0 | – | – | ≤ 100 MB ✓ |')
    expect(table).toContain('| Search → window moved (ms) | – | – | – |  |')
  })
})
