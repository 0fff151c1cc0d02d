/** `view=list`: the filtered events as a list, each entry opening the detail panel. */
import { EventList } from '../../features/list'
import { useDataset } from '../../lib/data'
import { useEventFilters } from '../../features/filters'
import { useLanguage } from '../../lib/i18n'
import { setUrlState, useUrlValue } from '../../lib/url-state'

export function ListView({ onOpen }: { onOpen: () => void }) {
  const { dataset } = useDataset()
  const { events, search } = useEventFilters()
  const lang = useLanguage()
  const event = useUrlValue('event')
  return (
    <EventList
      events={events}
      lang={lang}
      match={search.match}
      explain={search.explain}
      topics={dataset.topics}
      selectedId={event}
      onOpen={(id) => {
        setUrlState({ event: id })
        onOpen()
      }}
    />
  )
}
