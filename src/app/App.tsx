/** The app shell: composes the header, the filter bar, the current view and the detail panel. */
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from './data'
import { useFilteredEvents } from './filters/use-filtered-events'
import { TopicFilter } from './filters/TopicFilter'
import { Header } from './header/Header'
import { useLanguageSync } from './i18n'
import { Legend } from './legend/Legend'
import { useGlobalKeys } from './keys/use-global-keys'
import { LiveAnnouncer } from './LiveAnnouncer'
import { DetailPanel } from './panel/DetailPanel'
import { PresentationRoute } from './present/PresentationRoute'
import { TimelinePane } from './timeline/TimelinePane'
import { setUrlState, useUrlState } from './url-state'

export function App() {
  const { t } = useTranslation()
  const lang = useLanguageSync()
  const { eventById } = useDataset()
  const url = useUrlState()
  const events = useFilteredEvents()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const selected = url.event === null ? null : (eventById.get(url.event) ?? null)
  const presenting = url.present !== null || url.presenter
  useGlobalKeys(presenting ? {} : { p: () => setUrlState({ present: 1 }), P: () => setUrlState({ present: 1 }) })

  if (presenting) return <PresentationRoute />

  return (
    <div className={selected ? 'app app--with-panel' : 'app'}>
      <Header />
      <TopicFilter />
      <main className="app-main">
        <div className="app-view">
          {url.view === 'timeline' ? (
            <TimelinePane onOpen={() => headingRef.current?.focus()} />
          ) : (
            <p className="app-status">{t('app.otherView')}</p>
          )}
          {events.length === 0 && <p className="app-status">{t('app.empty')}</p>}
          <Legend />
        </div>
        {selected && (
          <DetailPanel
            key={selected.id}
            event={selected}
            events={events}
            onSelect={(id) => setUrlState({ event: id })}
            onClose={() => setUrlState({ event: null })}
            headingRef={headingRef}
          />
        )}
      </main>
      <LiveAnnouncer event={selected} lang={lang} />
    </div>
  )
}
