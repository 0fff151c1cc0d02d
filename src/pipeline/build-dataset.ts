/**
 * From a data folder to the built dataset: load and validate, resolve quotes, compute intervals and
 * the sort order, count events per document, mark untranslated texts, and report uncovered temporal expressions,
 * quotes whose dates disagree with their event, and likely duplicates. With `strict`, every warning is an error.
 */
import { compareEvents, dateInterval, parseDate } from '../model'
import { datasetSchema, isLinkSource, SCHEMA_VERSION, type BuiltMedia } from '../model/schema'
import type { Dataset, DatasetDocument, DatasetEvent, DocumentText } from '../model/schema'
import { findUncovered, type DetectedExpression, type Detector, type Span, type Uncovered } from './coverage'
import { reportLikelyDuplicates } from './likely-duplicates'
import { loadDataFolder } from './load-data'
import type { RemovedMarkup } from './display-text'
import type { Problem } from './problems'
import { checkQuoteDates } from './quote-dates'
import { resolveQuotes } from './quotes'
import { validateStories } from './stories'
import { detectTemporalExpressions } from './temporal'
import type { Timings } from './timings'
import { builtVocabularies, infoMarks, marks } from './built-vocabularies'
import { eventPairs, markTranslations, markUntranslated, pair } from './untranslated'

export interface BuildOptions {
  /** YYYY-MM-DD for `meta.buildDate`. */
  buildDate: string
  /** The definition of done: every warning (uncovered expression, untranslated text, duplicate...) is an error. */
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
  const { vocabularies, sources, events, gaps, media, problems } = loadDataFolder(dir, timings)
  const resolved = resolveQuotes(events, sources.documents, problems, gaps.brokenOf('events'))
  timings?.mark('resolve quotes')
  const documentsById = new Map(sources.documents.map((d) => [d.meta.id, d]))

  const builtEvents: DatasetEvent[] = []
  const spans = new Map<string, Span[]>()
  const eventCount = new Map<string, number>()
  for (const { value: event, file, path } of events) {
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
    const where = { file, path }
    if (event.sources.length === 0)
      problems.warning(file.file, 'cites no source: shown as not checked against a document', {
        path: [...path, 'sources'],
        line: file.lineOf([...path, 'sources']),
      })
    if (event.outcome && event.status !== 'planned')
      problems.error(file.file, 'only a planned event has an outcome to review (this one is held)', {
        path: [...path, 'outcome'],
        line: file.lineOf([...path, 'outcome']),
      })
    const untranslated = [
      ...markUntranslated(eventPairs(event), where, problems),
      ...markTranslations(event, where, problems),
    ]
    builtEvents.push({
      ...event,
      sources: builtSources,
      links: event.sources.filter(isLinkSource).map(({ kind: _kind, ...link }) => link),
      media: event.media.flatMap((item): BuiltMedia[] => {
        if (item.url !== undefined)
          return [{ url: item.url, alt: item.alt, caption: item.caption, credit: item.credit }]
        const checked = item.file === undefined ? undefined : media.get(item.file)
        if (!checked || item.file === undefined || !item.credit) return [] // reported in media.ts
        return [{ file: item.file, ...checked, alt: item.alt, caption: item.caption, credit: item.credit }]
      }),
      ...dateInterval(parsed.date),
      asOf: published.sort().at(-1) ?? options.buildDate,
      ...marks(untranslated),
    })
  }
  timings?.mark('build events')

  const detect = memoized(options.detect ?? detectTemporalExpressions)
  // An events file that could not be read, or an event that broke its schema, leaves quotes uncounted: every
  // expression they cite would be reported as uncovered, echoes of one slip. Coverage waits for the fix.
  const eventsComplete = !gaps.unreadable.has('events') && gaps.brokenOf('events').length === 0
  const uncovered = eventsComplete ? findUncovered(sources.documents, spans, detect, problems, options.progress) : []
  for (const expression of uncovered) {
    const document = documentsById.get(expression.document)
    if (!document) continue
    const message = `uncovered temporal expression "${expression.text}" (${expression.value}): cite it in an event or ignore it in ${document.meta.id}.meta.yaml`
    problems.warning(document.textFile, message, { line: expression.line })
  }
  checkQuoteDates(
    events,
    resolved,
    (id) => {
      const document = documentsById.get(id)
      return document
        ? detect(document.text, { language: document.meta.language, documentDate: document.meta.published })
        : []
    },
    problems,
  )
  timings?.mark('temporal expressions')
  reportLikelyDuplicates(events, problems)
  timings?.mark('likely duplicates')

  const known = new Set([...events.map((e) => e.value.id), ...gaps.brokenOf('events').flatMap((e) => e.id ?? [])])
  // With an events file unreadable, any story's event may be in it: the stories' ids are checked after the fix.
  const stories = validateStories(dir, gaps.unreadable.has('events') ? { has: () => true } : known)
  problems.list.push(...stories.problems)

  const documents: DocumentText[] = sources.documents
    .map((d) => ({ id: d.meta.id, language: d.meta.language, text: d.text }))
    .sort(byId)
  const markup = sources.documents
    .filter((d) => d.removed.tags + d.removed.comments > 0)
    .map((d) => ({ document: d.meta.id, removed: d.removed }))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0))
  timings?.mark('stories')

  const vocabularyRecords = builtVocabularies(vocabularies, problems)
  const builtDocuments: DatasetDocument[] = sources.documents
    .map(({ meta: { ignore: _ignore, ...meta }, metaFile }) => ({
      ...meta,
      eventCount: eventCount.get(meta.id) ?? 0,
      ...marks(
        markUntranslated(
          [pair(['title'], meta.title), pair(['publisher'], meta.publisher, false)],
          { file: metaFile, path: [] },
          problems,
        ),
      ),
    }))
    .sort(byId)
  const info = vocabularies.info
  const infoUntranslated = infoMarks(vocabularies, problems)

  if (options.strict) {
    for (const problem of problems.list) if (problem.severity === 'warning') problem.severity = 'error'
  }
  if (problems.errors.length > 0 || !info) return { documents, problems: problems.list, uncovered, markup }

  const candidate: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: info.title,
      description: info.description,
      language: info.language,
      publicUrl: info.publicUrl,
      buildDate: options.buildDate,
      ...marks(infoUntranslated),
    },
    ...vocabularyRecords,
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

/** The detector runs once per document, for the coverage and for the quotes' dates. */
function memoized(detect: Detector): Detector {
  // Keyed by the text itself: a string's hash is computed once and kept, so a large document is not copied into
  // a composite key at every look-up.
  const cache = new Map<string, Map<string, DetectedExpression[]>>()
  return (text, options) => {
    const byOptions = cache.get(text) ?? new Map<string, DetectedExpression[]>()
    cache.set(text, byOptions)
    const key = `${options.language}|${options.documentDate}`
    let found = byOptions.get(key)
    if (!found) byOptions.set(key, (found = detect(text, options)))
    return found
  }
}
