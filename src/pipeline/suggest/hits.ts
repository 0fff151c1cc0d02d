/**
 * Where the vocabularies' words occur in a text, with their offsets: a kind's or topic's keywords (word starts, as
 * kinds.yaml says) and, for an item without keywords, its label in either language matched in any word form (by
 * stem), as people and places are matched by name and aliases. Nothing here knows the subject: it is all data.
 */
import { newStemmer } from 'snowball-stemmers'
import type { Keyworded } from './draft'

export interface Token {
  /** Lower case, ё read as е. */
  word: string
  stem: string
  start: number
  end: number
}

export interface Hit {
  id: string
  /** The item's place in its file: the earlier, the more specific (kinds.yaml lists summit before meeting). */
  rank: number
  start: number
  end: number
}

const stemmers = { ru: newStemmer('russian'), en: newStemmer('english') }
const WORD = /[\p{L}\p{N}]+/gu
const lower = (s: string) => s.toLowerCase().replaceAll('ё', 'е')

const stemOf = (word: string) => (/[а-я]/.test(word) ? stemmers.ru.stem(word) : stemmers.en.stem(word))

/** The words of a text; each is stemmed when first asked (keywords never ask, names ask few). */
export function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    const word = lower(m[0])
    let stem: string | undefined
    return {
      word,
      get stem() {
        return (stem ??= stemOf(word))
      },
      start: m.index,
      end: m.index + m[0].length,
    }
  })
}

/** A test of one word; `first` is the letter any word it accepts starts with (a stem keeps its word's first). */
type Part = ((token: Token) => boolean) & { first: string }
const part = (first: string, test: (token: Token) => boolean): Part => Object.assign(test, { first })

/** A keyword is word starts that must follow each other ("рабоч групп"). */
export const keywordParts = (keyword: string): Part[] =>
  tokens(keyword).map(({ word }) => part(word.charAt(0), (token) => token.word.startsWith(word)))

const commonPrefix = (a: string, b: string) => {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i
}
/**
 * A label or name matches in any word form: the same stem, or a shared start of four letters or more that leaves
 * at most two letters of the name's word over (the stemmer reads "Манила" as a verb: "Маниле" still matches).
 */
export const phraseParts = (phrase: string): Part[] =>
  tokens(phrase).map(({ word, stem }) =>
    part(word.charAt(0), (token) => {
      const shared = commonPrefix(token.word, word)
      if (shared >= Math.max(4, word.length - 2) || (stem.length >= 4 && token.word.startsWith(stem))) return true
      // Stemming is the slow part: only a word that shares the stem's first three letters may have its stem.
      return commonPrefix(token.word, stem) >= Math.min(3, stem.length) && token.stem === stem
    }),
  )

const byFirstLetter = new WeakMap<readonly Token[], Map<string, number[]>>()
/** Where the text's words start with each letter: a phrase is looked for only where its first word may be. */
function startingWith(text: readonly Token[], letter: string): readonly number[] {
  let index = byFirstLetter.get(text)
  if (!index) {
    const built = new Map<string, number[]>()
    text.forEach((token, i) => {
      const key = token.word.charAt(0)
      const list = built.get(key)
      if (list) list.push(i)
      else built.set(key, [i])
    })
    byFirstLetter.set(text, built)
    index = built
  }
  return index.get(letter) ?? []
}

/** Every place where the parts occur one after the other. */
export function occurrences(text: readonly Token[], parts: readonly Part[]): [number, number][] {
  const first = parts[0]
  if (!first) return []
  const found: [number, number][] = []
  for (const i of startingWith(text, first.first)) {
    if (i + parts.length > text.length) break
    if (parts.every((p, j) => p(text[i + j] as Token))) {
      found.push([(text[i] as Token).start, (text[i + parts.length - 1] as Token).end])
    }
  }
  return found
}

/** The items' occurrences in the text: by keywords when the item has some, else by its labels. */
export function vocabularyHits(text: readonly Token[], items: readonly Keyworded[]): Hit[] {
  const hits: Hit[] = []
  items.forEach((item, rank) => {
    const keywords = [...(item.keywords?.ru ?? []), ...(item.keywords?.en ?? [])]
    const patterns =
      keywords.length > 0
        ? keywords.map(keywordParts)
        : [item.label?.ru, item.label?.en].filter((l): l is string => !!l).map(phraseParts)
    for (const parts of patterns) {
      for (const [start, end] of occurrences(text, parts)) hits.push({ id: item.id, rank, start, end })
    }
  })
  return hits.sort((a, b) => a.start - b.start || a.rank - b.rank)
}

/**
 * The hit nearest to [from, to) among those inside [lo, hi); when hits touch each other ("встрече на высшем
 * уровне": meeting, then summit), the phrase they make is one mention: a hit holding another wins, else the
 * earliest item in the file.
 */
const CLAUSE_BREAK = /[,;:()]|\s[–—]\s|\s(?:and|but|и|а|но)\s/iu

export function nearestHit(
  text: string,
  hits: readonly Hit[],
  [from, to]: [number, number],
  [lo, hi]: [number, number],
): Hit | null {
  const inside = hits.filter((h) => h.start >= lo && h.end <= hi)
  // A hit in another clause ("с официальным визитом и 14 января проведет переговоры") is farther than any in this one.
  const between = (h: Hit) => (h.end <= from ? text.slice(h.end, from) : h.start >= to ? text.slice(to, h.start) : '')
  const distance = (h: Hit) => {
    const gap = between(h)
    return gap.length + (CLAUSE_BREAK.test(gap) ? 10_000 : 0)
  }
  let best: Hit | null = null
  for (const h of inside) if (!best || distance(h) < distance(best)) best = h
  if (!best) return null
  let group = [best]
  for (let grew = true; grew;) {
    const next = inside.filter(
      (h) => !group.includes(h) && group.some((g) => h.start <= g.end + 2 && g.start <= h.end + 2),
    )
    grew = next.length > 0
    group = [...group, ...next]
  }
  // A longer keyword holding a shorter one ("посещение могил" over "посещени") says more.
  const widest = group.filter(
    (h) => !group.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  )
  return widest.reduce((a, b) => (b.rank < a.rank ? b : a))
}
