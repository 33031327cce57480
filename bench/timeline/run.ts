// Timeline benchmark: `npx tsx bench/timeline/run.ts [--events 10000] [--runs 3]`.
// Prints a table and writes bench/.out/timeline.json. Budgets from issue 3 are checked; the run
// exits non-zero when one is exceeded.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { renderStaticTimeline } from '../../src/client/timeline/static';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { prepareTimeline } from '../../src/lib/timeline/prepare';
import { ROOT } from '../../tests/helpers/site';
import { launchChromium } from './browser';
import { measureTimeline, median, timelineBundle, type TimelineFigures } from './measure';
import { generateTimelineEvents } from './synthetic';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('events', 10_000);
const runs = arg('runs', 3);

/** Budgets of issue 3 (times in ms, sizes in bytes). */
const BUDGETS = {
  clientGzip: 30 * 1024,
  firstRenderMs: 100,
  zoomFrameMs: 16,
  panFrameMs: 16,
  domNodesMax: 2000,
  buildLayoutMs: 1000,
};

const events = generateTimelineEvents(count);

function buildTimeLayout(): number {
  const start = performance.now();
  const prepared = prepareTimeline(events);
  layoutTimeline(prepared, { domain: prepared.extent, width: 1100 });
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  renderStaticTimeline(document, prepared, { label: 'bench', today: null });
  return performance.now() - start;
}

function builtClientGzip(): number | null {
  const dir = join(ROOT, 'dist/_astro');
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((f) => f.startsWith('Timeline') && f.endsWith('.js'));
  return file ? gzipSync(readFileSync(join(dir, file)), { level: 9 }).length : null;
}

const build = median(Array.from({ length: runs }, buildTimeLayout));
const standaloneGzip = gzipSync(await timelineBundle(), { level: 9 }).length;
const siteGzip = builtClientGzip();
const browser = await launchChromium();
const results: TimelineFigures[] = [];
try {
  for (let i = 0; i < runs; i++) results.push(await measureTimeline(browser, events));
} finally {
  await browser.close();
}
const med = (key: keyof TimelineFigures) => median(results.map((r) => r[key]));
const summary = {
  date: new Date().toISOString(),
  events: count,
  runs,
  clientGzipBytes: siteGzip ?? standaloneGzip,
  clientGzipSource:
    siteGzip === null ? 'esbuild bundle of mountTimeline' : 'dist/_astro Timeline script',
  buildLayoutMs: build,
  firstRenderMs: med('firstRenderMs'),
  firstRenderCpuMs: med('firstRenderCpuMs'),
  zoomFrameCpuMs: med('zoomFrameCpuMs'),
  panFrameCpuMs: med('panFrameCpuMs'),
  loadAverage: (await import('node:os')).loadavg(),
  zoomFrameMs: med('zoomFrameMs'),
  zoomFrameMaxMs: med('zoomFrameMaxMs'),
  panFrameMs: med('panFrameMs'),
  panFrameMaxMs: med('panFrameMaxMs'),
  domNodes: med('domNodes'),
  domNodesMax: med('domNodesMax'),
  jsHeapMb: med('jsHeapMb'),
  spread: results,
};
mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/.out/timeline.json'), `${JSON.stringify(summary, null, 2)}\n`);
const rows: [string, number, number | null, string][] = [
  [
    'client JS, gzip (KB)',
    summary.clientGzipBytes / 1024,
    BUDGETS.clientGzip / 1024,
    summary.clientGzipSource,
  ],
  [
    'build-time layout + SVG (ms)',
    summary.buildLayoutMs,
    BUDGETS.buildLayoutMs,
    'Node, prepare + layout + 3 static SVGs',
  ],
  ['first render, wall (ms)', summary.firstRenderMs, null, 'parsed data → laid-out page'],
  [
    'first render, main-thread CPU (ms)',
    summary.firstRenderCpuMs,
    BUDGETS.firstRenderMs,
    'same, CPU time (CDP ThreadTime)',
  ],
  [
    'zoom frame, wall median (ms)',
    summary.zoomFrameMs,
    null,
    `max ${summary.zoomFrameMaxMs.toFixed(1)}`,
  ],
  [
    'zoom frame, CPU mean (ms)',
    summary.zoomFrameCpuMs,
    BUDGETS.zoomFrameMs,
    'layout + draw + style + layout',
  ],
  [
    'pan frame, wall median (ms)',
    summary.panFrameMs,
    null,
    `max ${summary.panFrameMaxMs.toFixed(1)}`,
  ],
  ['pan frame, CPU mean (ms)', summary.panFrameCpuMs, BUDGETS.panFrameMs, ''],
  ['DOM nodes, first / max', summary.domNodes, null, `max ${summary.domNodesMax}`],
  ['DOM nodes, max while zooming', summary.domNodesMax, BUDGETS.domNodesMax, ''],
  ['JS heap (MB)', summary.jsHeapMb, null, 'CDP JSHeapUsedSize, incl. the data'],
];
console.log(
  `Timeline, ${count} synthetic events, medians of ${runs} runs; load average ${summary.loadAverage.map((n) => n.toFixed(1)).join(' ')}`,
);
let failed = false;
for (const [name, value, budget, note] of rows) {
  const over = budget !== null && value > budget;
  failed ||= over;
  console.log(
    `${name.padEnd(32)} ${value.toFixed(1).padStart(9)} ${budget === null ? '' : `(budget ${budget})`.padEnd(16)} ${over ? 'OVER ' : ''}${note}`,
  );
}
process.exitCode = failed ? 1 : 0;
