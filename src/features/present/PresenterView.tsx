/**
 * The presenter's window (`presenter=1`): the slide the audience sees, the next one, the speaker
 * notes in the presenter's own language, a clock and the time elapsed. It drives the audience window
 * and follows it, through the present channel; either window may close and the other carries on.
 * Loaded on demand: `React.lazy(() => import('…/present/PresenterView'))`.
 */
import { useMemo, useState } from 'react'
import { otherLanguage, type DatasetDocument, type DatasetEvent, type Language, type Topic } from '../../model'
import type { Story } from '../../model/story'
import { useT } from '../../lib/i18n'
import { navigate, type PresentAction } from './keys'
import { PresenterClock } from './PresenterClock'
import { SlideContent } from './SlideContent'
import { clampIndex, slidesFor } from './slides'
import type { PresentChannel } from './sync'
import { usePresentSync } from './use-present-sync'
import { useWindowKeys } from './use-window-keys'
import './present.css'

export interface PresenterViewProps {
  events: readonly DatasetEvent[]
  story?: Story | null
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
  /** The presenter's language: this window's interface and the notes. */
  lang: Language
  /** The audience's language until the audience window says otherwise. */
  audienceLang?: Language
  /** 0-based. */
  index: number
  onIndexChange: (index: number) => void
  channel?: PresentChannel | null
}

export default function PresenterView(props: PresenterViewProps) {
  const { events, story = null, topics, documents, lang } = props
  const slides = useMemo(() => slidesFor(events, story), [events, story])
  const index = clampIndex(props.index, slides.length)
  const { tFor } = useT()
  const t = tFor(lang)
  const [audienceLang, setAudienceLang] = useState<Language>(props.audienceLang ?? lang)
  const [audienceClosed, setAudienceClosed] = useState(false)
  const [typed, setTyped] = useState('')

  usePresentSync({
    role: 'presenter',
    index,
    lang: audienceLang,
    channel: props.channel,
    onGoto(remoteIndex, remoteLang) {
      setAudienceClosed(false)
      setAudienceLang(remoteLang)
      if (remoteIndex !== index) props.onIndexChange(clampIndex(remoteIndex, slides.length))
    },
    onPeerBye: () => setAudienceClosed(true),
  })

  function act(action: PresentAction): boolean {
    if (action.type === 'language') {
      setAudienceLang(otherLanguage)
      return true
    }
    const result = navigate({ index, typed }, action, slides.length)
    if (!result.handled) return false
    setTyped(result.state.typed)
    if (result.state.index !== index) props.onIndexChange(result.state.index)
    return true
  }
  useWindowKeys(act)

  const current = slides[index]
  const next = slides[index + 1]
  const notes = current?.notes[lang]
  return (
    <div className="presenter" data-theme="projector-dark" role="region" aria-label={t('present.presenterView.region')}>
      <header className="presenter__top">
        <p className="present__progress" aria-live="polite" aria-atomic="true">
          {t('present.progress', { current: index + 1, total: slides.length })}
        </p>
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
      <section className="presenter__current" aria-label={t('present.presenterView.current')}>
        {current && (
          <SlideContent
            event={current.event}
            lang={audienceLang}
            t={tFor(audienceLang)}
            topics={topics}
            documents={documents}
          />
        )}
      </section>
      <section className="presenter__notes" aria-label={t('present.presenterView.notes')}>
        <h2>{t('present.presenterView.notes')}</h2>
        <p>{notes ?? t('present.presenterView.noNotes')}</p>
      </section>
      <section className="presenter__next" aria-label={t('present.presenterView.next')}>
        <h2>{t('present.presenterView.next')}</h2>
        {next ? <p>{next.event.title[audienceLang]}</p> : <p>{t('present.presenterView.end')}</p>}
      </section>
      <div className="present-toolbar" role="toolbar" aria-label={t('present.controls')}>
        <button type="button" onClick={() => act({ type: 'prev' })} disabled={index === 0}>
          {t('present.previous')}
        </button>
        <button type="button" onClick={() => act({ type: 'next' })} disabled={index >= slides.length - 1}>
          {t('present.next')}
        </button>
        <button type="button" onClick={() => act({ type: 'language' })}>
          {t('present.language')}
        </button>
      </div>
    </div>
  )
}
