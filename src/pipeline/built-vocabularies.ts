/**
 * The vocabularies as the built dataset carries them: sorted, without the suggest tool's keywords, periods with
 * their first and last day, and every record's untranslated texts marked (and reported, see untranslated.ts).
 */
import { dateInterval, parseDate } from '../model'
import type { Dataset } from '../model/schema'
import type { Problems } from './problems'
import { markUntranslated, pair, type Where } from './untranslated'
import type { Located, Vocabularies } from './vocabularies'

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** `untranslated` only where there is something to mark. */
export const marks = (paths: string[]) => (paths.length > 0 ? { untranslated: paths } : {})

type Pairs<T> = (value: T) => ReturnType<typeof pair>[]

function marked<T>(list: readonly Located<T>[], pairs: Pairs<T>, problems: Problems) {
  return list.map(({ value, file, path }) => ({
    value,
    marks: marks(markUntranslated(pairs(value), { file, path }, problems)),
  }))
}

const withoutKeywords = <T extends { keywords?: unknown }>({ keywords: _keywords, ...rest }: T) => rest

export type BuiltVocabularies = Pick<Dataset, 'topics' | 'kinds' | 'people' | 'places' | 'periods'>

export function builtVocabularies(vocabularies: Vocabularies, problems: Problems): BuiltVocabularies {
  const labelled = <T extends { label: unknown; description?: unknown }>(v: T) => [
    pair(['label'], v.label as never),
    pair(['description'], v.description as never),
  ]
  return {
    topics: marked(vocabularies.topics, labelled, problems)
      .map(({ value, marks }) => ({ ...withoutKeywords(value), ...marks }))
      .sort(byId),
    // Kinds keep their file's order: it is the suggest tool's priority, and the curator's.
    kinds: marked(vocabularies.kinds, labelled, problems).map(({ value, marks }) => ({
      ...withoutKeywords(value),
      ...marks,
    })),
    people: marked(vocabularies.people, (p) => [pair(['name'], p.name, false), pair(['role'], p.role)], problems)
      .map(({ value, marks }) => ({ ...value, ...marks }))
      .sort(byId),
    places: marked(vocabularies.places, (p) => [pair(['name'], p.name, false)], problems)
      .map(({ value, marks }) => ({ ...value, ...marks }))
      .sort(byId),
    periods: marked(vocabularies.periods, (p) => [pair(['label'], p.label)], problems)
      .map(({ value, marks }) => ({ ...value, ...marks, ...periodDays(value.start, value.end) }))
      .sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : byId(a, b))),
  }
}

/** The untranslated texts of `dataset.yaml` (title, description), reported. */
export function infoMarks(vocabularies: Vocabularies, problems: Problems): string[] {
  const { info, infoFile } = vocabularies
  if (!info || !infoFile) return []
  const where: Where = { file: infoFile, path: [] }
  return markUntranslated([pair(['title'], info.title), pair(['description'], info.description)], where, problems)
}

/** The first and last day of a period. */
function periodDays(start: string, end: string): { startDay: string; endDay: string } {
  const s = parseDate(start)
  const e = parseDate(end)
  return { startDay: s.ok ? dateInterval(s.date).start : '', endDay: e.ok ? dateInterval(e.date).end : '' }
}
