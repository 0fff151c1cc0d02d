/**
 * The dataset is an asset next to the app (`./data/dataset.json`). The pipeline validated it against the shared
 * zod schema when it built it; the browser only checks its shape (version, the lists and their ids), which is
 * cheap at any size, and leaves zod out of the path to the first render (docs/decisions/0012-level-of-detail.md).
 */
import { fetchData } from '../offline'
import { datasetShapeProblem, type Dataset } from '../../model'
import { decodeEvents, isCompactEvents } from '../../model/compact-events-decode'
import { withFallbackTexts } from '../../model/fallback-text'
import { createValuePool } from '../../model/value-pool'
import { shareRepeatedValues } from './share-repeated-values'

export { datasetShapeProblem }

export const DATASET_URL = './data/dataset.json'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError'
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
  // The app's build serves the events in columns (ADR 0027), decoded with their repeated values shared; the
  // single file and older builds, as a plain list, have them shared after parsing (and the documents' always),
  // from the same pool.
  const pool = createValuePool()
  const record = isRecord(json) ? json : null
  const columns = record !== null && isCompactEvents(record.events) ? record.events : null
  if (record !== null && columns !== null) {
    try {
      record.events = decodeEvents(columns, pool)
    } catch (error) {
      throw new DatasetLoadError(`invalid data: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const problem = datasetShapeProblem(json)
  if (problem !== null) throw new DatasetLoadError(`invalid data: ${problem}`)
  const dataset = withFallbackTexts(json as Dataset)
  return shareRepeatedValues(dataset, { pool, events: columns === null })
}
