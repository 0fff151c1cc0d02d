import type { DatasetEvent } from '../../model'
import { useT } from '../../lib/i18n'

/** Previous / next in the sort order of the events being browsed. */
export function PanelNavigation({
  event,
  events,
  onSelect,
}: {
  event: DatasetEvent
  events: readonly DatasetEvent[]
  onSelect: (id: string) => void
}) {
  const { t } = useT()
  const index = events.findIndex((e) => e.id === event.id)
  const previous = index > 0 ? events[index - 1] : undefined
  const next = index !== -1 ? events[index + 1] : undefined
  return (
    <nav className="panel-nav">
      <button
        type="button"
        title={t('panel.previous')}
        disabled={!previous}
        onClick={() => previous && onSelect(previous.id)}
      >
        <span aria-hidden="true">←</span> <span className="panel-nav__label">{t('panel.previous')}</span>
      </button>
      <button type="button" title={t('panel.next')} disabled={!next} onClick={() => next && onSelect(next.id)}>
        <span className="panel-nav__label">{t('panel.next')}</span> <span aria-hidden="true">→</span>
      </button>
    </nav>
  )
}
