import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { bySegments, SEGMENT_LENGTH, segments } from '../../../src/pipeline/temporal/segment'

const pieces = (text: string, max: number) => segments(text, max).map(({ start, end }) => text.slice(start, end))

describe('segments', () => {
  it('covers the text end to end, each segment within the limit', () => {
    const text = 'Lorem ipsum dolor sit amet.\n\n'.repeat(40) + 'word '.repeat(300)
    const list = segments(text, 100)
    expect(list[0]?.start).toBe(0)
    expect(list.at(-1)?.end).toBe(text.length)
    for (const [i, s] of list.entries()) {
      expect(s.end - s.start).toBeGreaterThan(0)
      expect(s.end - s.start).toBeLessThanOrEqual(100)
      if (i > 0) expect(s.start).toBe(list[i - 1]?.end)
    }
  })

  it('cuts after the latest blank line (before a later line end), else a line end, else white space', () => {
    expect(pieces('aaa\n\nbbb\nccc dd', 12)).toEqual(['aaa\n\n', 'bbb\nccc dd'])
    expect(pieces('aaa\nbbb ccc', 9)).toEqual(['aaa\n', 'bbb ccc'])
    expect(pieces('aaa\n\nbbbbbbb', 9)).toEqual(['aaa\n\n', 'bbbbbbb'])
    expect(pieces('aaa bbb ccc', 9)).toEqual(['aaa bbb ', 'ccc'])
  })

  it('does not cut inside a tag when an earlier break is outside it', () => {
    expect(pieces('one\n\ntwo <a\n\nhref> x', 18)).toEqual(['one\n\n', 'two <a\n\nhref> x'])
  })

  it('cuts an unbroken run at the limit, but never between the halves of a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}`
    expect(pieces(text, 10)).toEqual(['a'.repeat(9), `😀${'b'.repeat(5)}`])
    expect(pieces('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)])
  })
})

describe('bySegments', () => {
  const findX = (text: string) => [...text.matchAll(/X/g)].map((m) => ({ start: m.index, end: m.index + 1 }))

  it('moves each segment’s offsets back into the whole text', () => {
    const text = 'aX\n\nbbX\n\ncccX'
    expect(bySegments(text, findX, 5)).toEqual(findX(text))
  })

  it('tags a text no longer than a segment in one call, as before segmenting', () => {
    const calls: string[] = []
    bySegments('short\n\ntext', (t) => (calls.push(t), []))
    expect(calls).toEqual(['short\n\ntext'])
  })
})

describe('the date detector in segments', () => {
  // The project's documents, one text per language: detected whole (shorter than a segment) and in
  // segments of 1,000 characters, the same expressions with the same values and offsets. The corpus has
  // outgrown one segment per language, so the text takes its documents in name order while it stays under one.
  const sources = path.resolve('data/sources')
  function detectedBothWays(language: 'en' | 'ru') {
    const texts = fs
      .readdirSync(sources)
      .filter((name) => name.endsWith(`-${language}.txt`))
      .sort()
      .map((name) => fs.readFileSync(path.join(sources, name), 'utf8'))
    let text = ''
    for (const next of texts) {
      const joined = text ? `${text}\n\n${next}` : next
      if (joined.length >= SEGMENT_LENGTH) break
      text = joined
    }
    const options = { language, documentDate: '2019-01-22' }
    const whole = detectTemporalExpressions(text, options)
    expect(whole.length).toBeGreaterThan(20)
    expect(segments(text, 1000).length).toBeGreaterThan(5)
    return { whole, cut: bySegments(text, (t) => detectTemporalExpressions(t, options), 1000) }
  }

  // A known defect, kept visible: an anaphor loses the date named in the previous segment (kremlin-2017-09-04-en
  // is cut between "On September 6" and "On the same day"; a bare «Вечером» after a day named before the cut),
  // and falls back to the document's date. Only texts longer than SEGMENT_LENGTH are segmented in a build.
  it.each(['ru', 'en'] as const)(
    'finds the same in the %s sources cut at paragraph breaks, but anaphora across a cut',
    (language) => {
      const { whole, cut } = detectedBothWays(language)
      expect(cut.map((e) => [e.start, e.end, e.text])).toEqual(whole.map((e) => [e.start, e.end, e.text]))
      const differing = whole.filter((e, i) => cut[i]?.value !== e.value)
      expect(differing.filter((e) => !e.reason?.startsWith('anaphoric'))).toEqual([])
      expect(differing.length).toBeLessThanOrEqual(2)
    },
  )
})
