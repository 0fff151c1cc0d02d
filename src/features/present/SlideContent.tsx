/** One event as a slide, in one language: date with its precision, title, summary, topics, a source. */
import { formatDate, htmlDateTime } from '../../model/date'
import type { BuiltSource, DatasetDocument, DatasetEvent, Language, Topic } from '../../model'
import type { T } from '../../lib/i18n'

export interface SlideContentProps {
  event: DatasetEvent
  lang: Language
  t: T
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  /** The heading's id, so the slide can be named by its title. */
  headingId?: string
}

/** The most substantial quote: the longest (the first of equals), rather than a dateline. */
function mainSource(sources: readonly BuiltSource[]): BuiltSource | undefined {
  return sources.reduce<BuiltSource | undefined>(
    (best, source) => (best === undefined || source.quote.length > best.quote.length ? source : best),
    undefined,
  )
}

export function SlideContent({ event, lang, t, topics, documents, headingId }: SlideContentProps) {
  const source = mainSource(event.sources)
  const document = source && documents.find((d) => d.id === source.document)
  const translated = document !== undefined && document.language !== lang
  const topicLabels = event.topics.map((id) => topics.find((topic) => topic.id === id)?.label[lang] ?? id)
  return (
    <article className="present-slide" lang={lang}>
      <p className="present-slide__date">
        <time dateTime={htmlDateTime(event.date)}>{formatDate(event.date, lang, { approx: event.approx })}</time>
        {event.status === 'planned' && (
          <span className="present-slide__status">{t('present.planned', { date: formatDate(event.asOf, lang) })}</span>
        )}
      </p>
      <h2 className="present-slide__title" id={headingId}>
        {event.title[lang]}
      </h2>
      <p className="present-slide__summary">{event.summary[lang]}</p>
      <ul className="present-slide__topics" aria-label={t('present.topics')}>
        {topicLabels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      {source && (
        <figure className="present-slide__source">
          <blockquote lang={translated ? lang : document?.language}>
            <p>{translated ? source.translation : source.quote}</p>
          </blockquote>
          <figcaption>
            {t('present.source')}: <cite>{document ? document.title[lang] : source.document}</cite>
            {translated && <span className="present-slide__translation"> · {t('present.translation')}</span>}
          </figcaption>
        </figure>
      )}
    </article>
  )
}
