import { HIGHLIGHT_PARAM } from '../../lib/search/filters';
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

/** Pagefind's module: the default instance's functions, and more instances on request. */
interface PagefindModule extends Pagefind {
  createInstance(options: Record<string, unknown>): Pagefind;
}

// The same options for every instance: the site's base path, highlighting, ranking.
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

let loading: Promise<PagefindModule> | undefined;

/** Load Pagefind once, on first use, configured for the site's base path and result highlighting. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(
        /* @vite-ignore */ paths.to('pagefind/pagefind.js')
      )) as PagefindModule;
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

let facetsLoading: Promise<Pagefind> | undefined;

/**
 * Load a second Pagefind instance with every filter index, for facet counts only. Pagefind
 * counts every loaded filter on each search: with all of them loaded, a search at 10,000 pages
 * costs several times what it costs without them. Results therefore come from the first
 * instance, which loads only the filters a query uses, and the counts from this one, after the
 * results are shown. Both run in Pagefind's one web worker; the files they share are the same
 * URLs, so a host's cache serves the second copy.
 */
export function loadFacetPagefind(): Promise<Pagefind> {
  facetsLoading ??= (async () => {
    try {
      const pagefind = (await loadPagefind()) as PagefindModule;
      const facets = pagefind.createInstance(OPTIONS);
      await facets.init();
      await facets.filters();
      return facets;
    } catch (cause) {
      facetsLoading = undefined;
      throw cause instanceof SearchUnavailableError ? cause : unavailable(cause);
    }
  })();
  return facetsLoading;
}
