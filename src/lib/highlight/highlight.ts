/**
 * Cutting a text into matched and unmatched stretches, word by word. Which words match is decided by the
 * search (`wordMatcher`, loaded with the search code), so this module stays free of the stemmers.
 */
import { WORD, type WordMatcher } from '../../model/search/words'

export interface Segment {
  text: string
  match: boolean
}

export function highlight(text: string, match: WordMatcher | null): Segment[] {
  if (text === '') return []
  if (!match) return [{ text, match: false }]
  const segments: Segment[] = []
  let plain = ''
  let at = 0
  for (const found of text.matchAll(WORD)) {
    plain += text.slice(at, found.index)
    at = found.index + found[0].length
    if (!match(found[0])) {
      plain += found[0]
      continue
    }
    if (plain !== '') segments.push({ text: plain, match: false })
    plain = ''
    segments.push({ text: found[0], match: true })
  }
  plain += text.slice(at)
  if (plain !== '') segments.push({ text: plain, match: false })
  return segments
}
