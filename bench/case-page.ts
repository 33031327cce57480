// Measure a built case page as a reader gets it: `npx tsx bench/case-page.ts <dist> [path] [runs]`.
// Prints the page's HTML bytes (raw, gzip), the bytes fetched until the timeline is live, the DOM
// size and the main-thread time (CDP Performance TaskDuration) from navigation to a live chart;
// medians of `runs` fresh contexts. Chromium's CPU is not throttled: it is this machine's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../src/harness/chromium';
import { serve } from '../src/harness/serve';

const [dist = 'dist', path = '/cases/bench-all/', runsArg = '3'] = process.argv.slice(2);
const runs = Number(runsArg);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const html = readFileSync(join(dist, path, 'index.html'));
const server = await serve({ '/': dist });
const browser = await launchChromium();
const figures: Record<string, number[]> = {};
const collect = (key: string, value: number) => (figures[key] ??= []).push(value);
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForSelector('.ct-timeline[data-live]', { timeout: 60_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    collect('mainThreadMs', metric('TaskDuration') * 1000);
    collect('scriptMs', metric('ScriptDuration') * 1000);
    collect('layoutMs', metric('LayoutDuration') * 1000);
    collect('styleMs', metric('RecalcStyleDuration') * 1000);
    collect('nodes', metric('Nodes'));
    collect('elements', await page.evaluate(() => document.getElementsByTagName('*').length));
    collect('bytesUntilLive', bytes);
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          new PerformanceObserver((list) =>
            done(list.getEntries().at(-1)?.startTime ?? NaN),
          ).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          setTimeout(() => done(NaN), 1000);
        }),
    );
    collect('lcpMs', lcp);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const out = {
  path,
  htmlBytes: html.length,
  htmlGzip: gzipSync(html, { level: 9 }).length,
  ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(median(v))])),
};
console.log(JSON.stringify(out));
