import { getJson } from '../../lib/http/get-json';
import { decodeFacetTable, type FacetTable } from '../../lib/search/facet-table';
import { decodePageList, type PageRow } from '../../lib/search/page-list';
import { HIGHLIGHT_PARAM, SORT_KEY } from '../../lib/search/filters';
import { PAGEFIND_RANKING } from '../../lib/search/ranking';
import type { PagefindResultData } from '../../lib/search/results';
import { paths } from '../../site/paths';

/** Facet counts by filter, then value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One hit; its data loads on demand. */
export interface PagefindHit {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What `pagefind.search` returns (the fields Casetrail reads). */
export interface PagefindResponse {
  results: PagefindHit[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** The part of Pagefind's browser API Casetrail uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  debouncedSearch(
    term: string | null,
    options?: Record<string, unknown>,
    wait?: number,
  ): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}

/** Why search cannot run here, in words for the reader. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

// The site's base path, highlighting, ranking.
const OPTIONS = {
  baseUrl: paths.home(),
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 26,
  ranking: PAGEFIND_RANKING,
};

function unavailable(cause: unknown): SearchUnavailableError {
  // `astro dev` serves no index: Pagefind writes it only after `astro build`.
  const message = import.meta.env.DEV
    ? 'Search needs the index that `astro build` writes, so it does not work in `astro dev`. Run `npm run build` and then `npm run preview` to try it.'
    : 'Search could not load. Check your connection and reload the page.';
  return new SearchUnavailableError(message, { cause });
}

let loading: Promise<Pagefind> | undefined;

/** Load Pagefind once, on first use, configured for the site's base path and result highlighting. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(
        /* @vite-ignore */ paths.to('pagefind/pagefind.js')
      )) as Pagefind;
      await pagefind.options(OPTIONS);
      await pagefind.init();
      return pagefind;
    } catch (cause) {
      loading = undefined;
      throw unavailable(cause);
    }
  })();
  return loading;
}

/** The facet table matched to Pagefind's pages: which hit is which page of the table. */
export interface FacetIndex {
  table: FacetTable;
  /** Each Pagefind page id's position in the table. */
  positions: Map<string, number>;
  /** Every indexed page, oldest first (the table's order). */
  pages: PagefindHit[];
}

let facetIndexLoading: Promise<FacetIndex | undefined> | undefined;

/**
 * Load the facet table the build wrote and match it to Pagefind's pages, once. Counting facets
 * in Pagefind means loading every filter index (200 KB at 10,000 events) and a linear scan per
 * value on every search (seconds); the table is smaller and is counted here in milliseconds.
 * Every page's date sort value is unique and the table is in that order, so one search of all
 * pages sorted by date tells which Pagefind id is which page. Without filter indexes loaded,
 * that search costs Pagefind no counting. Resolves to undefined, once and for the page's life,
 * when the table is missing or does not match the index (a partial deploy): the caller then
 * lets Pagefind filter.
 */
export function loadFacetIndex(): Promise<FacetIndex | undefined> {
  facetIndexLoading ??= (async () => {
    const pagefind = await loadPagefind();
    try {
      // The table downloads while Pagefind sorts.
      const [table, { results }] = await Promise.all([
        getJson(paths.searchFacets()).then(decodeFacetTable),
        pagefind.search(null, { sort: { [SORT_KEY]: 'asc' } }),
      ]);
      if (results.length !== table.pages)
        throw new Error(
          `the facet table lists ${table.pages} pages and the search index ${results.length}`,
        );
      return { table, positions: new Map(results.map((hit, i) => [hit.id, i])), pages: results };
    } catch (error) {
      console.warn(`Search counts and filters with Pagefind: ${(error as Error).message}`);
      return undefined;
    }
  })();
  // Pagefind itself failing to load is reported where search runs; try again next time.
  facetIndexLoading.catch(() => (facetIndexLoading = undefined));
  return facetIndexLoading;
}

/** Which indexed page a Pagefind hit is, without loading the hit's fragment. */
export type PageOfHit = (hit: PagefindHit) => PageRow | undefined;

let pageOfHitLoading: Promise<PageOfHit | undefined> | undefined;

/**
 * Load the build's page list (src/lib/search/page-list.ts) and match it to Pagefind's pages
 * through the facet table, once. A hit's `data()` is one request per hit; this is one request
 * for all. Resolves to undefined when the table or the list is missing or from another build:
 * the caller then asks each hit for its URL.
 */
export function loadPageOfHit(): Promise<PageOfHit | undefined> {
  pageOfHitLoading ??= (async () => {
    // The list downloads while the table is matched to the index.
    const list = getJson(paths.searchPages());
    list.catch(() => undefined);
    const index = await loadFacetIndex();
    if (!index) return undefined;
    try {
      const rows = decodePageList(await list, index.table.pages);
      return (hit) => {
        const position = index.positions.get(hit.id);
        return position === undefined ? undefined : rows[position];
      };
    } catch (error) {
      console.warn(`Search reads each hit's page: ${(error as Error).message}`);
      return undefined;
    }
  })();
  pageOfHitLoading.catch(() => (pageOfHitLoading = undefined));
  return pageOfHitLoading;
}
