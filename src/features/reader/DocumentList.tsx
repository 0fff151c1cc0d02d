import { formatDate, type DatasetDocument, type Language } from '../../model'
import { useT } from '../../lib/i18n'

export interface DocumentListProps {
  documents: readonly DatasetDocument[]
  lang: Language
  onOpen: (id: string) => void
}

/** Every document: title (opens the reader), publisher, date, language and how many events cite it. */
export function DocumentList({ documents, lang, onOpen }: DocumentListProps) {
  const { t } = useT()
  return (
    <table className="document-list">
      <caption>{t('features.reader.documents')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('features.reader.title')}</th>
          <th scope="col">{t('features.reader.publisher')}</th>
          <th scope="col">{t('features.reader.date')}</th>
          <th scope="col">{t('features.reader.language')}</th>
          <th scope="col">{t('features.reader.events')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(document.id)}>
                {document.title[lang]}
              </button>
            </th>
            <td>{document.publisher[lang]}</td>
            <td>
              <time dateTime={document.published}>{formatDate(document.published, lang)}</time>
            </td>
            <td>{t(`languageName.${document.language}`)}</td>
            <td>{document.eventCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
