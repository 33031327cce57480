/** Measure Pagefind in Chromium on a built site: bytes and time of a first and a filtered query. */
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../src/harness/serve';

/** One query: bytes Pagefind transferred for it and how long until its results were shown. */
export interface QueryFigures {
  bytes: number;
  ms: number;
  requests: number;
  results: number;
}

/** The two queries a reader makes: a first search from the search page, then a filter. */
export interface SearchFigures {
  first: QueryFigures;
  filtered: QueryFigures;
}

// Counted: everything under /pagefind/ (its script, WASM, index chunks, filters, fragments).
function countPagefind(page: Page): { take(): { bytes: number; requests: number } } {
  let bytes = 0;
  let requests = 0;
  page.on('requestfinished', async (request) => {
    if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
    const sizes = await request.sizes().catch(() => null);
    requests += 1;
    bytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
  });
  return {
    take() {
      const out = { bytes, requests };
      bytes = 0;
      requests = 0;
      return out;
    },
  };
}

/**
 * Open `/search/?q=<term>` on the built site (served with gzip) and time it until results are
 * listed; then, in the same page, run the same term with one filter through Pagefind's API and
 * load the first ten results' data, as the page does when a facet is ticked.
 */
export async function measureSearch(
  browser: Browser,
  dist: string,
  term: string,
  filter: Record<string, string>,
): Promise<SearchFigures> {
  const server = await serve({ '/': dist });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const counter = countPagefind(page);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(term)}`, {
      waitUntil: 'domcontentloaded',
    });
    const handle = await page.waitForFunction(
      () => {
        const list = document.querySelector('[data-search-results]');
        return list && list.children.length > 0
          ? { ms: performance.now(), results: list.children.length }
          : null;
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    const shown = (await handle.jsonValue()) as { ms: number; results: number };
    // Let the last fragments of the first query finish before the filtered query is counted.
    await page.waitForLoadState('networkidle');
    const first = { ...counter.take(), ms: shown.ms, results: shown.results };
    const filtered = await page.evaluate(
      async ({ term, filter }) => {
        // A variable, so neither TypeScript nor a bundler tries to resolve the site's own URL.
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ url);
        const start = performance.now();
        const response = await pagefind.search(term, { filters: filter });
        await Promise.all(
          response.results.slice(0, 10).map((hit: { data(): Promise<unknown> }) => hit.data()),
        );
        return { ms: performance.now() - start, results: response.results.length as number };
      },
      { term, filter },
    );
    await page.waitForLoadState('networkidle');
    if (errors.length > 0)
      throw new Error(`the search page failed in Chromium: ${errors.join('; ')}`);
    return { first, filtered: { ...counter.take(), ...filtered } };
  } finally {
    await page.close();
    await server.close();
  }
}
