import { useMemo } from 'react'
import type { DatasetEvent } from '../../model'
import { useDataset } from '../data'
import { useUrlState } from '../url-state'
import { filterByTopics } from './filter-events'

/**
 * The events every view shows, in the dataset's sort order.
 * Later filters (search `q`, `status`, `kind`, `period`, …) are composed here, in one place.
 */
export function useFilteredEvents(): readonly DatasetEvent[] {
  const { events } = useDataset()
  const { topics } = useUrlState()
  return useMemo(() => filterByTopics(events, topics), [events, topics])
}
