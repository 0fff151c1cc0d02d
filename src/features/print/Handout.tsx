/**
 * The printed handout (Ctrl+P): the events shown, as a chronological table of date, event and source, in the
 * interface language or in both. Hidden on screen; print.css hides everything else when printing.
 */
import {
  compareEvents,
  formatDate,
  otherLanguage,
  htmlDateTime,
  type Dataset,
  type DatasetEvent,
  type Language,
} from '../../model'
import './print.css'
import { useT } from '../../lib/i18n'

export interface HandoutProps {
  events: readonly DatasetEvent[]
  dataset: Dataset
  lang: Language
  /** Both languages in every row (`bi=1`), the interface language first. */
  bilingual?: boolean
}

function Sources({ event, dataset, lang }: { event: DatasetEvent; dataset: Dataset; lang: Language }) {
  const documents = [...new Set(event.sources.map((source) => source.document))]
  return (
    <ul className="handout__sources">
      {documents.map((id) => {
        const document = dataset.documents.find((d) => d.id === id)
        if (!document) return <li key={id}>{id}</li>
        return (
          <li key={id}>
            {document.title[lang]}. {document.publisher[lang]},{' '}
            <time dateTime={document.published}>{formatDate(document.published, lang)}</time>
          </li>
        )
      })}
    </ul>
  )
}

function Row({ event, dataset, langs }: { event: DatasetEvent; dataset: Dataset; langs: Language[] }) {
  return (
    <tr className="handout__row" data-event-id={event.id}>
      <td className="handout__date">
        {langs.map((lang) => (
          <time key={lang} lang={lang} dateTime={htmlDateTime(event.date)}>
            {formatDate(event.date, lang, { approx: event.approx })}
          </time>
        ))}
      </td>
      <td>
        {langs.map((lang) => (
          <div key={lang} lang={lang} className="handout__event">
            <strong className="handout__title">{event.title[lang]}</strong>
            <p className="handout__summary">{event.summary[lang]}</p>
          </div>
        ))}
      </td>
      <td>
        <Sources event={event} dataset={dataset} lang={langs[0]!} />
      </td>
    </tr>
  )
}

export function Handout({ events, dataset, lang, bilingual = false }: HandoutProps) {
  const { t } = useT()
  const langs: Language[] = bilingual ? [lang, otherLanguage(lang)] : [lang]
  const sorted = [...events].sort(compareEvents)
  return (
    <section className="handout" aria-labelledby="handout-heading">
      <h1 id="handout-heading" className="handout__heading">
        {t('print.heading', { title: dataset.meta.title[lang], count: sorted.length })}
      </h1>
      <table className="handout__table">
        <caption className="handout__caption">{t('print.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.date')}</th>
            <th scope="col">{t('print.event')}</th>
            <th scope="col">{t('print.source')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((event) => (
            <Row key={event.id} event={event} dataset={dataset} langs={langs} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
