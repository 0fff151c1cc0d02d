import type { Status } from '../../model'
import { useT } from '../../lib/i18n'
import type { CountedFacet } from './filter-events'

export interface FilterLabels {
  /** The filters region's name. */
  filters: string
  /** Group names; `topics` is the app's own (`filter.label`) and not included. */
  facet: Record<Exclude<CountedFacet, 'topics'>, string>
  status: Record<Status, string>
}

/** The facets' and statuses' names in the interface language, for `<FacetFilter label options>`. */
export function useFilterLabels(): FilterLabels {
  const { t } = useT()
  return {
    filters: t('features.filters.label'),
    facet: {
      status: t('features.filters.status'),
      kind: t('features.filters.kind'),
      people: t('features.filters.people'),
      places: t('features.filters.places'),
      docs: t('features.filters.docs'),
      eras: t('features.filters.eras'),
    },
    status: { held: t('features.filters.held'), planned: t('features.filters.planned') },
  }
}
