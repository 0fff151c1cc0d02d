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
import { ColumnHeads, useT, type T } from '../../lib/i18n'
import { BreakableText } from '../../lib/highlight'

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

/** Held, or planned as of the date of the document that says so, in one language. */
function Status({ event, lang, t }: { event: DatasetEvent; lang: Language; t: T }) {
  const planned = event.status === 'planned'
  return (
    <span lang={lang} className={planned ? 'handout__status handout__status--planned' : 'handout__status'}>
      {planned ? t('print.planned', { date: formatDate(event.asOf, lang) }) : t('print.held')}
    </span>
  )
}

function Row({
  event,
  dataset,
  langs,
  tFor,
}: {
  event: DatasetEvent
  dataset: Dataset
  langs: Language[]
  tFor: (lang: Language) => T
}) {
  return (
    <tr className="handout__row" data-event-id={event.id}>
      <td className="handout__date">
        {langs.map((lang) => (
          <time key={lang} lang={lang} dateTime={htmlDateTime(event.date)}>
            {formatDate(event.date, lang, { approx: event.approx })}
          </time>
        ))}
        {langs.map((lang) => (
          <Status key={lang} event={event} lang={lang} t={tFor(lang)} />
        ))}
      </td>
      <td>
        {langs.map((lang) => (
          <div key={lang} lang={lang} className="handout__event">
            <strong className="handout__title">
              <BreakableText text={event.title[lang]} />
            </strong>
            <p className="handout__summary">
              <BreakableText text={event.summary[lang]} />
            </p>
          </div>
        ))}
      </td>
      <td>
        <Sources event={event} dataset={dataset} lang={langs[0]!} />
      </td>
    </tr>
  )
}

/** The periods (eras) the events shown fall in, in start order, with their dates: what the timeline's bands say. */
function Periods({
  events,
  dataset,
  langs,
  t,
}: {
  events: readonly DatasetEvent[]
  dataset: Dataset
  langs: Language[]
  t: T
}) {
  const periods = dataset.periods
    .filter((period) => events.some((event) => event.start <= period.endDay && event.end >= period.startDay))
    .sort((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : 0))
  if (periods.length === 0) return null
  return (
    <section className="handout__periods" aria-labelledby="handout-periods">
      <h2 id="handout-periods" className="handout__subheading">
        {t('print.periods')}
      </h2>
      <ul>
        {periods.map((period) => (
          <li key={period.id}>
            {langs.map((lang) => (
              <span key={lang} lang={lang} className="handout__period">
                <strong>{period.label[lang]}</strong>{' '}
                {formatDate(period.start === period.end ? period.start : `${period.start}/${period.end}`, lang)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}

const COLUMNS = ['print.date', 'print.event', 'print.source'] as const

export function Handout({ events, dataset, lang, bilingual = false }: HandoutProps) {
  const { t, tFor } = useT()
  const langs: Language[] = bilingual ? [lang, otherLanguage(lang)] : [lang]
  const sorted = [...events].sort(compareEvents)
  return (
    <section className="handout" data-print-root="" aria-labelledby="handout-heading">
      <h1 id="handout-heading" className="handout__heading">
        {t('print.heading', { title: dataset.meta.title[lang], count: sorted.length })}
      </h1>
      <Periods events={sorted} dataset={dataset} langs={langs} t={t} />
      <table className="handout__table">
        <caption className="handout__caption">{t('print.caption')}</caption>
        <ColumnHeads columns={COLUMNS} />
        <tbody>
          {sorted.map((event) => (
            <Row key={event.id} event={event} dataset={dataset} langs={langs} tFor={tFor} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
