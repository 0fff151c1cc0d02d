/**
 * What a word is, for the index and for highlighting alike. Kept apart from the stemmers so the app can cut
 * text into words without loading them.
 */

/** A word is a run of letters, digits and combining marks; everything else separates words. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u

export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((word) => word !== '')
}

/** Whether a word of a text is one the search matched (see `wordMatcher` in ../search). */
export type WordMatcher = (word: string) => boolean
