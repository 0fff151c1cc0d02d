/** The fields of an event the search covers; bit f of an index posting's mask is the f-th. */
export const SEARCH_FIELDS = [
  'title_ru',
  'title_en',
  'summary_ru',
  'summary_en',
  'quotes',
  'translations',
  'people',
  'places',
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]
