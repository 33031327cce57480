import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_RANKING } from '../../src/lib/search/ranking';

/** A loaded result, as the browser sees it. */
export interface IndexHit {
  url: string;
  excerpt: string;
  /** The page's whole indexed text, excerpts are cut from. */
  content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A search against a built index: all hits with their data, and the facet counts. */
export interface IndexAnswer {
  hits: IndexHit[];
  filters: Record<string, Record<string, number>>;
  /** How many pages the words match with no filter applied. */
  unfilteredResultCount: number;
}

let fetchPatched = false;

// pagefind.js fetches its index chunks relative to its own URL; in Node that is a file: URL,
// which Node's fetch refuses, so those (and only those) are read from disk.
function patchFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    return new Response(await readFile(url));
  };
}

/**
 * Load the Pagefind bundle a build wrote into `dist/pagefind/` and return a search function that
 * runs the same pagefind.js the browser runs. `baseUrl` is the site's base path.
 */
export async function openIndex(
  dist: string,
  baseUrl = '/',
): Promise<(term: string | null, options?: Record<string, unknown>) => Promise<IndexAnswer>> {
  patchFetch();
  const bundle = join(dist, 'pagefind');
  const pagefind = await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href);
  // The ranking the site's search page uses, so results come in the order readers see.
  await pagefind.options({
    basePath: `${pathToFileURL(bundle).href}/`,
    baseUrl,
    ranking: PAGEFIND_RANKING,
  });
  // Facet counts come back only once the filter index is loaded, as the search page does first.
  await pagefind.filters();
  return async (term, options = {}) => {
    const response = await pagefind.search(term, options);
    const hits = await Promise.all(
      response.results.map((r: { data(): Promise<IndexHit> }) => r.data()),
    );
    return {
      hits,
      filters: response.filters,
      unfilteredResultCount: response.unfilteredResultCount,
    };
  };
}
