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
  const empty = events.length === 0
  return (
    <>
      {empty && <NoResults onClear={() => setUrlState(CLEARED_FILTERS)} />}
      {view === 'list' ? (
        <ListView onOpen={onOpen} />
      ) : (
        // Nothing to draw: the empty state alone, not a tall blank box under it. Hidden, not unmounted, so the
        // timeline keeps its window and comes back as it was when the filters are cleared.
        <div className="timeline-slot" hidden={empty}>
          <TimelinePane onOpen={onOpen} />
          <Legend />
        </div>
      )}
    </>
  )
}
