/**
 * How a word becomes the terms it is indexed and searched under, and which words of a text a search matched.
 * Kept apart from the index: the page highlights with these while the index itself lives in a worker.
 */
import { newStemmer } from 'snowball-stemmers'
import type { WordMatcher } from './words'

const russian = newStemmer('russian')
const english = newStemmer('english')

const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

/** Too common to narrow anything; dropped from the index and from queries alike. */
const STOP_WORDS = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'was'],
  ...['и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'ко', 'о', 'об', 'от', 'до', 'за', 'из', 'у', 'а', 'но', 'что'],
])

/** Lowercase, ё → е, then "ü"-style accents off Latin letters ("Kōno" → "kono"). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е')
  return LATIN.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower
}

export function stem(word: string): string {
  if (CYRILLIC.test(word)) return russian.stem(word)
  if (LATIN.test(word)) return english.stem(word)
  return word
}

/** The terms one word is indexed and searched under: its stem and, when different, the whole word. */
export function processTerm(term: string): string[] | null {
  const word = normalizeWord(term)
  if (word === '' || STOP_WORDS.has(word)) return null
  const stemmed = stem(word)
  return stemmed === word ? [word] : [stemmed, word]
}

/**
 * For highlighting: a word matches when one of its processed terms (stem or whole word) is one of the index
 * terms the search matched, which already include the prefix and fuzzy expansions. So "встречи" is marked
 * for the query "встреча", and nothing is marked that the search did not match. null: nothing to mark.
 */
export function wordMatcher(terms: readonly string[]): WordMatcher | null {
  if (terms.length === 0) return null
  const matched = new Set(terms)
  return (word) => processTerm(word)?.some((term) => matched.has(term)) ?? false
}
