/** The reader with its text loaded: default-exported so the app can `React.lazy(() => import(…))` it. */
import type { DatasetDocument, DatasetEvent, Language } from '../../model'
import { useT } from '../../lib/i18n'
import { DocumentReader } from './DocumentReader'
import { useDocumentText } from './use-document-text'

export interface ReaderPageProps {
  document: DatasetDocument
  events: readonly DatasetEvent[]
  focusEventId: string | null
  lang: Language
  onOpenEvent: (id: string) => void
  /** Where `<id>.json` files are served; default `./data/documents/`. */
  baseUrl?: string
}

export default function ReaderPage({ baseUrl, document, ...rest }: ReaderPageProps) {
  const { t } = useT()
  const state = useDocumentText(document.id, baseUrl)
  if (state.status === 'loading') return <p role="status">{t('features.reader.loading')}</p>
  if (state.status === 'error') {
    return (
      <div role="alert">
        <p>{t('features.reader.loadError', { detail: state.error })}</p>
        <button type="button" onClick={state.retry}>
          {t('features.reader.retry')}
        </button>
      </div>
    )
  }
  return <DocumentReader document={document} text={state.document.text} {...rest} />
}
