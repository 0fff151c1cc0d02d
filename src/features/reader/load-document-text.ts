import { documentTextSchema, type DocumentText } from '../../model'
import { fetchData } from '../offline'

export const DOCUMENTS_URL = './data/documents/'

/** `build/documents/<id>.json`, validated: a document that does not match its schema is an error, not a crash. */
export async function loadDocumentText(
  id: string,
  baseUrl = DOCUMENTS_URL,
  signal?: AbortSignal,
): Promise<DocumentText> {
  const response = await fetchData(`${baseUrl}${encodeURIComponent(id)}.json`, { signal })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const parsed = documentTextSchema.safeParse(await response.json())
  if (!parsed.success) throw new Error('invalid document')
  if (parsed.data.id !== id) throw new Error(`expected ${id}, got ${parsed.data.id}`)
  return parsed.data
}
