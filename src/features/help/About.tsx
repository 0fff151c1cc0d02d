import { formatDate, type Dataset, type DatasetEvent, type Language } from '../../model'
import { useT } from '../../lib/i18n'

export interface AboutProps {
  meta: Dataset['meta']
  documentCount: number
  /** The dataset's events: their number and the years they span are read from them, never written by hand. */
  events: readonly Pick<DatasetEvent, 'start' | 'end'>[]
  lang: Language
}

/** The years from the first event's start to the last event's end, as a partial date ("1945/2019"); null: no events. */
export function eventYears(events: readonly Pick<DatasetEvent, 'start' | 'end'>[]): string | null {
  if (events.length === 0) return null
  let first = events[0]?.start ?? ''
  let last = events[0]?.end ?? ''
  for (const event of events) {
    if (event.start < first) first = event.start
    if (event.end > last) last = event.end
  }
  const [from, to] = [first.slice(0, 4), last.slice(0, 4)]
  return from === to ? from : `${from}/${to}`
}

/** The dataset's title and description, the period its events span, its build date and size. */
export function About({ meta, documentCount, events, lang }: AboutProps) {
  const { t } = useT()
  const years = eventYears(events)
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('features.help.about')}</h2>
      <p className="about-dataset">{meta.title[lang]}</p>
      {meta.description && <p>{meta.description[lang]}</p>}
      <ul className="inline-list">
        {years && <li>{t('features.help.period', { period: formatDate(years, lang) })}</li>}
        <li>{t('features.help.builtOn', { date: formatDate(meta.buildDate, lang) })}</li>
        <li>{t('features.help.documents', { count: documentCount })}</li>
        <li>{t('features.help.events', { count: events.length })}</li>
      </ul>
    </section>
  )
}
