import { FACET_KEYS, useUrlValues, type FacetKey, type UrlState } from '../../lib/url-state'

export type UrlFacets = Pick<UrlState, FacetKey>

/** The filters behind "More filters": a pan or a selection does not re-render their controls. */
export function useUrlFacets(): UrlFacets {
  return useUrlValues(FACET_KEYS)
}
