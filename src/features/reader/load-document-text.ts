import { documentTextShapeProblem, type DocumentText } from '../../model'
import { fetchData } from '../../lib/offline'

export const DOCUMENTS_URL = './data/documents/'

/** `build/documents/<id>.json`, shape-checked: a document that does not look built is an error, not a crash. */
export async function loadDocumentText(
  id: string,
  baseUrl = DOCUMENTS_URL,
  signal?: AbortSignal,
): Promise<DocumentText> {
  const response = await fetchData(`${baseUrl}${encodeURIComponent(id)}.json`, { signal })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const json: unknown = await response.json()
  const problem = documentTextShapeProblem(json)
  if (problem !== null) throw new Error(`invalid document: ${problem}`)
  const text = json as DocumentText
  if (text.id !== id) throw new Error(`expected ${id}, got ${text.id}`)
  return text
}
