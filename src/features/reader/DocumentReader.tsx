import { useT } from '../../lib/i18n'
import { DocumentMeta } from './DocumentMeta'
import { DocumentText, type DocumentTextProps } from './DocumentText'
import './reader.css'

export type DocumentReaderProps = DocumentTextProps

/** One document: its metadata and citation in the interface language, its text in its own. */
export function DocumentReader(props: DocumentReaderProps) {
  const { t } = useT()
  const { document, lang } = props
  return (
    <article className="document-reader" aria-labelledby={`document-${document.id}-title`}>
      <h2 id={`document-${document.id}-title`} lang={document.language}>
        {document.title[document.language]}
      </h2>
      <DocumentMeta document={document} lang={lang} />
      <section aria-label={t('features.reader.text')}>
        <DocumentText {...props} />
      </section>
    </article>
  )
}
