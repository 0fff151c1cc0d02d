/**
 * The presenter's window (`presenter=1`): the slide the audience sees (the same part of a slide shown in two
 * parts), the next one, the speaker notes in the presenter's own language, a clock and the time elapsed. It
 * drives the audience window and follows it, through the present channel; either window may close and the
 * other carries on. It keeps its controls in view: it is the presenter's screen, not the room's.
 * Loaded on demand: `React.lazy(() => import('…/present/PresenterView'))`.
 */
import { useMemo, useRef, useState } from 'react'
import { otherLanguage, type DatasetDocument, type DatasetEvent, type Language, type Topic } from '../../model'
import type { Story } from '../../model/story'
import { clampPosition, deckLength, entryAt, type DeckEntry } from './deck'
import { useT, type T } from '../../lib/i18n'
import { navigate, type PresentAction } from './keys'
import { PresenterClock } from './PresenterClock'
import { ProgressLine } from './ProgressLine'
import { SlideContent } from './SlideContent'
import { slidesFor } from './slides'
import type { PresentChannel } from './sync'
import { useFit } from './use-fit'
import { usePresentSync } from './use-present-sync'
import { useWindowKeys } from './use-window-keys'
import './present.css'

export interface PresenterViewProps {
  events: readonly DatasetEvent[]
  story?: Story | null
  meta: { title: { ru: string; en: string } }
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  /** The presenter's language: this window's interface and the notes. */
  lang: Language
  /** The audience's language until the audience window says otherwise. */
  audienceLang?: Language
  /** The deck position: 0 the title, N the N-th event, N+1 the close. */
  position: number
  onPositionChange: (position: number) => void
  channel?: PresentChannel | null
}

function entryTitle(entry: DeckEntry, title: { ru: string; en: string }, lang: Language, t: T): string {
  if (entry.kind === 'event') return entry.slide.event.title[lang]
  return entry.kind === 'title' ? title[lang] : t('present.closingTitle')
}

export default function PresenterView(props: PresenterViewProps) {
  const { events, story = null, topics, documents, lang } = props
  const slides = useMemo(() => slidesFor(events, story), [events, story])
  const position = clampPosition(props.position, slides.length)
  const { tFor } = useT()
  const t = tFor(lang)
  const [audienceLang, setAudienceLang] = useState<Language>(props.audienceLang ?? lang)
  const [audienceClosed, setAudienceClosed] = useState(false)
  const [typed, setTyped] = useState('')
  // The audience's screen decides whether a slide comes in two parts; this view follows what it says.
  const [step, setStep] = useState({ position, part: 0, parts: 1 })
  const here = step.position === position ? step : { position, part: 0, parts: 1 }
  const currentRef = useRef<HTMLElement>(null)

  usePresentSync({
    role: 'presenter',
    index: position,
    lang: audienceLang,
    part: here.part,
    parts: here.parts,
    channel: props.channel,
    onGoto(remote, remoteLang, part, parts) {
      setAudienceClosed(false)
      setAudienceLang(remoteLang)
      const target = clampPosition(remote, slides.length)
      setStep({ position: target, part, parts })
      if (target !== position) props.onPositionChange(target)
    },
    onPeerBye: () => setAudienceClosed(true),
  })

  function act(action: PresentAction): boolean {
    if (action.type === 'language') {
      setAudienceLang(otherLanguage)
      return true
    }
    const forward = action.type === 'next' || (action.type === 'enter' && typed === '')
    const back = action.type === 'prev' || (action.type === 'backspace' && typed === '')
    if ((forward && here.part < here.parts - 1) || (back && here.part > 0)) {
      setStep({ ...here, part: here.part + (forward ? 1 : -1) })
      return true
    }
    const result = navigate({ index: position, typed }, action, deckLength(slides.length))
    if (!result.handled) return false
    setTyped(result.state.typed)
    if (result.state.index !== position) {
      setStep({ position: result.state.index, part: 0, parts: 1 })
      props.onPositionChange(result.state.index)
    }
    return true
  }
  useWindowKeys(act)

  const current = entryAt(slides, position)
  const next = position + 1 < deckLength(slides.length) ? entryAt(slides, position + 1) : null
  // One language here: the audience's last part is the quote, the ones before it the columns.
  const slidePart = here.parts <= 1 ? 'all' : here.part >= here.parts - 1 ? 'rest' : 'head'
  const contentKey = `${position}:${audienceLang}:${slidePart}`
  useFit(currentRef, contentKey, contentKey, 0)
  const notes = current.kind === 'event' ? current.slide.notes[lang] : undefined
  const title = story?.title ?? props.meta.title
  const atEnd = position >= deckLength(slides.length) - 1 && here.part >= here.parts - 1
  return (
    <div
      className="presenter"
      data-theme="projector-dark"
      data-deck-end={atEnd ? '' : undefined}
      role="region"
      aria-label={t('present.presenterView.region')}
    >
      <header className="presenter__top">
        <ProgressLine t={t} entry={current} total={slides.length} continued={here.part > 0} />
        <p className="presenter__audience">
          {t('present.presenterView.audienceLanguage', { language: t(`present.lang.${audienceLang}`) })}
        </p>
        {typed !== '' && <p role="status">{t('present.typed', { number: typed })}</p>}
        <PresenterClock t={t} lang={lang} />
      </header>
      {audienceClosed && (
        <p className="presenter__notice" role="status">
          {t('present.presenterView.audienceClosed')}
        </p>
      )}
      <section ref={currentRef} className="presenter__current" aria-label={t('present.presenterView.current')}>
        {current.kind === 'event' ? (
          <SlideContent
            event={current.slide.event}
            langs={[audienceLang]}
            tFor={tFor}
            topics={topics}
            documents={documents}
            part={slidePart}
          />
        ) : (
          <p className="presenter__cover" lang={audienceLang}>
            {entryTitle(current, title, audienceLang, tFor(audienceLang))}
            {/* The closing slide's list, cut into parts on the audience's screen. */}
            {current.kind === 'closing' && here.parts > 1 && ` (${here.part + 1}/${here.parts})`}
          </p>
        )}
      </section>
      <section className="presenter__notes" aria-label={t('present.presenterView.notes')}>
        <h2>{t('present.presenterView.notes')}</h2>
        <p>{notes ?? t('present.presenterView.noNotes')}</p>
      </section>
      <section className="presenter__next" aria-label={t('present.presenterView.next')}>
        <h2>{t('present.presenterView.next')}</h2>
        <p>{next ? entryTitle(next, title, audienceLang, tFor(audienceLang)) : t('present.presenterView.end')}</p>
      </section>
      <div className="present-toolbar" role="toolbar" aria-label={t('present.controls')}>
        <button type="button" onClick={() => act({ type: 'prev' })} disabled={position === 0 && here.part === 0}>
          {t('present.previous')}
        </button>
        <button type="button" onClick={() => act({ type: 'next' })} disabled={atEnd}>
          {t('present.next')}
        </button>
        <button type="button" onClick={() => act({ type: 'language' })}>
          {t('present.language')}
        </button>
      </div>
    </div>
  )
}
