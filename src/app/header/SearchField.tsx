import { prefetchSearch, SearchBox, searchPending } from '../../features/search'
import { useEventFilters } from '../../features/filters'
import { setUrlState, useUrlValue } from '../../lib/url-state'

/**
 * The searchbox on `q`: typing replaces the history entry (no entry per keystroke), once typing pauses (a choice,
 * "Copy link" or leaving the page writes it at once).
 */
export function SearchField() {
  const q = useUrlValue('q')
  const { events, search } = useEventFilters()
  return (
    <SearchBox
      value={q}
      onChange={(value) => setUrlState({ q: value }, 'replace-debounced')}
      resultCount={search.status === 'ready' ? events.length : null}
      busy={searchPending(search, q)}
      onFocus={() => prefetchSearch()}
    />
  )
}
