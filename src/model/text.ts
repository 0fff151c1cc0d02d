/**
 * Quote matching: a quote counts as verbatim when it equals a stretch of the document's display text
 * after normalizing whitespace runs, quote marks and dashes — nothing else (no case, no letters, no
 * punctuation). Offsets found in the normalized text are mapped back to the original text.
 * Shared by the pipeline (which records the offsets) and the app (which may highlight them).
 */

const QUOTE_MARKS = /["'«»“”„‟‘’‚‛‹›]/
const DASHES = /[-‐‑‒–—―]/
const WHITESPACE = /\s/

/** The normalized text and, per UTF-16 unit of it, the offset of the unit it came from in the original. */
export interface NormalizedText {
  text: string
  origin: number[]
}

/** Collapse whitespace runs to one space, every quote mark to `"`, every dash to `-`. */
export function normalizeForMatch(original: string): NormalizedText {
  let text = ''
  const origin: number[] = []
  let inSpace = false
  for (let i = 0; i < original.length; i++) {
    const unit = original[i] as string
    if (WHITESPACE.test(unit)) {
      if (!inSpace) {
        text += ' '
        origin.push(i)
      }
      inSpace = true
      continue
    }
    inSpace = false
    text += QUOTE_MARKS.test(unit) ? '"' : DASHES.test(unit) ? '-' : unit
    origin.push(i)
  }
  return { text, origin }
}

export interface QuoteMatch {
  /** UTF-16 offsets in the original text, end exclusive. */
  start: number
  end: number
  /** How many places the quote matches (more than one: the first is used). */
  occurrences: number
}

/** Where `quote` occurs in `text` after normalization, or null. */
export function findQuote(text: string, quote: string, normalized = normalizeForMatch(text)): QuoteMatch | null {
  const needle = normalizeForMatch(quote).text.trim()
  if (needle === '') return null
  const at = normalized.text.indexOf(needle)
  if (at < 0) return null
  let occurrences = 1
  for (
    let next = normalized.text.indexOf(needle, at + 1);
    next >= 0;
    next = normalized.text.indexOf(needle, next + 1)
  ) {
    occurrences++
  }
  const start = normalized.origin[at] as number
  const end = (normalized.origin[at + needle.length - 1] as number) + 1
  return { start, end, occurrences }
}

/** The longest start of `quote` found in `text`: a hint for where a non-verbatim quote departs from it. */
export function longestMatchingPrefix(text: string, quote: string, normalized = normalizeForMatch(text)): string {
  const needle = normalizeForMatch(quote).text.trim()
  let low = 0
  let high = needle.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (normalized.text.includes(needle.slice(0, mid))) low = mid
    else high = mid - 1
  }
  return needle.slice(0, low)
}
