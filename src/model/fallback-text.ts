/**
 * What the app shows for a text nobody has translated yet: the other language's text, so no title or label is
 * ever blank, while the record keeps its `untranslated` paths for the marker (ADR 0015). Applied once, when the
 * dataset is loaded; records are copied, never changed in place.
 */
import type { Dataset } from './schema'
import { untranslatedReason } from './untranslated'

type Marked = { untranslated?: string[] }

/** Fills each empty or placeholder side named in `untranslated` ("title.ru") from the other side. */
export function withFallbackTexts(dataset: Dataset): Dataset {
  const fill = <T extends Marked>(record: T): T => {
    if (!record.untranslated?.length) return record
    let copy: T | undefined
    for (const path of record.untranslated) {
      const keys = path.split('.')
      const lang = keys.pop()
      if (lang !== 'ru' && lang !== 'en') continue
      const pair = keys.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        copy ?? record,
      )
      if (typeof pair !== 'object' || pair === null) continue
      const texts = pair as Record<'ru' | 'en', unknown>
      const other = texts[lang === 'ru' ? 'en' : 'ru']
      const own = texts[lang]
      if (typeof own !== 'string' || typeof other !== 'string' || untranslatedReason(other) !== null) continue
      if (untranslatedReason(own) !== 'empty' && untranslatedReason(own) !== 'placeholder') continue
      copy ??= structuredClone(record)
      const target = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as Record<
        string,
        string
      >
      target[lang] = other
    }
    return copy ?? record
  }
  return {
    ...dataset,
    meta: fill(dataset.meta),
    topics: dataset.topics.map(fill),
    kinds: dataset.kinds.map(fill),
    people: dataset.people.map(fill),
    places: dataset.places.map(fill),
    periods: dataset.periods.map(fill),
    documents: dataset.documents.map(fill),
    events: dataset.events.map(fill),
  }
}

/** Whether `field` ("title", "summary") of a record is shown in `lang` from the other language. */
export function isUntranslated(record: Marked, field: string, lang: 'ru' | 'en'): boolean {
  return record.untranslated?.includes(`${field}.${lang}`) ?? false
}
