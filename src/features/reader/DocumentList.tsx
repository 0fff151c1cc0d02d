import { compareDocuments, formatDate, type DatasetDocument, type Language } from '../../model'
import { ColumnHeads, useT } from '../../lib/i18n'

export interface DocumentListProps {
  documents: readonly DatasetDocument[]
  lang: Language
  onOpen: (id: string) => void
}

const COLUMNS = [
  'features.reader.title',
  'features.reader.publisher',
  'features.reader.date',
  'features.reader.language',
  'features.reader.events',
] as const

/**
 * Every document in publication order: title (opens the reader), publisher, date, language and how many events
 * cite it. The date and publisher tell apart two documents of the same title.
 */
export function DocumentList({ documents, lang, onOpen }: DocumentListProps) {
  const { t } = useT()
  return (
    <table className="document-list">
      <caption>{t('features.reader.documents')}</caption>
      <ColumnHeads columns={COLUMNS} />
      <tbody>
        {documents.toSorted(compareDocuments).map((document) => (
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
