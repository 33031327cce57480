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

let loading: Promise<Pagefind> | undefined;

/** Load Pagefind once, on first use, configured for the site's base path and result highlighting. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(
        /* @vite-ignore */ paths.to('pagefind/pagefind.js')
      )) as Pagefind;
      await pagefind.options({
        baseUrl: paths.home(),
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: 26,
        ranking: PAGEFIND_RANKING,
      });
      await pagefind.init();
      return pagefind;
    } catch (cause) {
      loading = undefined;
      // `astro dev` serves no index: Pagefind writes it only after `astro build`.
      const message = import.meta.env.DEV
        ? 'Search needs the index that `astro build` writes, so it does not work in `astro dev`. Run `npm run build` and then `npm run preview` to try it.'
        : 'Search could not load. Check your connection and reload the page.';
      throw new SearchUnavailableError(message, { cause });
    }
  })();
  return loading;
}
