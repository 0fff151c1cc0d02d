/**
 * `view=documents`: every document, with how many of the events shown cite it; with `doc=<id>` the reader,
 * scrolled to the quote of the selected event.
 */
import { lazy, Suspense, useMemo } from 'react'
import { DocumentList } from '../../features/reader'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../../features/filters'
import { useLanguage } from '../../lib/i18n'
import { setUrlState, useUrlValue } from '../../lib/url-state'
import { useT } from '../../lib/i18n'

const ReaderPage = lazy(() => import('../../features/reader/ReaderPage'))

export function DocumentsView() {
  const { t } = useT()
  const { dataset, events, documentById } = useDataset()
  const docCounts = useEventFilters().counts('docs')
  const lang = useLanguage()
  const doc = useUrlValue('doc')
  const focusEventId = useUrlValue('event')
  const document = doc === null ? undefined : documentById.get(doc)
  const documents = useMemo(
    () => dataset.documents.map((doc) => ({ ...doc, eventCount: docCounts.get(doc.id) ?? 0 })),
    [dataset.documents, docCounts],
  )

  if (!document) return <DocumentList documents={documents} lang={lang} onOpen={(doc) => setUrlState({ doc })} />
  return (
    <div className="documents-view">
      <button type="button" className="documents-view__back" onClick={() => setUrlState({ doc: null })}>
        <span aria-hidden="true">← </span>
        {t('reader.allDocuments')}
      </button>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <ReaderPage
          key={document.id}
          document={document}
          events={events}
          focusEventId={focusEventId}
          lang={lang}
          onOpenEvent={(event) => setUrlState({ event })}
        />
      </Suspense>
    </div>
  )
}
