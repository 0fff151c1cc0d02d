import { Highlighted } from '../../lib/highlight'
import { formatDate, otherLanguage, type DatasetEvent, type Language } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import { useDataset } from '../../lib/data'
import { useUrlState } from '../../lib/url-state'
import { internalLink } from './internal-link'
import { useT } from '../../lib/i18n'

/** Each source: document, publisher and date, the quote in its language and the editorial translation. */
export function SourceList({ event, lang, match }: { event: DatasetEvent; lang: Language; match: WordMatcher | null }) {
  const { t } = useT()
  const url = useUrlState()
  const { documentById } = useDataset()
  return (
    <section className="sources">
      <h3 className="sources__title">{t('panel.sources')}</h3>
      <ul className="sources__list">
        {event.sources.map((source, index) => {
          const doc = documentById.get(source.document)
          const docLang: Language = doc?.language ?? otherLanguage(lang)
          const otherLang = otherLanguage(docLang)
          return (
            <li key={`${source.document}-${index}`} className="source">
              <p className="source__document">
                <a {...internalLink(url, { doc: source.document, view: 'documents' })}>
                  {doc ? doc.title[lang] : source.document}
                </a>
                {doc && (
                  <span className="source__published">
                    {' '}
                    {t('panel.published', { publisher: doc.publisher[lang], date: formatDate(doc.published, lang) })}
                  </span>
                )}
              </p>
              <figure className="source__quote">
                <figcaption>{t('panel.original', { language: t(`languageName.${docLang}`) })}</figcaption>
                <blockquote lang={docLang}>
                  <Highlighted text={source.quote} match={match} />
                </blockquote>
              </figure>
              <figure className="source__translation">
                <figcaption>{t('panel.translation')}</figcaption>
                <blockquote lang={otherLang}>
                  <Highlighted text={source.translation} match={match} />
                </blockquote>
              </figure>
              <p className="source__open">
                <a {...internalLink(url, { doc: source.document, view: 'documents' })}>
                  {t('panel.openDocument')}
                  <span aria-hidden="true"> →</span>
                </a>
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
