/**
 * Cutting a document's display text at every quote boundary. Quotes may overlap, and flat HTML cannot nest
 * partial overlaps, so the text becomes runs: each run is covered by the same set of quotes, and every run
 * covered by at least one quote is one `<mark>` naming all of them. Without overlaps: one run per quote.
 */
import type { DatasetEvent } from '../../model'

export interface Quote {
  /** `<event id>:<source index>`: unique even when an event cites the document twice. */
  key: string
  eventId: string
  start: number
  end: number
  /** 1-based, in order of appearance: the footnote number. */
  number: number
}

export interface Run {
  start: number
  end: number
  /** The quotes covering this run, by key; empty: plain text. */
  quotes: string[]
  /** Quotes that end with this run: their links follow it. */
  ending: string[]
}

/** The quotes of `documentId` among `events`, in order of appearance, clamped to the text. */
export function quotesIn(
  events: readonly Pick<DatasetEvent, 'id' | 'sources'>[],
  documentId: string,
  textLength: number,
): Quote[] {
  const quotes = events.flatMap((event) =>
    event.sources.flatMap((source, i) =>
      source.document === documentId && source.start < source.end && source.end <= textLength
        ? [{ key: `${event.id}:${i}`, eventId: event.id, start: source.start, end: source.end }]
        : [],
    ),
  )
  quotes.sort((a, b) => a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : 1))
  return quotes.map((quote, i) => ({ ...quote, number: i + 1 }))
}

export function quoteRuns(textLength: number, quotes: readonly Quote[]): Run[] {
  const cuts = new Set([0, textLength])
  for (const quote of quotes) cuts.add(quote.start).add(quote.end)
  const points = [...cuts].sort((a, b) => a - b)
  const runs: Run[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covering = quotes.filter((quote) => quote.start <= start && quote.end >= end)
    runs.push({
      start,
      end,
      quotes: covering.map((quote) => quote.key),
      ending: covering.filter((quote) => quote.end === end).map((quote) => quote.key),
    })
  }
  return runs
}
