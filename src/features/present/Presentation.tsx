/**
 * Presentation mode: a title slide, one event per slide over the whole viewport, a closing slide, driven by
 * keys or a clicker. Controlled: the app owns the deck position (the URL's `present=N`: 0 the title, N the N-th
 * event) and the language; this component owns what is momentary (a typed number, the part of a slide shown in
 * two parts, blank screen, QR code, projector theme, whether the controls are hidden).
 * Loaded on demand: `React.lazy(() => import('…/present/Presentation'))`.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  otherLanguage,
  type Dataset,
  type DatasetDocument,
  type DatasetEvent,
  type Language,
  type Topic,
} from '../../model'
import type { Story } from '../../model/story'
import { PrintOnDemand } from '../print'
import { ClosingSlide, TitleSlide } from './CoverSlides'
import { citedDocuments, clampPosition, deckLength, entryAt } from './deck'
import { useT } from '../../lib/i18n'
import { navigate, type PresentAction } from './keys'
import { PresentToolbar, type ProjectorTheme } from './PresentToolbar'
import { ProgressLine } from './ProgressLine'
import { QrOverlay } from './QrOverlay'
import { SlideContent, slideParts as partsOf } from './SlideContent'
import { slidesFor } from './slides'
import { SlidesForPrint } from './SlidesForPrint'
import type { PresentChannel } from './sync'
import { TimelineStrip } from './TimelineStrip'
import { useFit } from './use-fit'
import { useFullscreen } from './use-fullscreen'
import { useIdle } from './use-idle'
import { usePresentSync } from './use-present-sync'
import { useWindowKeys } from './use-window-keys'
import './present.css'

export interface PresentationProps {
  /** The events to present in order (the filtered ones), or with a story all the dataset's events. */
  events: readonly DatasetEvent[]
  story?: Story | null
  /** What the title slide names when there is no story: the dataset. */
  meta: { title: { ru: string; en: string }; description?: { ru: string; en: string } }
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  /** The periods (eras), shown on the timeline strip. */
  periods?: Dataset['periods']
  lang: Language
  /** Russian and English side by side. */
  bilingual?: boolean
  /** 0 the title slide, 1…N the events, N+1 the closing slide; clamped. */
  position: number
  onPositionChange: (position: number) => void
  onLanguageChange: (lang: Language) => void
  /** Leave the presentation; the id of the event on screen, to select it in the normal view. */
  onExit: (eventId: string | null) => void
  /** What the QR codes carry; null when no phone could open this copy (qr-target.ts). */
  qrUrl: string | null
  /** Where the presenter view lives (this view with `presenter=1`); no button without it. */
  presenterUrl?: string
  initialTheme?: ProjectorTheme
  /** Sync with the presenter view: a channel (tests), or null for none; by default this window's. */
  channel?: PresentChannel | null
}

/** How often the closing slide's list may be cut: down to one document a part (only what overflows is cut). */
const closingCuts = (cited: number) => Math.max(0, cited - 1)

