/**
 * What drafts are made of: the vocabularies' shapes, sentences with their offsets, names and keywords found in a
 * text, and the event a draft becomes in data/events/.
 */
import { keywordParts, occurrences, phraseParts, tokens } from './hits'

export interface Named {
  id: string
  name: { ru: string; en: string }
  aliases?: string[]
}
/** A topic or kind, with the keywords the guesses read (topics.yaml, kinds.yaml). */
export interface Keyworded {
  id: string
  /** An item without keywords is read by its label, in any word form. */
  label?: { ru?: string; en?: string }
  keywords?: { ru?: string[]; en?: string[] }
}
export interface Vocab {
  people: Named[]
  places: Named[]
  topics: Keyworded[]
  kinds: Keyworded[]
}

export interface Sentence {
  start: number
  end: number
  text: string
}

export const TRANSLATE = 'TODO translate'

/** Sentences (and headings, list items) with their UTF-16 offsets; abbreviations such as "С.В." do not end one. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = []
  const pattern = /[^\n]+/g
  for (const line of text.matchAll(pattern)) {
    const lineStart = line.index
    let from = 0
    const s = line[0]
    const ends = /[.!?…»"]+(?=\s+[«"“(]?[\p{Lu}\d])/gu
    for (const m of s.matchAll(ends)) {
      const cut = m.index + m[0].length
      const before = s.slice(Math.max(0, m.index - 3), m.index + 1)
      if (/(?:^|[\s.])\p{Lu}\.$/u.test(before) || /\b(?:Mr|Mrs|Dr|H\.E|St|г)\.$/u.test(s.slice(0, cut))) continue
      push(out, s.slice(from, cut), lineStart + from)
      from = cut
    }
    push(out, s.slice(from), lineStart + from)
  }
  return out
}

function push(out: Sentence[], raw: string, at: number) {
  const lead = raw.length - raw.trimStart().length
  const text = raw.trim()
  if (text) out.push({ start: at + lead, end: at + lead + text.length, text })
}

/** Ids whose name or an alias (in either language, any word form) occurs in the text. */
export function findNamed(text: string, items: readonly Named[]): string[] {
  const words = tokens(text)
  return items
    .filter((item) =>
      [item.name.ru, item.name.en, ...(item.aliases ?? [])].some(
        (n) => n.length > 2 && occurrences(words, phraseParts(n)).length > 0,
      ),
    )
    .map((item) => item.id)
}

/** The vocabulary items (in their file's order) with a keyword, in either language, that occurs in the text. */
export function matchKeywords(text: string, items: readonly Keyworded[]): string[] {
  const words = tokens(text)
  return items
    .filter(({ keywords }) =>
      [...(keywords?.ru ?? []), ...(keywords?.en ?? [])].some((k) => occurrences(words, keywordParts(k)).length > 0),
    )
    .map((item) => item.id)
}

/** Up to three topics whose keywords occur (topics.yaml order), else the first topic. */
export function guessTopics(text: string, topics: readonly Keyworded[]): string[] {
  const found = matchKeywords(text, topics)
  if (found.length > 0) return found.slice(0, 3)
  return topics[0] ? [topics[0].id] : []
}

export interface DraftEvent {
  id: string
  date: string
  approx: boolean
  status: 'planned' | 'held'
  kind: string
  title: { ru: string; en: string }
  summary: { ru: string; en: string }
  topics: string[]
  people: string[]
  places: string[]
  related: string[]
  sources: { document: string; quote: string; translation: string }[]
}
