import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZES, parseOptions, runsFor } from '../../../scripts/bench/options'

describe('parseOptions', () => {
  it('defaults to 100, 1,000 and 10,000 events, five runs, no JSON', () => {
    expect(parseOptions([])).toEqual({ sizes: DEFAULT_SIZES, runs: 5, json: null, seed: 1, documentsMB: [1, 2, 5] })
    expect(DEFAULT_SIZES).toEqual([100, 1000, 10_000])
  })

  it('reads sizes, runs, seed and the JSON file', () => {
    expect(
      parseOptions([
        '--sizes',
        '1000, 10_000',
        '--runs',
        '3',
        '--json',
        'out.json',
        '--seed',
        '9',
        '--documents',
        '1,5',
      ]),
    ).toEqual({ sizes: [1000, 10_000], runs: 3, json: 'out.json', seed: 9, documentsMB: [1, 5] })
  })

  it('skips the large documents with --documents none', () => {
    expect(parseOptions(['--documents', 'none']).documentsMB).toEqual([])
    expect(() => parseOptions(['--documents', 'nothing'])).toThrow(/"nothing" is not a positive integer/)
  })

  it('rejects unknown options, missing values and non-positive numbers', () => {
    expect(() => parseOptions(['--size', '10'])).toThrow(/unknown option --size/)
    expect(() => parseOptions(['--runs'])).toThrow(/needs a value/)
    expect(() => parseOptions(['--runs', '0'])).toThrow(/not a positive integer/)
    expect(() => parseOptions(['--sizes', '100,abc'])).toThrow(/"abc"/)
  })
})

describe('runsFor', () => {
  it('gives 100,000 events and more a single load', () => {
    expect(runsFor(10_000, 5)).toBe(5)
    expect(runsFor(100_000, 5)).toBe(1)
  })
})
