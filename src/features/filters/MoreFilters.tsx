/** Status, kind, people, places, documents and period: each a facet with counts, all written to the URL. */
import { useMemo } from 'react'
import { FacetFilter, type FacetOption } from './FacetFilter'
import { periodBounds } from './filter-events'
import { PeriodFilter } from './PeriodFilter'
import { useFilterLabels } from './use-filter-labels'
import { compareDocuments, formatDate, STATUSES, type EventKind, type Status } from '../../model'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { setUrlState } from '../../lib/url-state'
import { useEventFilters } from './event-filters-context'
import { useUrlFacets } from './use-url-facets'

/** [] (nothing ticked) is written as the key's absence. */
const orNull = <T,>(values: T[]): T[] | null => (values.length === 0 ? null : values)

export function MoreFilters({ id }: { id: string }) {
  const labels = useFilterLabels()
  const lang = useLanguage()
  const url = useUrlFacets()
  const { dataset, kindById, events: all } = useDataset()
  const { events, counts } = useEventFilters()
  const bounds = useMemo(() => periodBounds(all), [all])
  const kinds = useMemo(() => [...new Set(all.map((event) => event.kind))], [all])

  // Names in the UI language's alphabetical order (Russian names were in the order of their English ones).
  const collator = useMemo(() => new Intl.Collator(lang), [lang])
  const byName = (options: FacetOption[]) => options.sort((a, b) => collator.compare(a.label, b.label))
  const options = {
    status: STATUSES.map((value): FacetOption => ({ id: value, label: labels.status[value] })),
    kind: byName(kinds.map((value): FacetOption => ({ id: value, label: kindById.get(value)?.label[lang] ?? value }))),
    people: byName(dataset.people.map((person): FacetOption => ({ id: person.id, label: person.name[lang] }))),
    places: byName(dataset.places.map((place): FacetOption => ({ id: place.id, label: place.name[lang] }))),
    // In the order they began, each with its dates: the same office may be held twice.
    eras: dataset.periods
      .toSorted((a, b) => (a.startDay < b.startDay ? -1 : a.startDay > b.startDay ? 1 : 0))
      .map((period): FacetOption => ({
        id: period.id,
        label: period.label[lang],
        detail: formatDate(period.start === period.end ? period.start : `${period.start}/${period.end}`, lang),
      })),
    // In publication order, each with its date: two documents may share a title.
    docs: dataset.documents
      .toSorted(compareDocuments)
      .map((doc): FacetOption => ({ id: doc.id, label: doc.title[lang], detail: formatDate(doc.published, lang) })),
  }
  const facet = (name: keyof typeof options, selected: readonly string[] | null, write: (ids: string[]) => void) => (
    <FacetFilter
      facet={name}
      label={labels.facet[name]}
      options={options[name]}
      selected={selected ?? []}
      counts={counts(name)}
      onChange={write}
    />
  )

  return (
    <div id={id} className="more-filters">
      <PeriodFilter
        value={url.period}
        bounds={bounds}
        count={url.period ? events.length : undefined}
        onChange={(period) => setUrlState({ period })}
      />
      {/* A timeline without periods.yaml has no eras to choose. */}
      {options.eras.length > 0 && facet('eras', url.eras, (ids) => setUrlState({ eras: orNull(ids) }))}
      {facet('status', url.status ? [url.status] : null, (ids) =>
        // One status in the URL: ticking both is the same as ticking none.
        setUrlState({ status: ids.length === 1 ? (ids[0] as Status) : null }),
      )}
      {facet('kind', url.kind, (ids) => setUrlState({ kind: orNull(ids as EventKind[]) }))}
      {facet('people', url.people, (ids) => setUrlState({ people: orNull(ids) }))}
      {facet('places', url.places, (ids) => setUrlState({ places: orNull(ids) }))}
      {facet('docs', url.docs, (ids) => setUrlState({ docs: orNull(ids) }))}
    </div>
  )
}
