/** The app shell: composes the header, the filter bar, the current view and the detail panel. */
import { useCallback, useRef, useState, type ReactNode, type RefObject } from 'react'
import { ShortcutsOverlay, HelpButton, useHelpKey } from '../features/help'
import { Handout, PrintOnDemand } from '../features/print'
import { ErrorBoundary } from './error-boundary'
import { ThemeToggle, useTheme, useThemeOnDocument } from '../features/theme'
import type { Language } from '../model'
import { useDataset } from '../lib/data'
import { useTopicColours } from '../features/timeline'
import { EventFiltersProvider, FilterBar, useEventFilters } from '../features/filters'
import { Footer } from './Footer'
import { Header } from './header/Header'
import { useLanguageSync } from '../lib/i18n'
import { useKeydown } from '../lib/keys'
import { LinkNotice } from './LinkNotice'
import { LiveAnnouncer } from './LiveAnnouncer'
import { DetailPanel, NoEventSelected } from '../features/panel'
import { PresentationRoute } from '../features/present'
import { currentView, setUrlState, useUrlValue, useUrlValues } from '../lib/url-state'
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

/**
 * The shell reads only what changes it as a whole (language, presenting, the help overlay); each part below
 * subscribes to the URL and the filters itself, so a selection renders the detail column and a filter renders
 * what shows the events, not the whole shell (ADR 0022: state pushed down, not a compiler).
 */
function Shell({ headerButtons }: { headerButtons: ReactNode }) {
  const lang = useLanguageSync()
  const { dataset } = useDataset()
  useTopicColours(dataset.topics)
  const present = useUrlValue('present')
  const story = useUrlValue('story')
  const presenter = useUrlValue('presenter')
  const [helpOpen, setHelpOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const presenting = present !== null || presenter
  const focusHeading = useCallback(() => headingRef.current?.focus(), [])
  const closeHelp = useCallback(() => setHelpOpen(false), [])
  useKeydown('global', (event) => {
    if (presenting || (event.key !== 'p' && event.key !== 'P')) return false
    setUrlState({ present: 0 })
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
    <div className="app">
      <Header>
        {headerButtons}
        <HelpButton onClick={() => setHelpOpen(true)} />
      </Header>
      <LinkNotice />
      <FilterBar />
      <main className="app-main">
        <ViewArea onOpen={focusHeading} />
        <DetailColumn headingRef={headingRef} />
      </main>
      <Footer />
      <SelectionAnnouncer lang={lang} />
      <ShortcutsOverlay open={helpOpen} onClose={closeHelp} />
      <HandoutOnDemand lang={lang} />
    </div>
  )
}

function ViewArea({ onOpen }: { onOpen: () => void }) {
  const { view, doc, event, q } = useUrlValues(VIEW_KEYS)
  return (
    <div className="app-view">
      <ErrorBoundary resetKeys={[view, doc, event, q]}>
        <CurrentView onOpen={onOpen} />
      </ErrorBoundary>
    </div>
  )
}
const VIEW_KEYS = ['view', 'doc', 'event', 'q'] as const

/** The selected event's panel, or (outside the documents view) the placeholder that says how to pick one. */
function DetailColumn({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { events, search } = useEventFilters()
  const { view, doc, bi: bilingual } = useUrlValues(DETAIL_KEYS)
  const selected = useSelectedEvent()
  if (!selected) return currentView({ view, doc }) !== 'documents' && <NoEventSelected bilingual={bilingual} />
  return (
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
        explain={search.explain}
      />
    </ErrorBoundary>
  )
}
const DETAIL_KEYS = ['view', 'doc', 'bi'] as const

function SelectionAnnouncer({ lang }: { lang: Language }) {
  return <LiveAnnouncer event={useSelectedEvent()} lang={lang} />
}

function HandoutOnDemand({ lang }: { lang: Language }) {
  const { dataset } = useDataset()
  const { events } = useEventFilters()
  const bilingual = useUrlValue('bi')
  return (
    <PrintOnDemand count={events.length}>
      <Handout events={events} dataset={dataset} lang={lang} bilingual={bilingual} />
    </PrintOnDemand>
  )
}

function useSelectedEvent() {
  const { eventById } = useDataset()
  const eventId = useUrlValue('event')
  return eventId === null ? null : (eventById.get(eventId) ?? null)
}
