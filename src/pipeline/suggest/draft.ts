/**
 * Drafting events from a document: the sentences that date something, each with its expressions,
 * and a draft event per dated sentence (date, planned/held, topics, people, places, the exact quote).
 */
import { newStemmer } from 'snowball-stemmers'
import type { TemporalExpression } from '../temporal'

export interface Named {
  id: string
  name: { ru: string; en: string }
  aliases?: string[]
}
/** A topic or kind, with the keywords the guesses read (topics.yaml, kinds.yaml). */
export interface Keyworded {
  id: string
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

const stemmers = { ru: newStemmer('russian'), en: newStemmer('english') }
const WORD = /[\p{L}\d]+/gu
function stems(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((w) => {
    const word = w[0]
    return /[а-яё]/.test(word) ? stemmers.ru.stem(word) : stemmers.en.stem(word)
  })
}

/** Ids whose name or an alias (in either language, any word form) occurs in the text. */
export function findNamed(text: string, items: readonly Named[]): string[] {
  const words = stems(text)
  const has = (phrase: string) => {
    const p = stems(phrase)
    if (p.length === 0) return false
    const same = (word: string | undefined, stem: string) =>
      word !== undefined && (word === stem || (stem.length >= 4 && word.startsWith(stem)))
    return words.some((_, i) => p.every((stem, j) => same(words[i + j], stem)))
  }
  return items
    .filter((item) => [item.name.ru, item.name.en, ...(item.aliases ?? [])].some((n) => n.length > 2 && has(n)))
    .map((item) => item.id)
}

/** Words of a text in lower case, for keyword matching. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Whether a keyword (word starts that must follow each other: "рабоч групп") occurs in the text's words. */
function hasKeyword(textWords: readonly string[], keyword: string): boolean {
  const parts = words(keyword)
  if (parts.length === 0) return false
  return textWords.some((_, i) => parts.every((part, j) => textWords[i + j]?.startsWith(part) ?? false))
}

/** The vocabulary items (in their file's order) with a keyword, in either language, that occurs in the text. */
export function matchKeywords(text: string, items: readonly Keyworded[]): string[] {
  const textWords = words(text)
  return items
    .filter(({ keywords }) => [...(keywords?.ru ?? []), ...(keywords?.en ?? [])].some((k) => hasKeyword(textWords, k)))
    .map((item) => item.id)
}

/** Up to three topics whose keywords occur (topics.yaml order), else the first topic. */
export function guessTopics(text: string, topics: readonly Keyworded[]): string[] {
  const found = matchKeywords(text, topics)
  if (found.length > 0) return found.slice(0, 3)
  return topics[0] ? [topics[0].id] : []
}

const FUTURE =
  /будет|будут|состоится|пройд[её]т|пройдут|предстоящ|планиру|намерен|договорились провести|will|shall|to be held|upcoming|plan to|agreed to hold|going to|I think/i

/** Planned when the sentence speaks of the future or the period starts after the document's date; else held. */
export function guessStatus(sentence: string, interval: [string, string], documentDate: string): 'planned' | 'held' {
  if (interval[0] > documentDate) return 'planned'
  if (interval[1] < documentDate) return FUTURE.test(sentence) && interval[1] >= documentDate ? 'planned' : 'held'
  return FUTURE.test(sentence) ? 'planned' : 'held'
}

/** The first kind (kinds.yaml order) whose keyword occurs in the sentence, else the first kind. */
export function guessKind(sentence: string, kinds: readonly Keyworded[]): string {
  return matchKeywords(sentence, kinds)[0] ?? kinds[0]?.id ?? ''
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

export interface DatedSentence {
  sentence: Sentence
  expressions: TemporalExpression[]
}

/** Group the dated expressions (those with a value) by sentence. */
export function datedSentences(text: string, expressions: readonly TemporalExpression[]): DatedSentence[] {
  return sentences(text)
    .map((sentence) => ({
      sentence,
      expressions: expressions.filter((e) => e.value !== null && e.start >= sentence.start && e.start < sentence.end),
    }))
    .filter((d) => d.expressions.length > 0)
}

export interface DraftOptions {
  documentId: string
  documentDate: string
  language: 'ru' | 'en'
  vocab: Vocab
  /** The quote as shown (HTML tags removed). */
  display: (raw: string) => string
}

/** One draft per dated expression: a sentence with two dates ("held 31 May, next meeting 11 June") gives two. */
export function draftEvents(dated: readonly DatedSentence[], options: DraftOptions): DraftEvent[] {
  const drafts: DraftEvent[] = []
  const ids = new Set<string>()
  for (const { sentence, expressions } of dated) {
    const quote = options.display(sentence.text).trim()
    for (const e of expressions) {
      if (e.value === null || e.interval === null) continue
      // "31 мая … в этом году": the year only frames the day; draft the day.
      const frames = expressions.some(
        (o) => o !== e && o.interval && e.interval && o.interval[0] >= e.interval[0] && o.interval[1] <= e.interval[1],
      )
      if (frames) continue
      const base = `${e.value
        .slice(0, 10)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}-${options.documentId}`.replace(/-+$/, '')
      let id = base
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
      ids.add(id)
      drafts.push({
        id,
        date: e.value,
        approx: false,
        status: guessStatus(sentence.text, e.interval, options.documentDate),
        kind: guessKind(sentence.text, options.vocab.kinds),
        title:
          options.language === 'ru'
            ? { ru: quote.slice(0, 80), en: TRANSLATE }
            : { ru: TRANSLATE, en: quote.slice(0, 80) },
        summary: options.language === 'ru' ? { ru: quote, en: TRANSLATE } : { ru: TRANSLATE, en: quote },
        topics: guessTopics(sentence.text, options.vocab.topics),
        people: findNamed(sentence.text, options.vocab.people),
        places: findNamed(sentence.text, options.vocab.places),
        related: [],
        sources: [{ document: options.documentId, quote, translation: TRANSLATE }],
      })
    }
  }
  return drafts
}
