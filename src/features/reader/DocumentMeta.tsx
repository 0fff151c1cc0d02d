import { useState } from 'react'
import { formatDate, type DatasetDocument, type Language } from '../../model'
import { useT } from '../../lib/i18n'

export interface DocumentMetaProps {
  document: DatasetDocument
  lang: Language
}

/** "MOFA Japan. Title in the original. 31 May 2019. https://…": publisher and date in the interface language. */
export function citation(document: DatasetDocument, lang: Language): string {
  const parts = [document.publisher[lang], document.title[document.language], formatDate(document.published, lang)]
  const sentences = parts.map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
  return [...sentences, ...(document.url ? [document.url] : [])].join(' ')
}

type CopyState = 'idle' | 'copied' | 'failed'

export function DocumentMeta({ document, lang }: DocumentMetaProps) {
  const { t } = useT()
  const [copy, setCopy] = useState<CopyState>('idle')
  const cite = citation(document, lang)
  async function copyCitation() {
    try {
      await navigator.clipboard.writeText(cite)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }
  return (
    <section className="document-meta" aria-label={t('features.reader.metadata')}>
      <dl>
        <dt>{t('features.reader.publisher')}</dt>
        <dd>{document.publisher[lang]}</dd>
        <dt>{t('features.reader.date')}</dt>
        <dd>
          <time dateTime={document.published}>{formatDate(document.published, lang)}</time>
        </dd>
        <dt>{t('features.reader.language')}</dt>
        <dd>{t(`languageName.${document.language}`)}</dd>
        <dt>{t('features.reader.original')}</dt>
        <dd>
          {document.url ? (
            <a href={document.url} target="_blank" rel="noopener noreferrer" className="external">
              {document.url}
            </a>
          ) : (
            t('features.reader.noUrl')
          )}
        </dd>
        <dt>{t('features.reader.citation')}</dt>
        <dd>
          <q className="citation">{cite}</q>{' '}
          <button type="button" onClick={() => void copyCitation()}>
            {t('features.reader.copyCitation')}
          </button>{' '}
          <span role="status">
            {copy === 'copied' && t('features.reader.copied')}
            {copy === 'failed' && t('features.reader.copyFailed')}
          </span>
        </dd>
      </dl>
    </section>
  )
}
