/** The app shell: composes the header, the filter bar, the current view and the detail panel. */
import { useRef, useState, type ReactNode } from 'react'
import { ShortcutsOverlay, HelpButton, useHelpKey } from '../features/help'
import { Handout } from '../features/print'
import { ErrorBoundary } from '../features/robust'
import { ThemeToggle, useTheme, useThemeOnDocument } from '../features/theme'
import { useDataset } from './data'
import { EventFiltersProvider, FilterBar, useEventFilters } from './filters'
import { Footer } from './Footer'
import { Header } from './header/Header'
import { useLanguageSync } from './i18n'
import { useGlobalKeys } from './keys/use-global-keys'
import { LiveAnnouncer } from './LiveAnnouncer'
import { PrintOnDemand } from './PrintOnDemand'
import { DetailPanel } from './panel/DetailPanel'
import { PresentationRoute } from './present/PresentationRoute'
import { setUrlState, useUrlState } from './url-state'
import { CurrentView } from './views/CurrentView'

export function App() {
  const theme = useTheme()
  useThemeOnDocument(theme.theme)
  return (
    <EventFiltersProvider>
      <Shell headerButtons={<ThemeToggle theme={theme.theme} toggle={theme.toggle} />} />
    </EventFiltersProvider>
  )
}

function Shell({ headerButtons }: { headerButtons: ReactNode }) {
  const lang = useLanguageSync()
  const { dataset, eventById } = useDataset()
  const { events, search } = useEventFilters()
  const url = useUrlState()
  const [helpOpen, setHelpOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const selected = url.event === null ? null : (eventById.get(url.event) ?? null)
  const presenting = url.present !== null || url.presenter
  useGlobalKeys(presenting ? {} : { p: () => setUrlState({ present: 1 }), P: () => setUrlState({ present: 1 }) })
  useHelpKey(() => !presenting && setHelpOpen((open) => !open))

  if (presenting)
    return (
      <ErrorBoundary resetKeys={[url.present, url.story, url.presenter]}>
        <PresentationRoute />
      </ErrorBoundary>
    )

  return (
    <div className={selected ? 'app app--with-panel' : 'app'}>
      <Header>
        {headerButtons}
        <HelpButton onClick={() => setHelpOpen(true)} />
      </Header>
      <FilterBar />
      <main className="app-main">
        <div className="app-view">
          <ErrorBoundary resetKeys={[url.view, url.doc, url.event, url.q]}>
            <CurrentView onOpen={() => headingRef.current?.focus()} />
          </ErrorBoundary>
        </div>
        {selected && (
          <ErrorBoundary resetKeys={[selected.id]}>
            <DetailPanel
              key={selected.id}
              event={selected}
              events={events}
              onSelect={(id) => setUrlState({ event: id })}
              onClose={() => setUrlState({ event: null })}
              headingRef={headingRef}
              bilingual={url.bi}
              match={search.match}
            />
          </ErrorBoundary>
        )}
      </main>
      <Footer />
      <LiveAnnouncer event={selected} lang={lang} />
      <ShortcutsOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <PrintOnDemand count={events.length}>
        <Handout events={events} dataset={dataset} lang={lang} bilingual={url.bi} />
      </PrintOnDemand>
    </div>
  )
}
