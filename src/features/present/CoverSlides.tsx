/**
 * The slides around the events: the title (what is presented, its period, how many events, a QR code of the
 * view) and the close (the documents the slides quote, a QR code). Side by side, each text in both languages.
 */
import { formatDate, type DatasetDocument, type Language } from '../../model'
import { citedDocuments, deckPeriod, inParts } from './deck'
import type { T } from '../../lib/i18n'
import { QrCode } from './QrOverlay'
import type { Slide } from './slides'

export interface CoverProps {
  slides: readonly Slide[]
  langs: readonly Language[]
  tFor: (lang: Language) => T
  /** What the QR code carries; null: no address a phone could open. */
  qrUrl: string | null
  headingId?: string
}

export interface TitleSlideProps extends CoverProps {
  title: { ru: string; en: string }
  description?: { ru: string; en: string }
}

export function TitleSlide({ slides, langs, tFor, qrUrl, headingId, title, description }: TitleSlideProps) {
  const period = deckPeriod(slides)
  return (
    <div className="present-cover">
      <div className="present-cover__text">
        {langs.map((lang, i) => {
          const t = tFor(lang)
          return (
            <div key={lang} lang={lang} className="present-cover__lang">
              <h2 className="present-cover__title" id={i === 0 ? headingId : undefined}>
                {title[lang]}
              </h2>
              {description && <p className="present-cover__description">{description[lang]}</p>}
              <p className="present-cover__facts">
                {period &&
                  t('present.period', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })}
                {period && ' · '}
                {t('present.eventCount', { count: slides.length })}
              </p>
            </div>
          )
        })}
      </div>
      <figure className="present-cover__qr">
        <QrCode url={qrUrl} t={tFor(langs[0]!)} className="present-cover__code" />
        {qrUrl !== null && <figcaption>{tFor(langs[0]!)('present.qrTitle')}</figcaption>}
      </figure>
    </div>
  )
}

export interface ClosingSlideProps extends CoverProps {
  documents: readonly DatasetDocument[]
  /** The part shown of a list cut into `parts` (use-fit.ts decides how many on screen; paper by count). */
  part?: number
  parts?: number
}

/**
 * The documents cited, in columns. Cut into parts, every part is in the page and all but the shown one hidden:
 * use-fit.ts measures each of them, so the cut and the type size hold for all the parts.
 */
export function ClosingSlide({
  slides,
  langs,
  tFor,
  qrUrl,
  headingId,
  documents,
  part = 0,
  parts = 1,
}: ClosingSlideProps) {
  const runs = inParts(citedDocuments(slides, documents), parts)
  const shown = Math.min(Math.max(part, 0), runs.length - 1)
  const lead = langs[0]!
  const starts = runs.map((_, i) => 1 + runs.slice(0, i).reduce((count, run) => count + run.length, 0))
  return (
    <div className="present-cover present-cover--closing">
      <div className="present-cover__text">
        <h2 className="present-cover__title" id={headingId}>
          {langs.map((lang, i) => (
            <span key={lang} lang={lang}>
              {i > 0 && ' / '}
              {tFor(lang)('present.closingTitle')}
            </span>
          ))}
          {runs.length > 1 && ` (${shown + 1}/${runs.length})`}
        </h2>
        {runs.map((run, i) => {
          return (
            <ol
              key={i}
              className="present-cover__documents"
              start={starts[i]}
              hidden={i !== shown}
              data-fit-part={runs.length > 1 ? '' : undefined}
            >
              {run.map((document) => {
                // Side by side, each document is named once, as it was published: its own language's title.
                const named = langs.length > 1 ? document.language : lead
                return (
                  <li key={document.id}>
                    <span lang={named}>{document.title[named]}</span>
                    <span className="present-cover__meta">
                      {' '}
                      · {document.publisher[lead]}, {formatDate(document.published, lead)}
                    </span>
                  </li>
                )
              })}
            </ol>
          )
        })}
      </div>
      <figure className="present-cover__qr">
        <QrCode url={qrUrl} t={tFor(lead)} className="present-cover__code" />
        {qrUrl !== null && <figcaption>{tFor(lead)('present.qrTitle')}</figcaption>}
      </figure>
    </div>
  )
}
