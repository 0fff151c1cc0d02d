import { useEffect, useState } from 'react'
import type { DocumentText } from '../../model'
import { DOCUMENTS_URL, loadDocumentText } from './load-document-text'

export type DocumentTextState =
  { status: 'loading' } | { status: 'ready'; document: DocumentText } | { status: 'error'; error: string }

/** Loads a document's display text; `retry` loads it again after an error. */
export function useDocumentText(id: string, baseUrl = DOCUMENTS_URL): DocumentTextState & { retry: () => void } {
  const [result, setResult] = useState<{ key: string; state: DocumentTextState } | null>(null)
  const [attempt, setAttempt] = useState(0)
  const key = `${baseUrl}${id}#${attempt}`

  useEffect(
    function fetchDocumentText() {
      const controller = new AbortController()
      loadDocumentText(id, baseUrl, controller.signal).then(
        (document) => setResult({ key, state: { status: 'ready', document } }),
        (error: unknown) => {
          if (!controller.signal.aborted) setResult({ key, state: { status: 'error', error: String(error) } })
        },
      )
      return function abortFetch() {
        controller.abort()
      }
    },
    [id, baseUrl, key],
  )

  const state: DocumentTextState = result?.key === key ? result.state : { status: 'loading' }
  return { ...state, retry: () => setAttempt((n) => n + 1) }
}
