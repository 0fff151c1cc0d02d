/**
 * Which words of a text a search matched, with the index's own word processing: a word is marked when one
 * of its processed terms (stem or whole word) is one of the index terms the search matched — which already
 * include the prefix and fuzzy expansions. So "встречи" is marked for the query "встреча", as the search
 * found it, and nothing is marked that the search did not match.
 */
import { processTerm, WORD } from '../../model/search'

export interface Segment {
  text: string
  match: boolean
}

function isMatch(word: string, terms: ReadonlySet<string>): boolean {
  return processTerm(word)?.some((term) => terms.has(term)) ?? false
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }]
  const termSet = new Set(terms)
  const segments: Segment[] = []
  const push = (piece: string, match: boolean) => {
    if (piece === '') return
    const last = segments[segments.length - 1]
    if (last && last.match === match && !match) last.text += piece
    else segments.push({ text: piece, match })
  }
  let at = 0
  for (const found of text.matchAll(WORD)) {
    const start = found.index
    push(text.slice(at, start), false)
    push(found[0], isMatch(found[0], termSet))
    at = start + found[0].length
  }
  push(text.slice(at), false)
  return segments
}
