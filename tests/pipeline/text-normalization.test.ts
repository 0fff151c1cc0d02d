import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findQuote, longestMatchingPrefix, normalizeForMatch } from '../../src/model/text'
import { displayText } from '../../src/pipeline/display-text'
import { decodeUtf8 } from '../../src/pipeline/utf8'

describe('quote normalization (whitespace, quote marks, dashes only)', () => {
  it('collapses whitespace runs and unifies quote marks and dashes', () => {
    expect(normalizeForMatch('«Да»\u00a0—  “yes”\n\t‘it’s’ 1‑2–3').text).toBe('"Да" - "yes" "it"s" 1-2-3')
  })

  it('changes nothing else: case, letters, other punctuation, ё/е', () => {
    expect(findQuote('Мирный договор.', 'мирный договор')).toBeNull()
    expect(findQuote('ещё раз', 'еще раз')).toBeNull()
    expect(findQuote('a, b', 'a b')).toBeNull()
  })

  it('maps the match back to offsets in the original text', () => {
    const text = 'Он сказал:\n«Мы  поддержали\r\nпредложение — японских коллег».'
    const match = findQuote(text, '"Мы поддержали предложение - японских коллег"')
    expect(match && text.slice(match.start, match.end)).toBe('«Мы  поддержали\r\nпредложение — японских коллег»')
    expect(match?.occurrences).toBe(1)
  })

  it('counts repeated matches and uses the first', () => {
    expect(findQuote('in June, and in June', 'in June')).toEqual({ start: 0, end: 7, occurrences: 2 })
  })

  it('finds any slice of a text at its own offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'б', ' ', '\n', '«', '»', '—', '-', '"', 'x') }),
        fc.nat(),
        fc.nat(),
        (text, i, j) => {
          const [from, to] = [i % (text.length + 1), j % (text.length + 1)].sort((x, y) => x - y) as [number, number]
          const quote = text.slice(from, to)
          const match = findQuote(text, quote)
          if (quote.trim() === '') {
            expect(match).toBeNull()
          } else {
            expect(match).not.toBeNull()
            const found = text.slice(match?.start, match?.end)
            expect(normalizeForMatch(found).text).toBe(normalizeForMatch(quote).text.trim())
          }
        },
      ),
    )
  })

  it('shows how far a non-verbatim quote matches', () => {
    expect(longestMatchingPrefix('встреча состоится в июне', 'состоится в июле')).toBe('состоится в ию')
  })
})

describe('display text', () => {
  it('removes tags and comments but keeps entities, text between tags and angle brackets in prose', () => {
    expect(displayText('\uFEFFa<img src="x.jpg"\n alt="y" />b <b>bold</b> &amp; 3 < 4 > 2<!-- c -->\r\nend')).toBe(
      'ab bold &amp; 3 < 4 > 2\nend',
    )
    expect(displayText('<script>alert(1)</script><a href="javascript:x()">link</a>')).toBe('alert(1)link')
  })
})

describe('strict UTF-8', () => {
  it('decodes valid UTF-8, a genuine U+FFFD included', () => {
    expect(decodeUtf8(new TextEncoder().encode('ок \uFFFD ok'))).toEqual({ ok: true, text: 'ок \uFFFD ok' })
  })

  it('reports the line and byte offset of the first bad sequence', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ок\n\uFFFD\nx'), 0xc3, 0x28])
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 3, byte: 10 })
  })
})
