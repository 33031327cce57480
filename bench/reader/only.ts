// The reader scenarios alone on a dist/ already built (by bench/build-scale.ts or an earlier run):
// `npx tsx bench/reader/only.ts bench/.out/dist-10000 [--runs 3] [--only case|widget]`. Prints the
// median of each figure with the load average before and after; writes nothing.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../../src/harness/chromium';
import { ROOT } from '../../src/harness/root';
import { median } from '../lib/stats';
import type { ReaderFigures } from './measure';
import { measureCasePage, measureWidget } from './scenarios';

const args = process.argv.slice(2);
const dist = resolve(ROOT, args[0] ?? '');
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

const browser = await launchChromium();
try {
  const scenarios: [string, () => Promise<ReaderFigures>][] = [
    ['case page', () => measureCasePage(browser, dist, 'bench-all')],
    ['widget', () => measureWidget(browser, ROOT, dist, 'bench-all', 'ours')],
  ];
  for (const [name, measure] of scenarios) {
    if (only && !name.startsWith(only)) continue;
    const before = load();
    const figures: ReaderFigures[] = [];
    for (let i = 0; i < runs; i++) figures.push(await measure());
    const mid = (key: keyof ReaderFigures) =>
      median(figures.map((f) => f[key] ?? NaN)).toFixed(key.endsWith('Ms') ? 1 : 0);
    console.log(
      `${name}: main thread ${mid('mainThreadMs')} ms (src to live ${mid('startToLiveMs')} ms), ` +
        `${mid('bytes')} B (data ${mid('dataBytes')} B), ${mid('domNodes')} nodes, LCP ${mid('lcpMs')} ms; ` +
        `runs ${figures.map((f) => f.mainThreadMs.toFixed(0)).join(', ')} ms; load ${before} → ${load()}`,
    );
  }
} finally {
  await browser.close();
}
