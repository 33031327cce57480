// Profile the timeline's first render in Chromium: `npx tsx bench/profile-timeline.ts [events]`.
// Prints where the main thread's time goes (V8 sampling profile, 50 µs), for RESULTS.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/helpers/site';
import { summarizeProfile } from './lib/profile';
import { launchChromium } from './timeline/browser';
import { build } from 'esbuild';
import { generateTimelineEvents } from './timeline/synthetic';

const count = Number(process.argv[2] ?? 10_000);
const css = readFileSync(join(ROOT, 'src/client/timeline/timeline.css'), 'utf8');
const data = JSON.stringify(generateTimelineEvents(count)).replace(/</g, '\\u003c');
// Not minified, so the profile names the timeline's own functions.
const bundle = await build({
  stdin: {
    contents:
      "import { mountTimeline } from './src/client/timeline/mount.ts'; window.casetrailTimeline = { mountTimeline };",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  target: 'es2022',
});
const script = bundle.outputFiles[0]!.text;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title><style>body{margin:0}#root{width:1100px;margin:8px}${css}</style></head>
<body><div id="root"></div><script type="application/json" id="data">${data}</script><script>var __name = (f) => f;</script><script>${script}</script></body></html>`);
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).benchData = JSON.parse(
      document.getElementById('data')!.textContent,
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    const start = performance.now();
    w.casetrailTimeline.mountTimeline(document.getElementById('root'), w.benchData, {
      today: null,
      label: 'Profile',
    });
    void document.body.offsetHeight;
    return performance.now() - start;
  });
  const { profile } = await cdp.send('Profiler.stop');
  const rows = summarizeProfile(
    profile as unknown as Parameters<typeof summarizeProfile>[0],
  ).filter((r) => r.totalMs >= 1);
  console.log(`first render of ${count} events: ${ms.toFixed(1)} ms wall`);
  for (const r of rows.sort((a, b) => b.selfMs - a.selfMs).slice(0, 14))
    console.log(
      `${r.selfMs.toFixed(1).padStart(7)} ms self ${r.totalMs.toFixed(1).padStart(7)} ms total  ${r.name.replace(/ \S*:(\d+)$/, ' (line $1)')}`,
    );
} finally {
  await browser.close();
}
