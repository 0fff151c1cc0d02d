/**
 * Presentation mode: one event per slide over the whole viewport, driven by keys or a clicker.
 * Controlled: the app owns the slide index (the URL's `present=N`) and the language; this component
 * owns only what is momentary (a typed slide number, blank screen, QR code, projector theme).
 * Loaded on demand: `React.lazy(() => import('…/present/Presentation'))`.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { otherLanguage, type DatasetDocument, type DatasetEvent, type Language, type Topic } from '../../model'
import type { Story } from '../../model/story'
import { useT } from '../../lib/i18n'
import { navigate, type PresentAction } from './keys'
import { PresentToolbar, type ProjectorTheme } from './PresentToolbar'
import { QrOverlay } from './QrOverlay'
import { SlideContent } from './SlideContent'
import { clampIndex, slidesFor } from './slides'
import type { PresentChannel } from './sync'
import { TimelineStrip } from './TimelineStrip'
import { useFullscreen } from './use-fullscreen'
import { usePresentSync } from './use-present-sync'
import { useWindowKeys } from './use-window-keys'
import './present.css'

export interface PresentationProps {
  /** The events to present in order (the filtered ones), or with a story all the dataset's events. */
  events: readonly DatasetEvent[]
  story?: Story | null
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  lang: Language
  /** Russian and English side by side. */
  bilingual?: boolean
  /** 0-based; clamped to the slides. */
  index: number
  onIndexChange: (index: number) => void
  onLanguageChange: (lang: Language) => void
  /** Leave the presentation; the id of the event on screen, to select it in the normal view. */
  onExit: (eventId: string | null) => void
  /** The link the QR code carries (the current view). */
  currentUrl: string
  /** Where the presenter view lives (this view with `presenter=1`); no button without it. */
  presenterUrl?: string
  initialTheme?: ProjectorTheme
  /** Sync with the presenter view: a channel (tests), or null for none; by default this window's. */
  channel?: PresentChannel | null
}

export default function Presentation(props: PresentationProps) {
  const { events, story = null, topics, documents, lang, bilingual = false, currentUrl, presenterUrl } = props
  const slides = useMemo(() => slidesFor(events, story), [events, story])
  const index = clampIndex(props.index, slides.length)
  const slide = slides[index]
  const { tFor } = useT()
  const t = tFor(lang)
  const headingId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const [typed, setTyped] = useState('')
  const [blank, setBlank] = useState(false)
  const [qr, setQr] = useState(false)
  const [theme, setTheme] = useState<ProjectorTheme>(props.initialTheme ?? 'projector-dark')

  const exit = () => props.onExit(slide?.event.id ?? null)
  useFullscreen(exit)
  const sync = usePresentSync({
    role: 'audience',
    index,
    lang,
    channel: props.channel,
    onGoto(remoteIndex, remoteLang) {
      if (remoteLang !== lang) props.onLanguageChange(remoteLang)
      if (remoteIndex !== index) props.onIndexChange(clampIndex(remoteIndex, slides.length))
    },
  })

  useEffect(function focusThePresentation() {
    rootRef.current?.focus()
  }, [])

  function act(action: PresentAction): boolean {
    if (action.type === 'blank') {
      setBlank((on) => !on)
      return true
    }
    if (action.type === 'qr') {
      setQr((on) => !on)
      return true
    }
    if (action.type === 'language') {
      props.onLanguageChange(otherLanguage(lang))
      return true
    }
    if (action.type === 'exit' && (blank || qr) && typed === '') {
      setBlank(false)
      setQr(false)
      return true
    }
    const result = navigate({ index, typed }, action, slides.length)
    if (!result.handled) {
      if (action.type !== 'exit') return false
      exit()
      return true
    }
    setTyped(result.state.typed)
    if (result.state.index !== index) {
      setBlank(false)
      props.onIndexChange(result.state.index)
    }
    return true
  }
  useWindowKeys(act)

  function openPresenter() {
    if (!presenterUrl) return
    const opened = window.open(presenterUrl, 'timeline-presenter', 'popup,width=1100,height=720')
    if (opened) sync.current?.addPeer(opened)
  }

  const languages: Language[] = bilingual ? ['ru', 'en'] : [lang]
  return (
    <div
      ref={rootRef}
      className={bilingual ? 'present present--bilingual' : 'present'}
      data-theme={theme}
      role="region"
      aria-label={t('present.region')}
      tabIndex={-1}
      lang={lang}
    >
      <header className="present__top">
        <p className="present__progress" aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{t('present.progress', { current: index + 1, total: slides.length })}</span>
          <span className="visually-hidden">
            {t('present.progressLabel', { current: index + 1, total: slides.length })}
          </span>
        </p>
        {story && <p className="present__story">{story.title[lang]}</p>}
        {typed !== '' && (
          <p className="present__typed" role="status">
            {t('present.typed', { number: typed })}
          </p>
        )}
      </header>
      <div className="present__slides" aria-labelledby={slide ? headingId : undefined}>
        {slide ? (
          languages.map((column) => (
            <SlideContent
              key={column}
              event={slide.event}
              lang={column}
              t={tFor(column)}
              topics={topics}
              documents={documents}
              headingId={column === languages[0] ? headingId : undefined}
            />
          ))
        ) : (
          <p className="present__empty">{t('present.empty')}</p>
        )}
      </div>
      <footer className="present__bottom">
        <TimelineStrip slides={slides} index={index} t={t} />
        <PresentToolbar
          t={t}
          lang={lang}
          theme={theme}
          atStart={index === 0}
          atEnd={index >= slides.length - 1}
          onAction={act}
          onTheme={() => setTheme((current) => (current === 'projector-dark' ? 'projector-light' : 'projector-dark'))}
          onPresenter={presenterUrl ? openPresenter : undefined}
        />
      </footer>
      {qr && <QrOverlay url={currentUrl} t={t} onClose={() => setQr(false)} />}
      {blank && (
        <div className="present-blank" data-testid="present-blank" onClick={() => setBlank(false)}>
          <p className="visually-hidden" role="status">
            {t('present.blanked')}
          </p>
        </div>
      )}
    </div>
  )
}
