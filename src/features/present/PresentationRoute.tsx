/**
 * Presentation mode and the presenter view, loaded on demand. The URL owns the deck position (`present=N`: 0
 * the title slide, N the N-th event), the story and the language; this component maps them onto the feature's
 * props and chooses what the QR codes may carry.
 */
import { lazy, Suspense } from 'react'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../filters'
import { chooseLanguage, useLanguage, useT } from '../../lib/i18n'
import { currentUrl, serializeUrlState, setUrlState, useUrlState } from '../../lib/url-state'
import { publicUrlOf, qrTarget } from './qr-target'

const Presentation = lazy(() => import('./Presentation'))
const PresenterView = lazy(() => import('./PresenterView'))

export function PresentationRoute() {
  const { t } = useT()
  const { dataset, events: allEvents } = useDataset()
  const { events: filtered } = useEventFilters()
  const url = useUrlState()
  const lang = useLanguage()
  const story = url.story === null ? null : (dataset.stories?.find((s) => s.id === url.story) ?? null)
  const events = story ? allEvents : filtered
  const onPositionChange = (next: number) => setUrlState({ present: next }, 'replace')
  const common = {
    events,
    story,
    meta: dataset.meta,
    topics: dataset.topics,
    documents: dataset.documents,
    lang,
    position: url.present ?? 0,
    onPositionChange,
  }
  const fallback = (
    <p className="app-status" role="status">
      {t('app.loading')}
    </p>
  )

  if (url.presenter)
    return (
      <Suspense fallback={fallback}>
        <PresenterView {...common} />
      </Suspense>
    )
  return (
    <Suspense fallback={fallback}>
      <Presentation
        {...common}
        periods={dataset.periods}
        bilingual={url.bi}
        onLanguageChange={chooseLanguage}
        onExit={(eventId) => setUrlState({ present: null, event: eventId ?? url.event })}
        qrUrl={qrTarget(currentUrl(), publicUrlOf(dataset))}
        presenterUrl={`${window.location.pathname}${serializeUrlState({ ...url, presenter: true })}`}
      />
    </Suspense>
  )
}
