/**
 * Why the search found an event: the fields its matched terms were in (title, summary, quote, translation,
 * person, place) and, for a person or place, whether their name or one of their aliases matched. An alias is
 * not in the event's text ("Etorofu" finds the event that says "Iturup"), so the name it stands for is marked
 * instead. Loaded with the search (it needs the stemmers), run on the page for the events shown.
 */
import type { Dataset, DatasetEvent, Language } from '../../model'
import type { SearchField } from '../../model/search'
import { processTerm, wordMatcher } from '../../model/search/terms'
import { tokenize, type WordMatcher } from '../../model/search/words'

type TextReason = { field: 'title' | 'summary' | 'quote' | 'translation' }
export type MatchReason =
  TextReason | { field: 'person' | 'place'; id: string; name: Readonly<Record<Language, string>>; alias: string | null }

export interface MatchExplanation {
  /** Each field once, in the order title, summary, quote, translation, person, place. */
  reasons: MatchReason[]
  /** The words to mark in this event: its matched words and the names its matched aliases stand for. */
  match: WordMatcher | null
}

export type Vocabulary = Pick<Dataset, 'people' | 'places'>

/** Per event: each matched term and its fields (`SearchResult.fields[id]`). */
export type EventMatch = Readonly<Record<string, readonly SearchField[]>>

const TEXT_FIELDS: readonly [SearchField, TextReason['field']][] = [
  ['title_ru', 'title'],
  ['title_en', 'title'],
  ['summary_ru', 'summary'],
  ['summary_en', 'summary'],
  ['quotes', 'quote'],
  ['translations', 'translation'],
]

function hits(text: string, terms: ReadonlySet<string>): boolean {
  return tokenize(text).some((word) => processTerm(word)?.some((term) => terms.has(term)))
}

function termsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => tokenize(text).flatMap((word) => processTerm(word) ?? []))
}

export function explainMatch(
  event: Pick<DatasetEvent, 'people' | 'places'>,
  match: EventMatch | undefined,
  vocabulary: Vocabulary,
): MatchExplanation {
  if (!match) return { reasons: [], match: null }
  const inField = (field: SearchField) => new Set(Object.keys(match).filter((term) => match[term]?.includes(field)))
  const reasons: MatchReason[] = []
  for (const [field, reason] of TEXT_FIELDS) {
    if (inField(field).size > 0 && !reasons.some((r) => r.field === reason)) reasons.push({ field: reason })
  }
  const marked = Object.keys(match)
  const entries = [
    ['person', 'people', event.people, vocabulary.people],
    ['place', 'places', event.places, vocabulary.places],
  ] as const
  for (const [reason, field, ids, list] of entries) {
    const terms = inField(field)
    if (terms.size === 0) continue
    for (const id of ids) {
      const entry = list.find((candidate) => candidate.id === id)
      if (!entry) continue
      const names = [entry.name.ru, entry.name.en]
      if (names.some((name) => hits(name, terms))) {
        reasons.push({ field: reason, id, name: entry.name, alias: null })
        continue
      }
      const alias = entry.aliases.find((candidate) => hits(candidate, terms))
      if (alias === undefined) continue
      reasons.push({ field: reason, id, name: entry.name, alias })
      marked.push(...termsOf(names))
    }
  }
  return { reasons, match: wordMatcher(marked) }
}
