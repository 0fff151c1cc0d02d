/**
 * The dataset is an asset next to the app (`./data/dataset.json`). The pipeline validated it against the shared
 * zod schema when it built it; the browser only checks its shape (version, the lists and their ids), which is
 * cheap at any size, and leaves zod out of the path to the first render (docs/decisions/0012-level-of-detail.md).
 */
import { fetchData } from '../../features/offline'
import type { Dataset } from '../../model'

export const DATASET_URL = './data/dataset.json'

/** The schemaVersion the app reads (src/model/schema.ts). */
export const DATASET_VERSION = 1

export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError'
}

const LISTS = ['topics', 'people', 'places', 'documents', 'events'] as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first problem with the dataset's shape (as a path), or null when it looks like a built dataset. */
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

export async function fetchDataset(url: string = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  const response = await fetchData(url, { signal })
  if (!response.ok) throw new DatasetLoadError(`HTTP ${response.status}`)
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new DatasetLoadError('not JSON')
  }
  const problem = datasetShapeProblem(json)
  if (problem !== null) throw new DatasetLoadError(`invalid data: ${problem}`)
  return json as Dataset
}
