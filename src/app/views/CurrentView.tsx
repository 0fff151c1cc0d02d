/** The view the URL asks for; a link with `doc=<id>` opens the documents view at that document. */
import { NoResults } from '../../features/search'
import { CLEARED_FILTERS, useEventFilters } from '../../features/filters'
import { Legend, TimelinePane } from '../../features/timeline'
import { currentView, setUrlState, useUrlValue } from '../../lib/url-state'
import { DocumentsView } from './DocumentsView'
import { ListView } from './ListView'

export function CurrentView({ onOpen }: { onOpen: () => void }) {
  const view = currentView({ view: useUrlValue('view'), doc: useUrlValue('doc') })
  const { events } = useEventFilters()
  if (view === 'documents') return <DocumentsView />
  return (
    <>
      {events.length === 0 && <NoResults onClear={() => setUrlState(CLEARED_FILTERS)} />}
      {view === 'list' ? <ListView onOpen={onOpen} /> : <TimelinePane onOpen={onOpen} />}
      {view === 'timeline' && <Legend />}
    </>
  )
}
