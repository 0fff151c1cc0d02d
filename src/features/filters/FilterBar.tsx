/**
 * The filter bar: topics always in sight; the other facets and the period behind "More filters"; the number of
 * events shown, "clear all" and the export buttons.
 */
import { useId, useMemo, useState } from 'react'
import { ExportMenu } from '../export'
import { ClearAll } from './ClearAll'
import { useFilterLabels } from './use-filter-labels'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { setUrlState } from '../../lib/url-state'
import { useEventFilters } from './event-filters-context'
import { MoreFilters } from './MoreFilters'
import { TopicFilter } from './TopicFilter'
import { useUrlFacets, type UrlFacets } from './use-url-facets'
import { CLEARED_FILTERS } from './url-filters'
import { useT } from '../../lib/i18n'

const moreActive = (url: UrlFacets) =>
  [
    url.period,
    url.eras?.length,
    url.status,
    url.kind?.length,
    url.people?.length,
    url.places?.length,
    url.docs?.length,
  ].filter(Boolean).length

export function FilterBar() {
  const { t } = useT()
  const labels = useFilterLabels()
  const lang = useLanguage()
  const url = useUrlFacets()
  const { dataset } = useDataset()
  const { events, active } = useEventFilters()
  const panelId = useId()
  const inUse = moreActive(url)
  // Open from the start when the link carries one of these filters, so it can be seen and cleared.
  const [open, setOpen] = useState(inUse > 0)
  // The export menu looks at every event shown: render it again only when they change, not on every URL change.
  const exportMenu = useMemo(
    () => <ExportMenu events={events} dataset={dataset} lang={lang} />,
    [events, dataset, lang],
  )

  return (
    <section className="filter-bar" aria-label={labels.filters}>
      <TopicFilter />
      <div className="filter-bar__row">
        <button
          type="button"
          className="filter-bar__more"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {inUse > 0 ? t('filter.moreActive', { count: inUse }) : t('filter.more')}
        </button>
        <p className="filter-bar__count" role="status">
          {t('filter.count', { count: events.length })}
        </p>
        <ClearAll active={active} onClear={() => setUrlState(CLEARED_FILTERS)} />
        {exportMenu}
      </div>
      {open && <MoreFilters id={panelId} />}
    </section>
  )
}
