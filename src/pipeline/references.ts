/**
 * Ids across files: no id is defined twice, and every id an event or a document names exists (topic, kind,
 * person, place, document, related or distinct event), never itself. An id that is missing because its file or
 * item is broken (reported already) is not reported again.
 */
import { dateInterval, parseDate } from '../model/date'
import { isLinkSource, type EventInput } from '../model/schema'
import type { Problems } from './problems'
import type { LoadedSources } from './sources'
import type { Gaps, Located, Vocabularies } from './vocabularies'

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
  gaps: Gaps,
  problems: Problems,
): void {
  const ids = (list: readonly Located<{ id: string }>[]) => new Set(list.map((item) => item.value.id))
  const known = {
    topics: ids(vocabularies.topics),
    kinds: ids(vocabularies.kinds),
    people: ids(vocabularies.people),
    places: ids(vocabularies.places),
    events: ids(events),
  }

  for (const document of sources.documents) {
    const place = document.meta.place
    if (place !== undefined && !known.places.has(place) && !gaps.explains('places', place)) {
      problems.error(document.metaFile.file, `unknown place "${place}" (not in places.yaml)`, {
        path: ['place'],
        line: document.metaFile.lineOf(['place']),
      })
    }
  }

  for (const { value: period, file, path } of vocabularies.periods) {
    const start = parseDate(period.start)
    const end = parseDate(period.end)
    if (start.ok && end.ok && dateInterval(end.date).end < dateInterval(start.date).start) {
      const at = [...path, 'end']
      problems.error(file.file, `the period ends (${period.end}) before it starts (${period.start})`, {
        path: at,
        line: file.lineOf(at),
      })
    }
  }

  // An id defined twice is reported once, as such; the copy's links to "itself" are echoes of it.
  const definitions = new Map<string, number>()
  for (const { value } of events) definitions.set(value.id, (definitions.get(value.id) ?? 0) + 1)
  const twice = (id: string) => (definitions.get(id) ?? 0) > 1
  for (const { value: event, file, path } of events) {
    const report = (at: readonly PropertyKey[], message: string) =>
      problems.error(file.file, message, { path: [...path, ...at], line: file.lineOf([...path, ...at]) })
    const check = (list: keyof typeof known, id: string, at: readonly PropertyKey[], noun: string, where: string) => {
      if (!known[list].has(id) && !gaps.explains(list, id)) report(at, `unknown ${noun} "${id}" (not in ${where})`)
    }
    check('kinds', event.kind, ['kind'], 'kind', 'kinds.yaml')
    event.topics.forEach((id, i) => check('topics', id, ['topics', i], 'topic', 'topics.yaml'))
    event.people.forEach((id, i) => check('people', id, ['people', i], 'person', 'people.yaml'))
    event.places.forEach((id, i) => check('places', id, ['places', i], 'place', 'places.yaml'))
    event.related.forEach((id, i) => {
      if (id === event.id) {
        if (!twice(id)) report(['related', i], 'an event cannot be related to itself')
      } else check('events', id, ['related', i], 'related event', 'events/')
    })
    event.distinctFrom.forEach(({ event: id }, i) => {
      if (id === event.id) {
        if (!twice(id)) report(['distinctFrom', i, 'event'], 'an event cannot be distinct from itself')
      } else check('events', id, ['distinctFrom', i, 'event'], 'event', 'events/')
    })
    event.sources.forEach((source, i) => {
      if (isLinkSource(source) || sources.ids.has(source.document)) return
      report(['sources', i, 'document'], `unknown document "${source.document}" (no sources/${source.document}.txt)`)
    })
  }
}
