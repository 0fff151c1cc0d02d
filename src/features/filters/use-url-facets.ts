import { useUrlValue, type UrlState } from '../../lib/url-state'

export type UrlFacets = Pick<UrlState, 'period' | 'status' | 'kind' | 'people' | 'places' | 'docs'>

/** The filters behind "More filters", read key by key: a pan or a selection does not re-render their controls. */
export function useUrlFacets(): UrlFacets {
  return {
    period: useUrlValue('period'),
    status: useUrlValue('status'),
    kind: useUrlValue('kind'),
    people: useUrlValue('people'),
    places: useUrlValue('places'),
    docs: useUrlValue('docs'),
  }
}
