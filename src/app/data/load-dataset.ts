/** The dataset is an asset next to the app (`./data/dataset.json`), validated against the shared schema. */
import { fetchData } from '../../features/offline'
import { datasetSchema, type Dataset } from '../../model'

export const DATASET_URL = './data/dataset.json'

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
  const parsed = datasetSchema.safeParse(json)
  if (!parsed.success) throw new DatasetLoadError(`invalid data: ${parsed.error.issues[0]?.path.join('.') ?? ''}`)
  return parsed.data
}
