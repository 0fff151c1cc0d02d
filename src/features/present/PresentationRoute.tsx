/**
 * Presentation mode and the presenter view, loaded on demand. The URL owns the slide (`present=N`,
 * 1-based), the story and the language; this component only maps them onto the feature's props.
 */
import { lazy, Suspense } from 'react'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../filters'
import { chooseLanguage, useLanguage } from '../../lib/i18n'
import { currentUrl, serializeUrlState, setUrlState, useUrlState } from '../../lib/url-state'
import { useT } from '../../lib/i18n'

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
  const index = (url.present ?? 1) - 1
  const onIndexChange = (next: number) => setUrlState({ present: next + 1 }, 'replace')
  const common = { events, story, topics: dataset.topics, documents: dataset.documents, lang, index, onIndexChange }
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
        bilingual={url.bi}
        onLanguageChange={chooseLanguage}
        onExit={(eventId) => setUrlState({ present: null, event: eventId ?? url.event })}
        currentUrl={currentUrl()}
        presenterUrl={`${window.location.pathname}${serializeUrlState({ ...url, presenter: true })}`}
      />
    </Suspense>
  )
}
