import { formatDate, type Dataset, type Language } from '../../model'
import { useT } from '../../lib/i18n'

export interface AboutProps {
  meta: Dataset['meta']
  documentCount: number
  eventCount: number
  lang: Language
}

/** The dataset's title and description, its build date and size. */
export function About({ meta, documentCount, eventCount, lang }: AboutProps) {
  const { t } = useT()
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('features.help.about')}</h2>
      <p className="about-dataset">{meta.title[lang]}</p>
      {meta.description && <p>{meta.description[lang]}</p>}
      <ul>
        <li>{t('features.help.builtOn', { date: formatDate(meta.buildDate, lang) })}</li>
        <li>{t('features.help.documents', { count: documentCount })}</li>
        <li>{t('features.help.events', { count: eventCount })}</li>
      </ul>
    </section>
  )
}
