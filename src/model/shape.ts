/**
 * Cheap shape checks of the built files, for the browser. The pipeline validated them against the zod schemas
 * when it built them; the app only checks that what it loads looks like a built file, without zod in its
 * bundle or on the path to the first render (docs/decisions/0012-level-of-detail.md).
 */
import { LANGUAGES } from './constants'

/** The schemaVersion the app reads (datasetSchema in schema.ts). */
export const DATASET_VERSION = 2

const LISTS = ['topics', 'kinds', 'people', 'places', 'periods', 'documents', 'events'] as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first problem with a dataset's shape (as a path), or null when it looks like a built dataset. */
export function datasetShapeProblem(json: unknown): string | null {
  if (!isRecord(json)) return '(root)'
  if (json.schemaVersion !== DATASET_VERSION) return 'schemaVersion'
  if (!isRecord(json.meta)) return 'meta'
  for (const list of LISTS) {
    const items = json[list]
    if (!Array.isArray(items)) return list
    const bad = items.findIndex((item) => !isRecord(item) || typeof item.id !== 'string')
    if (bad !== -1) return `${list}.${bad}`
  }
  const events = json.events as Record<string, unknown>[]
  const bad = events.findIndex((event) => typeof event.start !== 'string' || typeof event.end !== 'string')
  return bad === -1 ? null : `events.${bad}`
}

/** The first problem with a document text file's shape (`build/documents/<id>.json`), or null. */
export function documentTextShapeProblem(json: unknown): string | null {
  if (!isRecord(json)) return '(root)'
  if (typeof json.id !== 'string') return 'id'
  if (!(LANGUAGES as readonly unknown[]).includes(json.language)) return 'language'
  return typeof json.text === 'string' ? null : 'text'
}
