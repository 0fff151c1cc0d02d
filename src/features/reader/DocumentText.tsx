import { useEffect, useMemo, useRef } from 'react'
import type { DatasetDocument, DatasetEvent, Language } from '../../model'
import { useT } from '../../lib/i18n'
import { quoteRuns, quotesIn } from './quote-segments'
import { BreakableText } from '../../lib/highlight'

export interface DocumentTextProps {
  document: DatasetDocument
  /** The display text (`build/documents/<id>.json`'s `text`), in the document's own language. */
  text: string
  /** Events that may cite this document (others are ignored). */
  events: readonly DatasetEvent[]
  /** The event whose quote is scrolled to and marked current. */
  focusEventId: string | null
  /** Interface language: the count and the links' names. */
  lang: Language
  onOpenEvent: (id: string) => void
}

/**
 * How many passages are quoted, then the text with every quoted passage as `<mark>`, each quote followed by a
 * numbered link to its event. Text only, never HTML.
 */
export function DocumentText({ document, text, events, focusEventId, lang, onOpenEvent }: DocumentTextProps) {
  const { t } = useT()
  const documentId = document.id
  const quotes = useMemo(() => quotesIn(events, documentId, text.length), [events, documentId, text.length])
  const runs = useMemo(() => quoteRuns(text.length, quotes), [text.length, quotes])
  const byKey = useMemo(() => new Map(quotes.map((quote) => [quote.key, quote])), [quotes])
  const titles = useMemo(() => new Map(events.map((event) => [event.id, event.title[lang]])), [events, lang])
  const container = useRef<HTMLDivElement>(null)

  useEffect(
    function scrollToFocusedQuote() {
      const mark = container.current?.querySelector<HTMLElement>('mark[aria-current="true"]')
      if (!mark) return
      mark.scrollIntoView?.({ block: 'center' })
      mark.focus({ preventScroll: true })
    },
    [focusEventId, documentId, runs],
  )

  return (
    <>
      <p className="document-quote-count">{t('features.reader.quotes', { count: quotes.length })}</p>
      <div className="document-text" lang={document.language} ref={container}>
        {runs.map((run) => {
          const piece = text.slice(run.start, run.end)
          if (run.quotes.length === 0)
            return (
              <span key={run.start}>
                <BreakableText text={piece} />
              </span>
            )
          const eventIds = [...new Set(run.quotes.map((key) => byKey.get(key)!.eventId))]
          const current = focusEventId !== null && eventIds.includes(focusEventId)
          return (
            <span key={run.start}>
              <mark
                data-events={eventIds.join(' ')}
                className={run.quotes.length > 1 ? 'quote overlap' : 'quote'}
                aria-current={current ? 'true' : undefined}
                // Every quote takes focus from script, not only the current one: Esc on the event opened from it
                // returns focus here after the mark stops being current (or the reader's place went to <body>).
                tabIndex={-1}
              >
                <BreakableText text={piece} />
              </mark>
              {run.ending.map((key) => {
                const quote = byKey.get(key)!
                return (
                  <sup key={key} lang={lang}>
                    <button
                      type="button"
                      className="quote-link"
                      // The name starts with the visible number (WCAG 2.5.3, label in name): "2: event …" answers a voice "click 2".
                      aria-label={t('features.reader.openEvent', {
                        number: quote.number,
                        title: titles.get(quote.eventId) ?? quote.eventId,
                      })}
                      onClick={() => onOpenEvent(quote.eventId)}
                    >
                      {quote.number}
                    </button>
                  </sup>
                )
              })}
            </span>
          )
        })}
      </div>
    </>
  )
}
