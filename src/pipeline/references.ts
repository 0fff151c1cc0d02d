/**
 * Ids across files: no id is defined twice, and every id an event or a document names exists
 * (topic, person, place, document, related event).
 */
import type { EventInput } from '../model/schema'
import type { Problems } from './problems'
import type { LoadedSources } from './sources'
import type { Located, Vocabularies } from './vocabularies'

export function checkDuplicates(kind: string, items: readonly Located<{ id: string }>[], problems: Problems): void {
  const first = new Map<string, Located<{ id: string }>>()
  for (const item of items) {
    const earlier = first.get(item.value.id)
    if (!earlier) {
      first.set(item.value.id, item)
      continue
    }
    const idPath = [...item.path, 'id']
    const where = `${earlier.file.file}:${earlier.file.lineOf([...earlier.path, 'id']) ?? '?'}`
    problems.error(item.file.file, `duplicate ${kind} id "${item.value.id}" (first defined at ${where})`, {
      path: idPath,
      line: item.file.lineOf(idPath),
    })
  }
}

export function checkReferences(
  vocabularies: Vocabularies,
  sources: LoadedSources,
  events: readonly Located<EventInput>[],
  problems: Problems,
): void {
  const topics = new Set(vocabularies.topics.map((t) => t.value.id))
  const people = new Set(vocabularies.people.map((p) => p.value.id))
  const places = new Set(vocabularies.places.map((p) => p.value.id))
  const eventIds = new Set(events.map((e) => e.value.id))

  for (const document of sources.documents) {
    const place = document.meta.place
    if (place !== undefined && !places.has(place)) {
      problems.error(document.metaFile.file, `unknown place "${place}" (not in places.yaml)`, {
        path: ['place'],
        line: document.metaFile.lineOf(['place']),
      })
    }
  }

  for (const { value: event, file, path } of events) {
    const unknown = (field: string, index: number, noun: string, id: string, where: string) => {
      const at = [...path, field, index]
      problems.error(file.file, `unknown ${noun} "${id}" (not in ${where})`, { path: at, line: file.lineOf(at) })
    }
    event.topics.forEach((id, i) => topics.has(id) || unknown('topics', i, 'topic', id, 'topics.yaml'))
    event.people.forEach((id, i) => people.has(id) || unknown('people', i, 'person', id, 'people.yaml'))
    event.places.forEach((id, i) => places.has(id) || unknown('places', i, 'place', id, 'places.yaml'))
    event.related.forEach((id, i) => eventIds.has(id) || unknown('related', i, 'related event', id, 'events/'))
    event.sources.forEach((source, i) => {
      if (sources.ids.has(source.document)) return
      const at = [...path, 'sources', i, 'document']
      problems.error(file.file, `unknown document "${source.document}" (no sources/${source.document}.txt)`, {
        path: at,
        line: file.lineOf(at),
      })
    })
  }
}