export default function Presentation(props: PresentationProps) {
  const { events, story = null, topics, documents, lang, bilingual = false, qrUrl, presenterUrl } = props
  const slides = useMemo(() => slidesFor(events, story), [events, story])
  const periods = props.periods
  const stripPeriods = useMemo(
    () => (periods ?? []).map((period) => ({ ...period, label: period.label[lang] })),
    [periods, lang],
  )
  const position = clampPosition(props.position, slides.length)
  const entry = entryAt(slides, position)
  const eventOnScreen = entry.kind === 'event' ? entry.slide.event : null
  const { tFor } = useT()
  const t = tFor(lang)
  // Side by side, Russian on the left whatever the interface language, as it always was.
  const langs: Language[] = bilingual ? ['ru', 'en'] : [lang]
  const headingId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const slidesRef = useRef<HTMLDivElement>(null)
  const [typed, setTyped] = useState('')
  const [blank, setBlank] = useState(false)
  const [qr, setQr] = useState(false)
  const [theme, setTheme] = useState<ProjectorTheme>(props.initialTheme ?? 'projector-dark')
  const [step, setStep] = useState({ position, part: 0 })
  const citedCount = useMemo(() => citedDocuments(slides, documents).length, [slides, documents])
  const slideKey = `${position}:${eventOnScreen?.id ?? entry.kind}:${langs.join('+')}`
  const level = useFit(
    slidesRef,
    `${slideKey}:${step.position === position ? step.part : 0}`,
    slideKey,
    entry.kind === 'event' ? (bilingual ? 2 : 1) : entry.kind === 'closing' ? closingCuts(citedCount) : 0,
    { proportional: entry.kind === 'closing' },
  )
  const slideParts = partsOf(level, bilingual)
  // The closing slide's list is cut into one more part per level; an event slide's parts are named.
  const parts = entry.kind === 'closing' ? level + 1 : slideParts.length
  const part = step.position === position ? Math.min(step.part, parts - 1) : 0
  const idle = useIdle(!blank && !qr)

  const exit = () => props.onExit(eventOnScreen?.id ?? null)
  useFullscreen(exit)
  const sync = usePresentSync({
    role: 'audience',
    index: position,
    lang,
    part,
    parts,
    channel: props.channel,
    onGoto(remote, remoteLang, remotePart) {
      if (remoteLang !== lang) props.onLanguageChange(remoteLang)
      const target = clampPosition(remote, slides.length)
      setStep({ position: target, part: remotePart })
      if (target !== position) props.onPositionChange(target)
    },
  })

  useEffect(function focusThePresentation() {
    rootRef.current?.focus()
  }, [])

  function goTo(target: number) {
    setBlank(false)
    setStep({ position: target, part: 0 })
    if (target !== position) props.onPositionChange(target)
  }

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
    const forward = action.type === 'next' || (action.type === 'enter' && typed === '')
    const back = action.type === 'prev' || (action.type === 'backspace' && typed === '')
    if (forward && part < parts - 1) {
      setStep({ position, part: part + 1 })
      return true
    }
    if (back && part > 0) {
      setStep({ position, part: part - 1 })
      return true
    }
    const result = navigate({ index: position, typed }, action, deckLength(slides.length))
    if (!result.handled) {
      if (action.type !== 'exit') return false
      exit()
      return true
    }
    setTyped(result.state.typed)
    if (result.state.index !== position) goTo(result.state.index)
    return true
  }
  useWindowKeys(act)

  function openPresenter() {
    if (!presenterUrl) return
    const opened = window.open(presenterUrl, 'timeline-presenter', 'popup,width=1100,height=720')
    if (opened) sync.current?.addPeer(opened)
  }

  const cover = { slides, langs, tFor, qrUrl, headingId }
  const classes = ['present', bilingual && 'present--bilingual', idle && 'present--idle', `present--${entry.kind}`]
  return (
    <>
      <div
        ref={rootRef}
        className={classes.filter(Boolean).join(' ')}
        data-theme={theme}
        data-idle={idle ? 'true' : undefined}
        data-deck-end={position >= slides.length + 1 && part >= parts - 1 ? '' : undefined}
        role="region"
        aria-label={t('present.region')}
        tabIndex={-1}
        lang={lang}
      >
        <header className="present__top">
          <ProgressLine t={t} entry={entry} total={slides.length} continued={part > 0} />
          {story && <p className="present__story">{story.title[lang]}</p>}
          {typed !== '' && (
            <p className="present__typed" role="status">
              {t('present.typed', { number: typed })}
            </p>
          )}
        </header>
        <div ref={slidesRef} className="present__slides" aria-labelledby={slides.length > 0 ? headingId : undefined}>
          {slides.length === 0 && <p className="present__empty">{t('present.empty')}</p>}
          {slides.length > 0 && entry.kind === 'title' && (
            <TitleSlide
              {...cover}
              title={story?.title ?? props.meta.title}
              description={story ? story.description : props.meta.description}
            />
          )}
          {entry.kind === 'event' && (
            <SlideContent
              event={entry.slide.event}
              langs={langs}
              tFor={tFor}
              topics={topics}
              documents={documents}
              headingId={headingId}
              part={slideParts[part]}
            />
          )}
          {slides.length > 0 && entry.kind === 'closing' && (
            <ClosingSlide {...cover} documents={documents} part={part} parts={parts} />
          )}
        </div>
        <footer className="present__bottom">
          <TimelineStrip
            slides={slides}
            index={entry.kind === 'event' ? entry.number - 1 : -1}
            t={t}
            lang={lang}
            periods={stripPeriods}
          />
          <PresentToolbar
            t={t}
            lang={lang}
            theme={theme}
            atStart={position === 0}
            atEnd={position >= slides.length + 1 && part >= parts - 1}
            onAction={act}
            onTheme={() => setTheme((current) => (current === 'projector-dark' ? 'projector-light' : 'projector-dark'))}
            onPresenter={presenterUrl ? openPresenter : undefined}
          />
        </footer>
        {qr && <QrOverlay url={qrUrl} t={t} onClose={() => setQr(false)} />}
        {blank && (
          <div className="present-blank" data-testid="present-blank" onClick={() => setBlank(false)}>
            <p className="visually-hidden" role="status">
              {t('present.blanked')}
            </p>
          </div>
        )}
      </div>
      <PrintOnDemand count={slides.length}>
        <SlidesForPrint
          {...cover}
          headingId={undefined}
          meta={story ?? props.meta}
          topics={topics}
          documents={documents}
        />
      </PrintOnDemand>
    </>
  )
}
