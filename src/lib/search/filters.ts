/** The facets a search can be narrowed by, in the order the search page lists them. */
export const FILTER_NAMES = [
  'type',
  'case',
  'kind',
  'actor',
  'court',
  'jurisdiction',
  'year',
  'status',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Each facet's heading on the search page. */
export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Page type',
  case: 'Case',
  kind: 'Kind of event',
  actor: 'Actor',
  court: 'Court or authority',
  jurisdiction: 'Jurisdiction',
  year: 'Year',
  status: 'Status',
};

/** The kinds of page the index holds; the `type` filter's values. */
export const PAGE_TYPES = ['event', 'case', 'actor'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The Pagefind sort key every indexed page carries: its date as ISO text. */
export const SORT_KEY = 'date';

/** The URL parameter that carries the searched words to a result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** What one indexed page tells Pagefind: facet values, its sort value and result metadata. */
export interface SearchAttributes {
  /** Facet values by filter; a filter with no values is left out. */
  filters: Partial<Record<FilterName, string[]>>;
  /** ISO date text (`2025`, `2025-04`, `2025-05-23`), so it sorts as text. */
  sort: string;
  /** What a result shows: title, date as shown, case, kind, summary, type. */
  meta: Record<string, string>;
}

/** Return whether a string names a facet. */
export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}
