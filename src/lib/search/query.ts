import { FILTER_NAMES, SORT_KEY, type FilterName } from './filters';

/** How results are ordered: Pagefind's ranking, or by date either way. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** A search as the URL carries it: the words, one value per facet, the order. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortOrder;
}

/** The longest query kept from a URL; longer text is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

// Facet values are ids, enum values, years and country codes: nothing else is a valid value,
// so anything else in the URL is dropped rather than passed on or shown.
const FILTER_VALUE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/** The search with no words, no filters and the default order. */
export const EMPTY_SEARCH: SearchState = { query: '', filters: {}, sort: 'relevance' };

/** Return whether a URL value is a well-formed facet value. */
export function isFilterValue(value: string): boolean {
  return FILTER_VALUE.test(value);
}

/** Return the search a URL's query string describes; unknown or malformed parameters are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value && isFilterValue(value)) filters[name] = value;
  }
  const sortParam = params.get('sort');
  const sort = SORT_ORDERS.find((s) => s === sortParam) ?? 'relevance';
  return { query, filters, sort };
}

/** Return the query string of a search (`q=opt+out&kind=ruling`), leaving defaults out. */
export function searchStateToParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Return whether a search asks for anything: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** Return the search with one facet set to a value, or cleared when the value is undefined. */
export function withFilter(
  state: SearchState,
  name: FilterName,
  value: string | undefined,
): SearchState {
  const filters = { ...state.filters };
  if (value === undefined) delete filters[name];
  else filters[name] = value;
  return { ...state, filters };
}

/**
 * Return the search without facet values the knowledge base does not have (a stale or edited
 * URL). `known` maps each facet to its values (the facet labels, or Pagefind's counts); only a
 * value the map holds as its own key counts, so `?year=constructor` or `?kind=__proto__` are
 * dropped, not mistaken for inherited object properties.
 */
export function keepKnownFilters(
  state: SearchState,
  known: Partial<Record<string, Record<string, unknown>>>,
): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [name, value] of Object.entries(state.filters) as [FilterName, string][]) {
    const values = Object.hasOwn(known, name) ? known[name] : undefined;
    if (values && Object.hasOwn(values, value)) filters[name] = value;
  }
  return { ...state, filters };
}

/** The arguments of one `pagefind.search(term, options)` call. */
export interface PagefindQuery {
  term: string | null;
  options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
}

/**
 * Return the Pagefind call for a search, optionally leaving one facet out (to count that facet's
 * other values). Without words there is no relevance, so results then come newest first.
 */
export function toPagefindQuery(state: SearchState, without?: FilterName): PagefindQuery {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(state.filters)) {
    if (name !== without && value) filters[name] = value;
  }
  const term = state.query === '' ? null : state.query;
  const sort =
    state.sort === 'oldest' ? 'asc' : state.sort === 'newest' || term === null ? 'desc' : undefined;
  return { term, options: sort ? { filters, sort: { [SORT_KEY]: sort } } : { filters } };
}
