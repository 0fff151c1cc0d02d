/**
 * A draft's short title. When the kind was read from the text and the event names people or a place, the title
 * is built from the vocabularies in both languages ("Kono–Lavrov meeting in Tokyo", "Встреча: Коно, Лавров,
 * Токио"), so neither needs translating. Otherwise it is the clause of the sentence that holds the date, cut at a
 * word boundary, never inside a word, and without a dangling preposition; the other language is left to translate.
 */
import type { Keyworded, Named } from './draft'

export const TITLE_LENGTH = 70

/** The family name, as titles use it: the last word of the name. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name

export function builtTitle(
  kind: Keyworded | undefined,
  people: readonly Named[],
  places: readonly Named[],
): { ru: string; en: string } | null {
  const label = kind?.label
  if (!label?.ru || !label.en || (people.length === 0 && places.length === 0)) return null
  const names = people.slice(0, 2)
  const place = places[0]
  const en = [names.map((p) => surname(p.name.en)).join('–'), names.length > 0 ? label.en.toLowerCase() : label.en]
    .filter(Boolean)
    .join(' ')
  const ru = [...names.map((p) => surname(p.name.ru)), ...(place ? [place.name.ru] : [])].join(', ')
  return { en: place ? `${en} in ${place.name.en}` : en, ru: `${label.ru}: ${ru}` }
}

// Words a title must not end on: prepositions, conjunctions and articles, in both languages (grammar, not subject).
const DANGLING =
  /[\s,;:–—-]+(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|as|that|which|в|во|на|с|со|к|ко|по|о|об|от|до|за|из|у|и|или|а|но|для|при|что|который|которая|которое|которые)$/iu

/** The clause around [from, to) of the sentence, at most `max` characters, cut after a whole word. */
export function clauseTitle(sentence: string, from: number, to: number, max = TITLE_LENGTH): string {
  const stops = [...sentence.matchAll(/[,;:()«»"“”]|\s[–—]\s/gu)].map((m) => m.index)
  const start = Math.max(0, ...stops.filter((i) => i < from).map((i) => i + 1))
  const ends = stops.filter((i) => i >= to)
  let clause = sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length).trim()
  // A clause of a word or two ("31 мая") says too little: take the sentence up to its end instead.
  if (clause.split(/\s+/).length < 4) clause = sentence.slice(start).trim()
  clause = clause.replace(/[.!?…]+$/u, '')
  if (clause.length > max) {
    const words = clause.slice(0, max + 1).split(/\s+/)
    words.pop()
    clause = words.join(' ')
  }
  for (let before = ''; before !== clause;) {
    before = clause
    clause = clause.replace(DANGLING, '').replace(/[\s,;:–—-]+$/u, '')
  }
  return clause.charAt(0).toUpperCase() + clause.slice(1)
}
