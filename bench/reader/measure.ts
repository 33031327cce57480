/** Measure a page the way a reader gets it: traced main thread, bytes over the wire, LCP, DOM. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { findMark, lastMarkBefore, mainThreadMs, TRACE_CATEGORIES, type TraceEvent } from './trace';

/** The page each measured load starts from; every scenario's server serves it (BLANK_PAGE). */
export const BLANK_PATH = '/bench/blank.html';
export const BLANK_PAGE = { [BLANK_PATH]: '<!doctype html><title>blank</title>' };

/** One load of a page, from navigation to a live timeline. */
export interface ReaderFigures {
  /** Main-thread CPU time from navigation until the timeline was live (ms). */
  mainThreadMs: number;
  /** Main-thread CPU time from `ct-start` (a widget asked for its data) until live (ms); null without the mark. */
  startToLiveMs: number | null;
  /** Largest contentful paint (ms after navigation); null when the browser reported none. */
  lcpMs: number | null;
  /** Bytes transferred (gzip as served, headers included) until the network was idle after live. */
  bytes: number;
  /** Bytes of the responses whose URL contains `dataPath` (the widget's data). */
  dataBytes: number;
  /** Elements in the document, shadow roots included. */
  domNodes: number;
}

/** Sum transferred bytes per request from CDP Network events, split into data and everything. */
async function countBytes(cdp: CDPSession, dataPath: string | null) {
  const urls = new Map<string, string>();
  let bytes = 0;
  let dataBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (dataPath && urls.get(e.requestId)?.includes(dataPath)) dataBytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return () => ({ bytes, dataBytes });
}

// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
const COUNT_ELEMENTS = `(() => {
  const count = (root) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) {
      n += 1;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  return count(document);
})()`;

function countElements(page: Page): Promise<number> {
  return page.evaluate<number>(COUNT_ELEMENTS);
}

function largestContentfulPaint(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((done) => {
        const observer = new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          done(last ? last.startTime : null);
        });
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        // No entry at all (nothing contentful painted): say so rather than wait.
        setTimeout(() => done(null), 1000);
      }),
  );
}

/**
 * Load `url` in a fresh page (cold cache), traced, until the page marks `ct-live`; return what
 * the reader paid for it. `init` runs before the page's own scripts.
 */
export async function measureReader(
  browser: Browser,
  url: string,
  options: {
    init?: string;
    dataPath?: string;
    timeoutMs?: number;
    viewport?: { width: number; height: number };
  } = {},
): Promise<ReaderFigures> {
  const { timeoutMs = 300_000, viewport = { width: 1280, height: 800 } } = options;
  const page = await browser.newPage({ viewport });
  let tracing = false;
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (options.init) await page.addInitScript(options.init);
    const cdp = await page.context().newCDPSession(page);
    // A blank page of the same origin first: the measured navigation then stays in a renderer
    // the trace already covers. From about:blank, Chromium may start a new renderer process for
    // the site, whose first tasks the trace can miss (a load read as 5 ms of main thread).
    await page.goto(new URL(BLANK_PATH, url).href);
    const bytes = await countBytes(cdp, options.dataPath ?? null);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => performance.getEntriesByName('ct-live').length > 0, undefined, {
        timeout: timeoutMs,
        polling: 250,
      })
      .catch((error: Error) => {
        throw new Error(
          `bench: ${url} never showed a live timeline${errors.length ? ` (${errors.join('; ')})` : ''}: ${error.message}`,
          { cause: error },
        );
      });
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    tracing = false;
    await page.waitForLoadState('networkidle');
    const lcpMs = await largestContentfulPaint(page);
    const domNodes = await countElements(page);
    if (errors.length > 0)
      throw new Error(`bench: ${url} failed in Chromium: ${errors.join('; ')}`);
    const events = trace.traceEvents;
    const live = findMark(events, 'ct-live');
    // Every task of the page's thread from the start of tracing: the blank page was loaded and
    // idle by then, and Chromium's navigationStart mark is no start line (it is written late,
    // sometimes just before or after the chart goes live, which read as 5 ms of main thread).
    const start = lastMarkBefore(events, 'ct-start', live, live.ts);
    return {
      mainThreadMs: mainThreadMs(events, live, -Infinity, live.ts),
      startToLiveMs: start === null ? null : mainThreadMs(events, live, start, live.ts),
      lcpMs,
      ...bytes(),
      domNodes,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await page.close();
  }
}
