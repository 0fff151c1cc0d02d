/**
 * Every quote must be verbatim in its document's display text, up to the normalization in
 * src/model/text.ts (whitespace, quote marks, dashes). Its offsets are recorded for the app.
 * Sources of kind "link" are not checked against anything.
 */
import { documentSourceSchema, isDocumentSource, type BuiltSource, type DocumentSource } from '../model/schema'
import type { EventInput } from '../model/schema'
import { findQuote, longestMatchingPrefix, normalizeForMatch, type NormalizedText } from '../model/text'
import type { Problems } from './problems'
import type { LoadedDocument } from './sources'
import type { Broken, Located } from './vocabularies'

/**
 * Built sources per event id; an event with a quote that is not found is left out (and reported). The quotes of
 * events that broke their schema (`broken`) are checked too, so one run reports both kinds of problem.
 */
export function resolveQuotes(
  events: readonly Located<EventInput>[],
  documents: readonly LoadedDocument[],
  problems: Problems,
  broken: readonly Broken[] = [],
): Map<string, BuiltSource[]> {
  const byId = new Map(documents.map((d) => [d.meta.id, d]))
  const normalized = new Map<string, NormalizedText>()
  const resolve = (source: DocumentSource, at: readonly PropertyKey[], file: Located<unknown>['file']) => {
    const document = byId.get(source.document)
    if (!document) return undefined // unknown or broken: reported elsewhere
    let text = normalized.get(document.meta.id)
    if (!text) normalized.set(document.meta.id, (text = normalizeForMatch(document.text)))
    const match = findQuote(document.text, source.quote, text)
    if (match) {
      if (match.occurrences > 1) {
        const message = `quote occurs ${match.occurrences} times in document "${document.meta.id}": the first is used; quote more to make it unique`
        problems.warning(file.file, message, { path: at, line: file.lineOf(at) })
      }
      const { dateNote: _note, ...built } = source
      return { ...built, start: match.start, end: match.end }
    }
    const prefix = longestMatchingPrefix(document.text, source.quote, text)
    const hint = prefix.length === 0 ? 'no part of it is' : `it departs after ${JSON.stringify(tail(prefix))}`
    problems.error(file.file, `quote is not verbatim in document "${document.meta.id}" (${hint})`, {
      path: at,
      line: file.lineOf(at),
    })
    return undefined
  }

  const resolved = new Map<string, BuiltSource[]>()
  for (const { value: event, file, path } of events) {
    const quotes = event.sources.filter(isDocumentSource)
    const built = quotes.flatMap((source) => {
      const at = [...path, 'sources', event.sources.indexOf(source), 'quote']
      return resolve(source, at, file) ?? []
    })
    if (built.length === quotes.length) resolved.set(event.id, built)
  }
  for (const { raw, file, path } of broken) {
    const list = (raw as { sources?: unknown } | null)?.sources
    if (!Array.isArray(list)) continue
    list.forEach((item, i) => {
      const source = documentSourceSchema.safeParse(item)
      if (source.success) resolve(source.data, [...path, 'sources', i, 'quote'], file)
    })
  }
  return resolved
}

function tail(text: string): string {
  return text.length > 40 ? `...${text.slice(-40)}` : text
}
