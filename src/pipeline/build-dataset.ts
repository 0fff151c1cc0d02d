/**
 * From a data folder to the built dataset: load and validate, resolve quotes, compute intervals and
 * the sort order, count events per document, and report uncovered temporal expressions.
 */
import { compareEvents, dateInterval, parseDate } from '../model'
import { datasetSchema } from '../model/schema'
import type { Dataset, DatasetDocument, DatasetEvent, DocumentText } from '../model/schema'
import { findUncovered, type Detector, type Span, type Uncovered } from './coverage'
import { loadDataFolder } from './load-data'
import type { RemovedMarkup } from './display-text'
import type { Problem } from './problems'
import { resolveQuotes } from './quotes'
import { validateStories } from './stories'
import { detectTemporalExpressions } from './temporal'
import type { Timings } from './timings'

export interface BuildOptions {
  /** YYYY-MM-DD for `meta.buildDate`. */
  buildDate: string
  /** Uncovered temporal expressions are errors instead of warnings. */
  strict?: boolean
  detect?: Detector
  /** Marks each phase's end (`--timings`). */
  timings?: Timings
  /** Told of long work (a document over 1 MB), one line at a time. */
  progress?: (line: string) => void
}

export interface BuildResult {
  /** Present only when there is no error. */
  dataset?: Dataset
  documents: DocumentText[]
  problems: Problem[]
  uncovered: Uncovered[]
  /** Per document with markup removed from its text: what was removed. */
  markup: DocumentMarkup[]
}

export interface DocumentMarkup {
  document: string
  removed: RemovedMarkup
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function buildDataset(dir: string, options: BuildOptions): BuildResult {
  const { timings } = options
  const { vocabularies, sources, events, problems } = loadDataFolder(dir, timings)
  const resolved = resolveQuotes(events, sources.documents, problems)
  timings?.mark('resolve quotes')
  const documentsById = new Map(sources.documents.map((d) => [d.meta.id, d]))

  const builtEvents: DatasetEvent[] = []
  const spans = new Map<string, Span[]>()
  const eventCount = new Map<string, number>()
  for (const { value: event } of events) {
    const builtSources = resolved.get(event.id)
    const parsed = parseDate(event.date)
    if (!builtSources || !parsed.ok) continue
    for (const source of builtSources) {
      const list = spans.get(source.document)
      if (list) list.push(source)
      else spans.set(source.document, [source])
    }
    for (const id of new Set(builtSources.map((s) => s.document))) eventCount.set(id, (eventCount.get(id) ?? 0) + 1)
    const published = builtSources.map((s) => documentsById.get(s.document)?.meta.published ?? '')
    builtEvents.push({
      ...event,
      sources: builtSources,
      ...dateInterval(parsed.date),
      asOf: published.sort().at(-1) ?? '',
    })
  }

  timings?.mark('build events')

  const detect = options.detect ?? detectTemporalExpressions
  const uncovered = findUncovered(sources.documents, spans, detect, problems, options.progress)
  for (const expression of uncovered) {
    const document = documentsById.get(expression.document)
    if (!document) continue
    const message = `uncovered temporal expression "${expression.text}" (${expression.value}): cite it in an event or ignore it in ${document.meta.id}.meta.yaml`
    if (options.strict) problems.error(document.textFile, message, { line: expression.line })
    else problems.warning(document.textFile, message, { line: expression.line })
  }

  timings?.mark('temporal expressions')

  const stories = validateStories(dir, new Set(events.map((e) => e.value.id)))
  problems.list.push(...stories.problems)

  const documents: DocumentText[] = sources.documents
    .map((d) => ({ id: d.meta.id, language: d.meta.language, text: d.text }))
    .sort(byId)
  const markup = sources.documents
    .filter((d) => d.removed.tags + d.removed.comments > 0)
    .map((d) => ({ document: d.meta.id, removed: d.removed }))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0))
  timings?.mark('stories')
  if (problems.errors.length > 0 || !vocabularies.info) return { documents, problems: problems.list, uncovered, markup }

  const builtDocuments: DatasetDocument[] = sources.documents
    .map(({ meta: { ignore: _ignore, ...meta } }) => ({ ...meta, eventCount: eventCount.get(meta.id) ?? 0 }))
    .sort(byId)
  const candidate: Dataset = {
    schemaVersion: 1,
    meta: { ...vocabularies.info, buildDate: options.buildDate },
    topics: vocabularies.topics.map((t) => t.value).sort(byId),
    people: vocabularies.people.map((p) => p.value).sort(byId),
    places: vocabularies.places.map((p) => p.value).sort(byId),
    documents: builtDocuments,
    events: builtEvents.sort(compareEvents),
    stories: stories.stories,
  }
  // Parsing the result through the schema also fixes the key order, whatever the YAML's order was.
  const checked = datasetSchema.safeParse(candidate)
  timings?.mark('sort and check dataset')
  if (!checked.success) {
    for (const issue of checked.error.issues)
      problems.error(dir, `built dataset breaks its schema: ${issue.message}`, { path: issue.path })
    return { documents, problems: problems.list, uncovered, markup }
  }
  return { dataset: checked.data, documents, problems: problems.list, uncovered, markup }
}
