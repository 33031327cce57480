/**
 * Measure the search page in Chromium on a built site: what a first query, opening the filters
 * and a filtered query transfer, and how long each takes, as wall time and as CPU time.
 *
 * Pagefind 1.6 runs its engine in a web worker, so the page's main thread sees only the posting
 * of messages and our rendering. CPU is therefore measured twice: main-thread time (CDP
 * `ThreadTime`, what the timeline budgets use) and the renderer process's time (`ProcessTime`:
 * main thread, Pagefind's worker, style and paint), which is what a reader's machine spends
 * before the results show. Neither counts waiting for a core on a shared machine; wall time does.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serve } from '../../src/harness/serve';

/** One query: bytes Pagefind transferred for it and how long until its results were shown. */
export interface QueryFigures {
  bytes: number;
  requests: number;
  /** Wall time until the results were listed. */
  ms: number;
  /** Main-thread CPU time. */
  mainCpuMs: number;
  /** Renderer process CPU time (main thread, Pagefind's worker, paint). */
  cpuMs: number;
  results: number;
}

/** A first search from the search page, opening the filters, then ticking a filter. */
export interface SearchFigures {
  first: QueryFigures;
  /** Opening the filter panel: it loads every filter index and counts the facets. */
  facets: QueryFigures;
  filtered: QueryFigures;
}

// Everything search fetches: under /pagefind/ (script, worker, WASM, index chunks, filters,
// fragments) and the facet table the search page counts with, counted by the server as it sends
// it: Chromium reports no size for a worker's script.
const isSearchFile = (path: string) =>
  path.includes('/pagefind/') || path.endsWith('/search/facets.json');

function byteCounter(): {
  onSend: (path: string, bytes: number) => void;
  take(): { bytes: number; requests: number };
} {
  let bytes = 0;
  let requests = 0;
  return {
    onSend(path, sent) {
      if (!isSearchFile(path)) return;
      bytes += sent;
      requests += 1;
    },
    take() {
      const out = { bytes, requests };
      bytes = requests = 0;
      return out;
    },
  };
}

async function cpuClock(page: Page): Promise<() => Promise<{ main: number; process: number }>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { main: value('ThreadTime'), process: value('ProcessTime') };
  };
}

// Resolves (in the page) with performance.now() once the results list holds results that were
// not there before: a MutationObserver, so waiting costs the page no polling. A string, because
// tsx would wrap a function's inner helpers in a `__name` the page does not have.
const WHEN_RESULTS_CHANGE = `new Promise((resolve, reject) => {
  const list = document.querySelector('[data-search-results]');
  if (!list) return reject(new Error('the search page has no results list'));
  const done = () =>
    list.children.length > 0 && !list.querySelector('[data-bench-old]')
      ? { ms: performance.now(), results: list.children.length }
      : null;
  const now = done();
  if (now) return resolve(now);
  const observer = new MutationObserver(() => {
    const shown = done();
    if (shown) {
      observer.disconnect();
      resolve(shown);
    }
  });
  observer.observe(list, { childList: true });
})`;

const whenResultsChange = (page: Page) =>
  page.evaluate<{ ms: number; results: number }>(WHEN_RESULTS_CHANGE);

/**
 * Open `/search/?q=<term>` on the built site (served gzipped, as a static host does) and time it
 * until results are listed; then open the filters (which loads the filter indexes) and tick one
 * filter, timing each until the page shows its counts and results, as a reader would.
 */
export async function measureSearch(
  browser: Browser,
  dist: string,
  term: string,
  filter: Record<string, string>,
): Promise<SearchFigures> {
  const counter = byteCounter();
  const server = await serve({ '/': dist }, {}, { onSend: counter.onSend });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A page of the same origin first, so the renderer process whose CPU is read is the one
    // the search page runs in.
    await page.goto(`${server.origin}/pagefind/pagefind-entry.json`);
    const cpu = await cpuClock(page);
    counter.take();
    let before = await cpu();
    const started = Date.now();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(term)}`, {
      waitUntil: 'domcontentloaded',
    });
    const shown = await whenResultsChange(page);
    let after = await cpu();
    // Let the last fragments of the first query land before the next step is counted.
    await page.waitForLoadState('networkidle');
    const first: QueryFigures = {
      ...counter.take(),
      // From the navigation's start: the page's clock starts there.
      ms: shown.ms,
      mainCpuMs: after.main - before.main,
      cpuMs: after.process - before.process,
      results: shown.results,
    };
    if (Date.now() - started > 120_000) throw new Error('the first search took over two minutes');

    const step = async (act: () => Promise<void>, ready: () => Promise<number>) => {
      before = await cpu();
      const start = await page.evaluate(() => performance.now());
      await act();
      const results = await ready();
      const end = await page.evaluate(() => performance.now());
      after = await cpu();
      await page.waitForLoadState('networkidle');
      return {
        ...counter.take(),
        ms: end - start,
        mainCpuMs: after.main - before.main,
        cpuMs: after.process - before.process,
        results,
      };
    };
    const facets = await step(
      () => page.locator('[data-search-facets-box] > summary').click(),
      async () => {
        await page.locator('[data-search-facets] fieldset').first().waitFor();
        return page.locator('[data-search-facets] fieldset').count();
      },
    );
    const [name, value] = Object.entries(filter)[0] ?? [];
    if (!name || value === undefined) throw new Error('measureSearch: give one filter');
    // A long facet shows its first values; unfold it if the value is among the rest.
    const input = page.locator(`input[name="facet-${name}"][value="${value}"]`);
    if ((await input.count()) === 0)
      await page
        .locator('fieldset', { has: page.locator(`input[name="facet-${name}"]`) })
        .getByRole('button')
        .click();
    const filtered = await step(
      async () => {
        await page.evaluate(() => {
          for (const item of document.querySelectorAll('[data-search-results] > *'))
            item.setAttribute('data-bench-old', '');
        });
        await input.check();
      },
      async () => (await whenResultsChange(page)).results,
    );
    if (errors.length > 0)
      throw new Error(`the search page failed in Chromium: ${errors.join('; ')}`);
    return { first, facets, filtered };
  } finally {
    await page.close();
    await server.close();
  }
}

/** Record a run's search figures under their names in the benchmark's results. */
export function collectSearch(
  figures: SearchFigures,
  collect: (key: string, value: number) => void,
): void {
  for (const step of ['first', 'facets', 'filtered'] as const) {
    const figure = figures[step];
    for (const key of ['bytes', 'requests', 'ms', 'cpuMs', 'mainCpuMs'] as const)
      collect(`search.${step}.${key}`, figure[key]);
  }
}
