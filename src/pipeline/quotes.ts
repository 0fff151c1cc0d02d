/**
 * Every quote must be verbatim in its document's display text, up to the normalization in
 * src/model/text.ts (whitespace, quote marks, dashes). Its offsets are recorded for the app.
 */
import type { BuiltSource, EventInput } from '../model/schema'
import { findQuote, longestMatchingPrefix, normalizeForMatch, type NormalizedText } from '../model/text'
import type { Problems } from './problems'
import type { LoadedDocument } from './sources'
import type { Located } from './vocabularies'

/** Built sources per event id; an event with a quote that is not found is left out (and reported). */
export function resolveQuotes(
  events: readonly Located<EventInput>[],
  documents: readonly LoadedDocument[],
  problems: Problems,
): Map<string, BuiltSource[]> {
  const byId = new Map(documents.map((d) => [d.meta.id, d]))
  const normalized = new Map<string, NormalizedText>()
  const resolved = new Map<string, BuiltSource[]>()
  for (const { value: event, file, path } of events) {
    const built: BuiltSource[] = []
    event.sources.forEach((source, i) => {
      const document = byId.get(source.document)
      if (!document) return // unknown or broken: reported elsewhere
      let text = normalized.get(document.meta.id)
      if (!text) normalized.set(document.meta.id, (text = normalizeForMatch(document.text)))
      const match = findQuote(document.text, source.quote, text)
      const at = [...path, 'sources', i, 'quote']
      if (match) {
        built.push({ ...source, start: match.start, end: match.end })
        if (match.occurrences > 1) {
          const message = `quote occurs ${match.occurrences} times in document "${document.meta.id}": the first is used; quote more to make it unique`
          problems.warning(file.file, message, { path: at, line: file.lineOf(at) })
        }
        return
      }
      const prefix = longestMatchingPrefix(document.text, source.quote, text)
      const hint = prefix.length === 0 ? 'no part of it is' : `it departs after ${JSON.stringify(tail(prefix))}`
      problems.error(file.file, `quote is not verbatim in document "${document.meta.id}" (${hint})`, {
        path: at,
        line: file.lineOf(at),
      })
    })
    if (built.length === event.sources.length) resolved.set(event.id, built)
  }
  return resolved
}

function tail(text: string): string {
  return text.length > 40 ? `...${text.slice(-40)}` : text
}
