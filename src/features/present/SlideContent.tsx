/**
 * One event as a slide: per language a column of date (with its precision), title, summary and topics, then
 * the event's main quote once. Side by side (`bi=1`) the quote is not repeated per column: it is shown in the
 * document's language with its translation under it, which is what makes two languages fit on one screen.
 * A slide shown in two parts renders the columns first (`head`), then the title and the quote (`rest`).
 */
import { formatDate, htmlDateTime } from '../../model/date'
import type { BuiltSource, DatasetDocument, DatasetEvent, Language, Topic } from '../../model'
import type { T } from '../../lib/i18n'
import { mediaSrc } from '../../lib/offline'

/** The whole slide; its columns then its quote; or (side by side, on a small screen) one column at a time. */
export type SlidePart = 'all' | 'head' | 'rest' | 'head-0' | 'head-1'

/** The parts of a slide cut `level` times (use-fit.ts decides the level). */
export function slideParts(level: number, bilingual: boolean): SlidePart[] {
  if (level <= 0) return ['all']
  return level === 1 || !bilingual ? ['head', 'rest'] : ['head-0', 'head-1', 'rest']
}

export interface SlideContentProps {
  event: DatasetEvent
  /** One language, or both side by side (the first one leads). */
  langs: readonly Language[]
  tFor: (lang: Language) => T
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  /** The heading's id, so the slide can be named by its title. */
  headingId?: string
  part?: SlidePart
}

/** The most substantial quote: the longest (the first of equals), rather than a dateline. */
function mainSource(sources: readonly BuiltSource[]): BuiltSource | undefined {
  return sources.reduce<BuiltSource | undefined>(
    (best, source) => (best === undefined || source.quote.length > best.quote.length ? source : best),
    undefined,
  )
}

function Column({
  event,
  lang,
  t,
  topics,
  headingId,
}: {
  event: DatasetEvent
  lang: Language
  t: T
  topics: readonly Topic[]
  headingId?: string
}) {
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
    </article>
  )
}

function Source({ event, langs, tFor, documents }: Pick<SlideContentProps, 'event' | 'langs' | 'tFor' | 'documents'>) {
  const source = mainSource(event.sources)
  if (!source) return null
  const lang = langs[0]!
  const t = tFor(lang)
  const document = documents.find((d) => d.id === source.document)
  const original = document?.language
  const bilingual = langs.length > 1
  // One language: the quote in it (the editorial translation when the document is in the other one).
  // Both: the quote as written, then its translation into the other language.
  const translated = !bilingual && original !== undefined && original !== lang
  const translationLang = langs.find((l) => l !== original)
  return (
    <figure className="present-slide__source" lang={lang}>
      <blockquote lang={translated ? lang : original}>
        <p>{translated ? source.translation : source.quote}</p>
        {bilingual && translationLang && source.translation && (
          <p className="present-slide__translated" lang={translationLang}>
            {source.translation}
          </p>
        )}
      </blockquote>
      <figcaption>
        {t('present.source')}: <cite>{document ? document.title[lang] : source.document}</cite>
        {(translated || bilingual) && <span className="present-slide__translation"> · {t('present.translation')}</span>}
      </figcaption>
    </figure>
  )
}

/** The event's first image with its caption and credit; a remote page is not shown (nobody clicks a projector). */
function Picture({ event, lang }: { event: DatasetEvent; lang: Language }) {
  const image = event.media.find((item) => 'file' in item)
  if (!image || !('file' in image)) return null
  return (
    <figure className="present-slide__media" lang={lang}>
      <img src={mediaSrc(image.file)} alt={image.alt[lang]} />
      <figcaption>
        {image.caption?.[lang]} <span className="present-slide__credit">{image.credit[lang]}</span>
      </figcaption>
    </figure>
  )
}

export function SlideContent({ event, langs, tFor, topics, documents, headingId, part = 'all' }: SlideContentProps) {
  const lead = langs[0]!
  return (
    <>
      {part !== 'rest' &&
        langs.map((lang, i) =>
          (part === 'head-0' && i !== 0) || (part === 'head-1' && i !== 1) ? null : (
            <Column
              key={lang}
              event={event}
              lang={lang}
              t={tFor(lang)}
              topics={topics}
              headingId={i === 0 || part === 'head-1' ? headingId : undefined}
            />
          ),
        )}
      {part === 'rest' && (
        <h2 className="present-slide__title present-slide__title--continued" id={headingId} lang={lead}>
          {langs.map((lang) => event.title[lang]).join(' / ')}
        </h2>
      )}
      {(part === 'all' || part === 'rest') && <Source event={event} langs={langs} tFor={tFor} documents={documents} />}
      {(part === 'all' || part === 'rest') && <Picture event={event} lang={lead} />}
    </>
  )
}
