import type { DatasetDocument, DatasetEvent, Language } from '../../model'
import { useT } from '../../lib/i18n'
import { DocumentMeta } from './DocumentMeta'
import { DocumentText } from './DocumentText'
import { quotesIn } from './quote-segments'
import './reader.css'

export interface DocumentReaderProps {
  document: DatasetDocument
  /** The display text (`build/documents/<id>.json`'s `text`). */
  text: string
  events: readonly DatasetEvent[]
  focusEventId: string | null
  /** Interface language: everything around the text. */
  lang: Language
  onOpenEvent: (id: string) => void
}

/** One document: its metadata and citation in the interface language, its text in its own. */
export function DocumentReader({ document, text, events, focusEventId, lang, onOpenEvent }: DocumentReaderProps) {
  const { t } = useT()
  const quoteCount = quotesIn(events, document.id, text.length).length
  return (
    <article className="document-reader" aria-labelledby={`document-${document.id}-title`}>
      <h2 id={`document-${document.id}-title`} lang={document.language}>
        {document.title[document.language]}
      </h2>
      <DocumentMeta document={document} lang={lang} />
      <section aria-label={t('features.reader.text')}>
        <p className="document-quote-count">{t('features.reader.quotes', { count: quoteCount })}</p>
        <DocumentText
          documentId={document.id}
          text={text}
          language={document.language}
          events={events}
          focusEventId={focusEventId}
          lang={lang}
          onOpenEvent={onOpenEvent}
        />
      </section>
    </article>
  )
}
