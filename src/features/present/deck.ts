/**
 * The deck: a title slide, one slide per event, a closing slide. A deck position is what the URL's `present=N`
 * holds: 0 is the title, 1…N the N-th event (so a link to an event's slide means what it always meant), N+1 the
 * close. An event slide that does not fit even at the smallest type is shown in parts (sub-steps of the same
 * position); the part is not a position, so numbering never shifts.
 */
import type { DatasetDocument, DatasetEvent } from '../../model'
import type { Slide } from './slides'

export type DeckEntry =
  | { kind: 'title' }
  | { kind: 'event'; slide: Slide; /** 1-based, as in `present=N`. */ number: number }
  | { kind: 'closing' }

/** The number of positions in a deck of `slideCount` events: the title and the close around them. */
export const deckLength = (slideCount: number) => slideCount + 2

/** A position inside 0…slideCount+1. */
export function clampPosition(position: number, slideCount: number): number {
  if (!Number.isFinite(position)) return 0
  return Math.min(Math.max(Math.trunc(position), 0), slideCount + 1)
}

export function entryAt(slides: readonly Slide[], position: number): DeckEntry {
  const at = clampPosition(position, slides.length)
  if (at === 0) return { kind: 'title' }
  const slide = slides[at - 1]
  return slide ? { kind: 'event', slide, number: at } : { kind: 'closing' }
}

/** The first and last day the slides cover, in ISO form; null without slides. */
export function deckPeriod(slides: readonly Slide[]): { from: string; to: string } | null {
  let from: string | null = null
  let to: string | null = null
  for (const { event } of slides) {
    if (from === null || event.start < from) from = event.start
    if (to === null || event.end > to) to = event.end
  }
  // Years, not days: the first and last days are interval bounds ("1945" starts on 1 January only by
  // convention), and a title slide must not invent a day that no document gives.
  return from === null || to === null ? null : { from: from.slice(0, 4), to: to.slice(0, 4) }
}

/** The documents the slides quote, once each, oldest first (then by id). */
export function citedDocuments(slides: readonly Slide[], documents: readonly DatasetDocument[]): DatasetDocument[] {
  const ids = new Set(slides.flatMap(({ event }: { event: DatasetEvent }) => event.sources.map((s) => s.document)))
  return documents
    .filter((document) => ids.has(document.id))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
}

/**
 * The cited documents on one printed page. Paper has one size and fixed type (no fitting when printing), so
 * the closing slide is cut by count: 5 to each of 3 columns at 10.5 pt, which holds the longest entries of the
 * corpus (9 lines, a long Russian publisher); a page that still ran over would go on to the next page
 * (print.css), never be cut off.
 */
export const PRINTED_DOCUMENTS_PER_PAGE = 15

/**
 * `items` cut into `parts` runs in order, as even as counts go (the first runs one longer when it does not
 * divide): the closing slide's list over its parts. Never an empty run; at least one run.
 */
export function inParts<Item>(items: readonly Item[], parts: number): Item[][] {
  const count = Math.max(1, Math.min(Math.trunc(parts) || 1, items.length))
  const runs: Item[][] = []
  let from = 0
  for (let i = 0; i < count; i++) {
    const size = Math.ceil((items.length - from) / (count - i))
    runs.push(items.slice(from, from + size))
    from += size
  }
  return runs
}
