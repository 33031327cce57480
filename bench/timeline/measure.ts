// Measure the timeline in headless Chromium on synthetic events: first render, zoom and pan
// frames, DOM nodes and JS heap. Reusable by the benchmark issue: `measureTimeline(events)`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import { ROOT } from '../../tests/helpers/site';

/** Figures for one run, times in milliseconds. */
export interface TimelineFigures {
  events: number;
  firstRenderMs: number;
  /** Main-thread CPU time of the same work. */
  firstRenderCpuMs: number;
  zoomFrameMs: number;
  zoomFrameCpuMs: number;
  panFrameCpuMs: number;
  zoomFrameMaxMs: number;
  panFrameMs: number;
  panFrameMaxMs: number;
  domNodes: number;
  domNodesMax: number;
  jsHeapMb: number;
}

/** Return the median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let bundle: Promise<string> | undefined;

/** Bundle mountTimeline (with D3) and the layout into one script that sets `window.casetrailTimeline`. */
export function timelineBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: [
        "import { mountTimeline } from './src/client/timeline/mount.ts';",
        "import { prepareTimeline } from './src/lib/timeline/prepare.ts';",
        "import { layoutTimeline } from './src/lib/timeline/layout.ts';",
        "import { drawTimeline, createTimelineSvg } from './src/client/timeline/render.ts';",
        'window.casetrailTimeline = { mountTimeline, prepareTimeline, layoutTimeline, drawTimeline, createTimelineSvg };',
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

function harnessPage(script: string, events: readonly TimelineEvent[]): string {
  const css = readFileSync(join(ROOT, 'src/client/timeline/timeline.css'), 'utf8');
  const data = JSON.stringify(events).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>timeline bench</title>
<script>/* tsx names the functions it hands to page.evaluate */ var __name = (f) => f;</script>
<style>body{margin:0;font-family:system-ui}#root{width:1100px;margin:8px}${css}</style></head>
<body><div id="root"></div><script type="application/json" id="data">${data}</script><script>${script}</script></body></html>`;
}

/** Run the timeline once in a fresh page and return its figures. */
export async function measureTimeline(
  browser: Browser,
  events: readonly TimelineEvent[],
): Promise<TimelineFigures> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(harnessPage(await timelineBundle(), events));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Main-thread CPU time (ThreadTime) beside wall time: on a shared, loaded machine the wall
  // clock also counts time spent waiting for a core.
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value *
    1000;
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.benchData = JSON.parse(document.getElementById('data')!.textContent);
  });
  const before = await cpu();
  const first = await page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    const root = document.getElementById('root')!;
    // First render: from parsed data to a laid-out page (style and layout forced).
    const start = performance.now();
    w.benchHandle = w.casetrailTimeline.mountTimeline(root, w.benchData, {
      today: null,
      label: 'Benchmark timeline',
    });
    void document.body.offsetHeight;
    return { ms: performance.now() - start, nodes: root.querySelectorAll('*').length };
  });
  const firstCpu = (await cpu()) - before;
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const frames = async (kind: 'zoom' | 'pan') => {
    const start = await cpu();
    const result = await page.evaluate((kind) => {
      const w = window as unknown as Record<string, any>;
      const root = document.getElementById('root')!;
      const handle = w.benchHandle;
      const [a, b] = handle.layout.domain as [number, number];
      const times: number[] = [];
      let nodes = 0;
      for (let i = 1; i <= 40; i++) {
        const half = kind === 'zoom' ? ((b - a) / 2) * Math.pow(0.85, i) : (b - a) / 2 / 8;
        const centre = kind === 'zoom' ? a + (b - a) * 0.43 : a + (b - a) * (0.2 + i * 0.01);
        const t = performance.now();
        handle.setView([centre - half, centre + half]);
        void document.body.offsetHeight;
        times.push(performance.now() - t);
        nodes = Math.max(nodes, root.querySelectorAll('*').length);
      }
      handle.fit();
      return { times, nodes };
    }, kind);
    return { ...result, cpuPerFrame: ((await cpu()) - start) / 40 };
  };
  const zoom = await frames('zoom');
  await page.evaluate(() =>
    (window as unknown as Record<string, any>).benchHandle.setView(
      (window as unknown as Record<string, any>).benchHandle.layout.domain,
    ),
  );
  const pan = await frames('pan');
  const figures = {
    firstRenderMs: first.ms,
    firstRenderCpuMs: firstCpu,
    zoom: zoom.times,
    pan: pan.times,
    zoomCpu: zoom.cpuPerFrame,
    panCpu: pan.cpuPerFrame,
    domNodes: first.nodes,
    domNodesMax: Math.max(first.nodes, zoom.nodes, pan.nodes),
  };
  const metrics = await cdp.send('Performance.getMetrics');
  const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await page.close();
  if (errors.length > 0) throw new Error(`the timeline failed in Chromium: ${errors.join('; ')}`);
  const sortedMax = (list: number[]) => Math.max(...list);
  return {
    events: events.length,
    firstRenderMs: figures.firstRenderMs,
    firstRenderCpuMs: figures.firstRenderCpuMs,
    zoomFrameCpuMs: figures.zoomCpu,
    panFrameCpuMs: figures.panCpu,
    zoomFrameMs: median(figures.zoom),
    zoomFrameMaxMs: sortedMax(figures.zoom),
    panFrameMs: median(figures.pan),
    panFrameMaxMs: sortedMax(figures.pan),
    domNodes: figures.domNodes,
    domNodesMax: figures.domNodesMax,
    jsHeapMb: heap / 1024 / 1024,
  };
}
