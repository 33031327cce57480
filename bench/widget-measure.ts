// Measure the widget as a publisher's reader gets it: `npx tsx bench/widget-measure.ts [events…]
// [--runs N] [--profile]`. A page loads /embed.js (bundled as the build bundles it) and sets
// `src` on <casetrail-timeline> to the chart data of synthetic events; main-thread CPU (CDP ThreadTime) from setting src to a drawn chart, shadow DOM nodes
// at load and most while zooming, and the data's bytes as served (gzip). --profile prints where
// the time goes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/harness/chromium';
import { ROOT } from '../src/harness/root';
import { serve } from '../src/harness/serve';
import { bundle } from '../src/site/embed-bundle';
import { syntheticCompactCase } from '../src/harness/synthetic-compact';
import { summarizeProfile } from './lib/profile';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const counts = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
const dir = join(ROOT, 'bench/.corpus/widget');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// Not minified when profiling, so the profile names the functions.
const script = await bundle({ minify: !flag('--profile') });
writeFileSync(join(dir, 'embed.js'), script);
// The build's chart data and its details and names chunks, as the widget reads them.
for (const n of counts) {
  const { timeline, chunks, names, ids } = syntheticCompactCase(n, `/case-${n}/events/`);
  writeFileSync(join(dir, `case-${n}.timeline.json`), JSON.stringify(timeline));
  mkdirSync(join(dir, `case-${n}/events`), { recursive: true });
  mkdirSync(join(dir, `case-${n}/names`), { recursive: true });
  chunks.forEach((chunk, k) =>
    writeFileSync(join(dir, `case-${n}/events/${k}.json`), JSON.stringify(chunk)),
  );
  // A big chart's other titles and ids, which it loads as it zooms and finds events.
  names.forEach((chunk, k) =>
    writeFileSync(join(dir, `case-${n}/names/${k}.json`), JSON.stringify(chunk)),
  );
  writeFileSync(join(dir, `case-${n}/ids.json`), JSON.stringify(ids));
}
const page = (width: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>widget bench</title><script>var __name = (f) => f;</script><script type="module" src="/embed.js"></script></head>
<body style="margin:0"><div style="width:${width}px"><casetrail-timeline id="w"></casetrail-timeline></div></body></html>`;
const server = await serve({ '/': dir }, { '/bench.html': page(1100) });
const browser = await launchChromium();
try {
  for (const n of counts) {
    const figures: { cpu: number; wall: number; nodes: number; nodesMax: number; bytes: number }[] =
      [];
    for (let run = 0; run < runs; run++) {
      const tab = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      let bytes = 0;
      tab.on('requestfinished', async (request) => {
        if (!request.url().includes('/case-')) return;
        const sizes = await request.sizes().catch(() => null);
        if (sizes) bytes += sizes.responseBodySize;
      });
      await tab.goto(`${server.origin}/bench.html`, { waitUntil: 'load' });
      await tab.waitForFunction(() => customElements.get('casetrail-timeline'));
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Performance.enable');
      const cpu = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
          ?.value ?? NaN) * 1000;
      if (flag('--profile')) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const before = await cpu();
      const wall = await tab.evaluate(async (src) => {
        const el = document.getElementById('w')!;
        const start = performance.now();
        el.setAttribute('src', src);
        await new Promise<void>((done) => {
          const check = () =>
            el.shadowRoot?.querySelector('svg[data-live]')
              ? requestAnimationFrame(() => requestAnimationFrame(() => done()))
              : setTimeout(check, 5);
          check();
        });
        return performance.now() - start;
      }, `/case-${n}.timeline.json`);
      const spent = (await cpu()) - before;
      if (flag('--profile')) {
        const { profile } = await cdp.send('Profiler.stop');
        const rows = summarizeProfile(profile as never).filter((r) => r.totalMs >= 2);
        console.log(`\n${n} events, run ${run + 1}: by self time`);
        for (const r of rows.sort((a, b) => b.selfMs - a.selfMs).slice(0, 16))
          console.log(
            `${r.selfMs.toFixed(1).padStart(7)} self ${r.totalMs.toFixed(1).padStart(7)} total  ${r.name}`,
          );
        console.log('by total time');
        for (const r of rows.sort((a, b) => b.totalMs - a.totalMs).slice(0, 24))
          console.log(
            `${r.selfMs.toFixed(1).padStart(7)} self ${r.totalMs.toFixed(1).padStart(7)} total  ${r.name}`,
          );
      }
      const count = () =>
        tab.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelectorAll('*').length);
      const nodes = await count();
      let nodesMax = nodes;
      // Zoom in step by step around several places, then back out: the list follows the chart.
      for (const centre of [0.1, 0.5, 0.9]) {
        for (let step = 1; step <= 10; step++) {
          await tab.evaluate((c) => {
            const svg = document.getElementById('w')!.shadowRoot!.querySelector('svg[data-live]')!;
            const box = svg.getBoundingClientRect();
            svg.dispatchEvent(
              new WheelEvent('wheel', {
                deltaY: -240,
                ctrlKey: true,
                clientX: box.left + box.width * c,
                clientY: box.top + box.height / 2,
                bubbles: true,
                cancelable: true,
              }),
            );
          }, centre);
          await tab.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          nodesMax = Math.max(nodesMax, await count());
        }
        await tab.evaluate(() => {
          (
            document
              .getElementById('w')!
              .shadowRoot!.querySelector('[data-ct-action="fit"]') as HTMLElement
          ).click();
        });
        await tab.waitForTimeout(400);
        nodesMax = Math.max(nodesMax, await count());
      }
      figures.push({ cpu: spent, wall, nodes, nodesMax, bytes });
      await tab.close();
    }
    const m = (k: keyof (typeof figures)[number]) => median(figures.map((f) => f[k]));
    console.log(
      `${n} events: main thread ${m('cpu').toFixed(0)} ms (wall ${m('wall').toFixed(0)} ms), ` +
        `DOM ${m('nodes')} at load, ${m('nodesMax')} most while zooming, data ${(m('bytes') / 1024).toFixed(0)} KB gzip ` +
        `[runs: ${figures.map((f) => f.cpu.toFixed(0)).join(', ')} ms]`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
