/**
 * Acceptance: a curated event's date is what the detector reads in its own quotes. For every event in
 * data/events/*.yaml and every source quote of it, when the detector finds a dated expression inside the
 * quote (in the document's display text, resolved against the document's date), one of them resolves to
 * exactly the event's date, unless the source carries a `dateNote` in the data saying why not. So a document
 * added the README way (data:suggest, keep the drafts) gets the same dates a careful analyst gave these events,
 * and the exceptions live beside their sources: reordering or merging sources moves them along.
 */
import { describe, expect, it } from 'vitest'
import { isDocumentSource } from '../../../src/model/schema'
import { findQuote } from '../../../src/model/text'
import { loadDataFolder } from '../../../src/pipeline/load-data'
import { datesInQuote, holds } from '../../../src/pipeline/quote-dates'
import { detectTemporalExpressions, type TemporalExpression } from '../../../src/pipeline/temporal'

const data = loadDataFolder('data')
const documents = new Map(data.sources.documents.map((d) => [d.meta.id, d]))
const detected = new Map<string, TemporalExpression[]>()
function expressionsOf(id: string): TemporalExpression[] {
  let found = detected.get(id)
  const document = documents.get(id)
  if (!found && document) {
    found = detectTemporalExpressions(document.text, {
      language: document.meta.language,
      documentDate: document.meta.published,
    })
    detected.set(id, found)
  }
  return found ?? []
}

const cases = data.events.flatMap(({ value: event }) =>
  event.sources.flatMap((source, index) =>
    isDocumentSource(source) ? [{ key: `${event.id} source ${index + 1}`, event, source }] : [],
  ),
)

describe('curated events: each quote resolves to its event’s date', () => {
  it('loads the curated data without problems and has events to check', () => {
    expect(data.problems.errors).toEqual([])
    expect(cases.length).toBeGreaterThan(40)
  })

  it('records its exceptions in the data, each with a reason', () => {
    const notes = cases.filter((c) => c.source.dateNote)
    expect(notes.length).toBeGreaterThan(0)
    for (const { source } of notes) expect(source.dateNote?.reason.length).toBeGreaterThan(10)
  })

  it.each(cases)('$key', ({ event, source }) => {
    const document = documents.get(source.document)
    expect(document, `document ${source.document}`).toBeDefined()
    if (!document) return
    const match = findQuote(document.text, source.quote)
    expect(match, 'quote found verbatim').not.toBeNull()
    if (!match) return
    const values = datesInQuote(expressionsOf(source.document), match)
    const note = source.dateNote
    if (!note) {
      if (values.length > 0) expect(values, `${event.date} among the quote's dates`).toContain(event.date)
      return
    }
    // An exception must still be one: were the event's date read exactly, the note would be stale.
    expect(values).not.toContain(event.date)
    if (note.coarser) {
      expect(
        values.some((v) => holds(v, event.date)),
        `a date in the quote holds ${event.date}`,
      ).toBe(true)
    }
  })
})
