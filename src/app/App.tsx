/** The app shell: composes the header, the filter bar, the current view and the detail panel. */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { ShortcutsOverlay, HelpButton, useHelpKey } from '../features/help'
import { Handout } from '../features/print'
import { ErrorBoundary } from './error-boundary'
import { ThemeToggle, useTheme, useThemeOnDocument } from '../features/theme'
import { useDataset } from '../lib/data'
import { EventFiltersProvider, FilterBar, useEventFilters } from '../features/filters'
import { Footer } from './Footer'
import { Header } from './header/Header'
import { useLanguageSync } from '../lib/i18n'
import { useKeydown } from '../lib/keys'
import { LiveAnnouncer } from './LiveAnnouncer'
import { PrintOnDemand } from './PrintOnDemand'
import { DetailPanel, NoEventSelected } from '../features/panel'
import { PresentationRoute } from '../features/present'
import { currentView, setUrlState, useUrlValue } from '../lib/url-state'
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
  const eventId = useUrlValue('event')
  const view = useUrlValue('view')
  const doc = useUrlValue('doc')
  const q = useUrlValue('q')
  const bilingual = useUrlValue('bi')
  const present = useUrlValue('present')
  const story = useUrlValue('story')
  const presenter = useUrlValue('presenter')
  const [helpOpen, setHelpOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const selected = eventId === null ? null : (eventById.get(eventId) ?? null)
  const presenting = present !== null || presenter
  const focusHeading = useCallback(() => headingRef.current?.focus(), [])
  // What a selection does not change, made once: opening the panel renders the panel, not the whole shell.
  const header = useMemo(
    () => (
      <Header>
        {headerButtons}
        <HelpButton onClick={() => setHelpOpen(true)} />
      </Header>
    ),
    [headerButtons],
  )
  const filterBar = useMemo(() => <FilterBar />, [])
  const viewContent = useMemo(() => <CurrentView onOpen={focusHeading} />, [focusHeading])
  const footer = useMemo(() => <Footer />, [])
  // Nor does a filter change these: ticking a topic renders what shows the events, not the whole shell.
  const placeholder = useMemo(() => <NoEventSelected bilingual={bilingual} />, [bilingual])
  const announcer = useMemo(() => <LiveAnnouncer event={selected} lang={lang} />, [selected, lang])
  const closeHelp = useCallback(() => setHelpOpen(false), [])
  const shortcuts = useMemo(() => <ShortcutsOverlay open={helpOpen} onClose={closeHelp} />, [helpOpen, closeHelp])
  const handout = useMemo(
    () => <Handout events={events} dataset={dataset} lang={lang} bilingual={bilingual} />,
    [events, dataset, lang, bilingual],
  )
  useKeydown('global', (event) => {
    if (presenting || (event.key !== 'p' && event.key !== 'P')) return false
    setUrlState({ present: 1 })
    return true
  })
  useHelpKey(() => !presenting && setHelpOpen((open) => !open))

  if (presenting)
    return (
      <ErrorBoundary resetKeys={[present, story, presenter]}>
        <PresentationRoute />
      </ErrorBoundary>
    )

  return (
    <div className={selected ? 'app app--with-panel' : 'app'}>
      {header}
      {filterBar}
      <main className="app-main">
        <div className="app-view">
          <ErrorBoundary resetKeys={[view, doc, eventId, q]}>{viewContent}</ErrorBoundary>
        </div>
        {selected ? (
          <ErrorBoundary resetKeys={[selected.id]}>
            <DetailPanel
              key={selected.id}
              event={selected}
              events={events}
              onSelect={(id) => setUrlState({ event: id })}
              onClose={() => setUrlState({ event: null })}
              headingRef={headingRef}
              bilingual={bilingual}
              match={search.match}
            />
          </ErrorBoundary>
        ) : (
          currentView({ view, doc }) !== 'documents' && placeholder
        )}
      </main>
      {footer}
      {announcer}
      {shortcuts}
      <PrintOnDemand count={events.length}>{handout}</PrintOnDemand>
    </div>
  )
}
