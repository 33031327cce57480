/** Measure a peer widget in Chromium the way bench/timeline measures Casetrail's. */
import type { Browser } from 'playwright-core';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import { serve } from '../lib/serve';
import { median } from '../lib/stats';
import { peerPage, type Peer } from './pages';

/** Figures of one run of a peer, times in ms (CPU: main-thread ThreadTime). */
export interface PeerFigures {
  firstRenderMs: number;
  firstRenderCpuMs: number;
  zoomFrameMs: number;
  zoomFrameCpuMs: number;
  domNodes: number;
  domNodesMax: number;
  jsHeapMb: number;
  /** Bytes transferred for the widget itself (JS, CSS and anything it fetched), gzip as served. */
  bytes: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  // Cleared, or a finished run would keep Node alive until every timer fired.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Run a peer once on the events in a fresh page served from node_modules; return its figures. */
export async function measurePeer(
  browser: Browser,
  root: string,
  peer: Peer,
  events: readonly TimelineEvent[],
  options: { zoomSteps?: number; timeoutMs?: number } = {},
): Promise<PeerFigures> {
  const { zoomSteps = peer.zoomSteps, timeoutMs = 300_000 } = options;
  const server = await serve(
    { '/node_modules/': `${root}/node_modules` },
    { '/bench.html': peerPage(peer, events) },
  );
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      if (request.url().endsWith('/bench.html')) return;
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize;
    });
    // Nothing but the local server: a widget that reaches for a CDN fails here, visibly.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    await page.goto(`${server.origin}/bench.html`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
    const cpu = async () => (await metric('ThreadTime')) * 1000;
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      w.benchData = JSON.parse(document.getElementById('data')!.textContent);
    });
    const before = await cpu();
    const firstMs = await withTimeout(
      page.evaluate(async () => {
        const w = window as unknown as Record<string, any>;
        const start = performance.now();
        await w.bench.render(document.getElementById('root'));
        void document.body.offsetHeight;
        return performance.now() - start;
      }),
      timeoutMs,
      `${peer.name} first render`,
    );
    const firstCpu = (await cpu()) - before;
    const count = () =>
      page.evaluate(() => document.getElementById('root')!.querySelectorAll('*').length);
    const domNodes = await count();
    let domNodesMax = domNodes;
    const zoomWall: number[] = [];
    const zoomCpu: number[] = [];
    for (let step = 1; step <= zoomSteps; step++) {
      const start = await cpu();
      const ms = await withTimeout(
        page.evaluate(async (step) => {
          const w = window as unknown as Record<string, any>;
          const t = performance.now();
          await w.bench.zoom(step);
          void document.body.offsetHeight;
          return performance.now() - t;
        }, step),
        timeoutMs,
        `${peer.name} zoom step ${step}`,
      );
      zoomCpu.push((await cpu()) - start);
      zoomWall.push(ms);
      domNodesMax = Math.max(domNodesMax, await count());
    }
    const heap = await metric('JSHeapUsedSize');
    await new Promise((done) => setTimeout(done, 50));
    if (errors.length > 0) throw new Error(`${peer.name} failed in Chromium: ${errors.join('; ')}`);
    return {
      firstRenderMs: firstMs,
      firstRenderCpuMs: firstCpu,
      zoomFrameMs: median(zoomWall),
      zoomFrameCpuMs: median(zoomCpu),
      domNodes,
      domNodesMax,
      jsHeapMb: heap / 1024 / 1024,
      bytes,
    };
  } finally {
    await page.close();
    await server.close();
  }
}
