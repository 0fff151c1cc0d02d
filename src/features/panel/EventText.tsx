/**
 * The event's title (the panel's heading) and summary; with `bi=1` both languages side by side, the interface
 * language first. Matched search words are marked.
 */
import type { ReactNode, Ref } from 'react'
import { Highlighted } from '../../lib/highlight'
import { otherLanguage, type DatasetEvent, type Language } from '../../model'
import { isUntranslated } from '../../model/fallback-text'
import type { WordMatcher } from '../../model/search/words'
import { UntranslatedMark } from './UntranslatedMark'

export interface EventTextProps {
  event: DatasetEvent
  lang: Language
  bilingual: boolean
  match: WordMatcher | null
  headingId: string
  headingRef?: Ref<HTMLHeadingElement>
  /** Date and status: under the title, or under both columns. */
  children?: ReactNode
}

export function EventText({ event, lang, bilingual, match, headingId, headingRef, children }: EventTextProps) {
  const other = otherLanguage(lang)
  const heading = (
    <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-panel__title">
      <Highlighted text={event.title[lang]} match={match} />
      <UntranslatedMark show={isUntranslated(event, 'title', lang)} />
    </h2>
  )
  const summary = (language: Language) => (
    <p className="detail-panel__summary">
      <Highlighted text={event.summary[language]} match={match} />
      <UntranslatedMark show={isUntranslated(event, 'summary', language)} />
    </p>
  )
  if (!bilingual)
    return (
      <>
        {heading}
        {children}
        {summary(lang)}
      </>
    )
  return (
    <div className="bilingual">
      <div className="bilingual__column" lang={lang}>
        {heading}
        {summary(lang)}
      </div>
      <div className="bilingual__column" lang={other}>
        <p className="detail-panel__title detail-panel__title--other">
          <Highlighted text={event.title[other]} match={match} />
          <UntranslatedMark show={isUntranslated(event, 'title', other)} />
        </p>
        {summary(other)}
      </div>
      {children}
    </div>
  )
}
