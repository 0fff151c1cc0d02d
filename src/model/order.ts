import { compareIsoDays } from './date/calendar'

/** One sort order everywhere: (interval start, interval end, id); days before year 1 by their day numbers. */
export interface Sortable {
  id: string
  start: string
  end: string
}

export function compareEvents(a: Sortable, b: Sortable): number {
  if (a.start !== b.start) return compareIsoDays(a.start, b.start)
  if (a.end !== b.end) return compareIsoDays(a.end, b.end)
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Documents in the order they were published (then by id): the list, the reader and the filters agree. */
export function compareDocuments(a: { id: string; published: string }, b: { id: string; published: string }): number {
  if (a.published !== b.published) return a.published < b.published ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
