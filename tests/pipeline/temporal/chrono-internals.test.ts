/**
 * What the pipeline relies on inside chrono-node, so that an upgrade which changes it fails here instead of
 * silently changing the dates found or the time a long document takes. On a failure, re-read segment.ts
 * (and index.ts, which swaps out `UnlikelyFormatFilter` by its class name) against the new version.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as chrono from 'chrono-node'
import { describe, expect, it } from 'vitest'

const installed = (file: string) =>
  JSON.parse(fs.readFileSync(path.resolve('node_modules/chrono-node', file), 'utf8')) as { version: string }
const project = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
const names = (parser: chrono.Chrono) => parser.refiners.map((refiner) => refiner.constructor.name)

describe('chrono-node internals', () => {
  it('is the exact version the wrapper was written for, pinned in package.json', () => {
    expect(project.devDependencies['chrono-node']).toBe('2.10.3')
    expect(installed('package.json').version).toBe('2.10.3')
  })

  it('still has the English end-of-period refiner that rescans the text before each result', () => {
    // The reason for segment.ts: `context.text.substring(0, result.index).match(/…$/)` per result.
    const source = fs.readFileSync(
      path.resolve('node_modules/chrono-node/dist/cjs/locales/en/refiners/ENEndOfPeriodRefiner.js'),
      'utf8',
    )
    expect(source).toContain('context.text.substring(0, result.index).match(PREFIX_PATTERN)')
    expect(names(chrono.en.casual)[0]).toBe('ENEndOfPeriodRefiner')
  })

  it('refines with the refiners read for segment.ts, each looking only near its result', () => {
    expect(names(chrono.en.casual)).toEqual([
      'ENEndOfPeriodRefiner',
      'OverlapRemovalRefiner',
      'ENMergeRelativeAfterDateRefiner',
      'ENMergeRelativeFollowByDateRefiner',
      'OverlapRemovalRefiner',
      'ExtractTimezoneOffsetRefiner',
      'MergeWeekdayComponentRefiner',
      'ENMergeDateTimeRefiner',
      'ExtractTimezoneAbbrRefiner',
      'OverlapRemovalRefiner',
      'ForwardDateRefiner',
      'UnlikelyFormatFilter',
      'ENMergeDateTimeRefiner',
      'ENExtractYearSuffixRefiner',
      'ENMergeDateRangeRefiner',
      'ENUnlikelyFormatFilter',
    ])
    expect(names(chrono.ru.casual)).toEqual([
      'OverlapRemovalRefiner',
      'ExtractTimezoneOffsetRefiner',
      'MergeWeekdayComponentRefiner',
      'RUMergeDateTimeRefiner',
      'RUMergeDateRangeRefiner',
      'ExtractTimezoneAbbrRefiner',
      'OverlapRemovalRefiner',
      'ForwardDateRefiner',
      'UnlikelyFormatFilter',
    ])
  })

  it('reads "end of" just before a month as that month’s last day (the refiner segmenting must keep whole)', () => {
    const [result] = chrono.en.casual.parse('by the end of March', new Date('2019-01-22T12:00:00Z'))
    expect(result?.text).toBe('end of March')
    expect(result?.start.get('day')).toBe(31)
  })
})
