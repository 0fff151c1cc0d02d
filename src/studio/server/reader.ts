/**
 * What the studio's reader shows of one document: its display text (the offsets of everything refer to it), every
 * temporal expression with its resolved date in both languages, the passages events already quote, the people and
 * places named by their aliases, the sentences (for picking one by keyboard) and the expressions left uncovered.
 * The page builds text nodes from these offsets: nothing of the document is ever parsed as HTML.
 */
import { formatDate } from '../../model/date'
import { isDocumentSource, type EventInput } from '../../model/schema'
import { findQuote, normalizeForMatch } from '../../model/text'
import { trimmed } from '../../pipeline/coverage'
import { loadDataFolder, type LoadedData } from '../../pipeline/load-data'
import type { LoadedDocument } from '../../pipeline/sources'
import { sentences } from '../../pipeline/suggest/draft'
import type { DateMark, NameMark, QuoteMark, ReadDocument } from '../shared/answers'
import { detectTemporalExpressions } from '../../pipeline/temporal'
import { StudioError } from './errors'
import type { DataFolder } from './write'

export function documentOf(data: LoadedData, id: string): LoadedDocument {
  const document = data.sources.documents.find((d) => d.meta.id === id)
  if (!document) throw new StudioError(404, `no document ${JSON.stringify(id)} in the folder (or it does not load)`)
  return document
}

export function readDocument(folder: DataFolder, id: string): ReadDocument {
  const data = loadDataFolder(folder.root)
  const document = documentOf(data, id)
  const { meta, text } = document
  const quotes = quotedPassages(
    document,
    data.events.map((e) => e.value),
  )
  const ignored = new Set(meta.ignore.map((entry) => squash(entry.text)))
  const dates = detectTemporalExpressions(text, { language: meta.language, documentDate: meta.published })
    .filter((e) => e.value !== null)
    .map((found): DateMark => {
      const e = trimmed(text, found)
      const value = found.value as string
      const quoted = quotes.some((q) => q.start <= e.start && e.end <= q.end)
      return {
        start: e.start,
        end: e.end,
        text: e.text,
        value,
        precision: found.precision,
        label: { en: formatDate(value, 'en'), ru: formatDate(value, 'ru') },
        covered: quoted ? 'quoted' : ignored.has(squash(e.text)) ? 'ignored' : null,
      }
    })
  return {
    id: meta.id,
    language: meta.language,
    published: meta.published,
    title: meta.title,
    text,
    metaSha256: folder.read(`sources/${meta.id}.meta.yaml`).sha256,
    dates,
    quotes,
    names: namesIn(text, data),
    sentences: sentences(text),
  }
}

const squash = (text: string) => text.trim().replace(/\s+/g, ' ')

function quotedPassages(document: LoadedDocument, events: readonly EventInput[]): QuoteMark[] {
  const normalized = normalizeForMatch(document.text)
  return events.flatMap((event) =>
    event.sources.filter(isDocumentSource).flatMap((source) => {
      if (source.document !== document.meta.id) return []
      const match = findQuote(document.text, source.quote, normalized)
      return match ? [{ start: match.start, end: match.end, event: event.id, title: event.title }] : []
    }),
  )
}

/**
 * People and places by their names and aliases, in any word form: a name's last word may take an ending
 * ("Лаврова", "Abe's"). Longer names win over the short ones inside them ("Sergey Lavrov" over "Lavrov").
 */
export function namesIn(text: string, data: Pick<LoadedData, 'vocabularies'>): NameMark[] {
  const items = [
    ...data.vocabularies.people.map((p) => ({ type: 'person' as const, ...p.value })),
    ...data.vocabularies.places.map((p) => ({ type: 'place' as const, ...p.value })),
  ]
  const found: NameMark[] = []
  for (const item of items) {
    for (const name of new Set([item.name.en, item.name.ru, ...item.aliases])) {
      if (name.length < 3) continue
      for (const match of text.matchAll(namePattern(name))) {
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          type: item.type,
          id: item.id,
          name: item.name,
        })
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: NameMark[] = []
  for (const mark of found) if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark)
  return kept
}

function namePattern(name: string): RegExp {
  // Cyrillic names decline: the last word may lose its final vowel and take an ending ("Москва" → "Москве").
  const cyrillic = /\p{Script=Cyrillic}$/u.test(name)
  const stem = cyrillic ? name.replace(/[аяоеьйыи]$/u, '') : name
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  const ending = cyrillic ? '\\p{L}{0,3}' : ''
  return new RegExp(`(?<![\\p{L}\\d])${escaped}${ending}(?![\\p{L}\\d])`, 'giu')
}
