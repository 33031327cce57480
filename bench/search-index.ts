/**
 * Measure the search page's first query, opening its filters and a filtered query at N events
 * without building the whole site: `npx tsx bench/search-index.ts 10000 [dist] [--fresh]`
 * (`--fresh`: index the corpus again; otherwise an index an earlier run wrote is reused). The
 * search-only site is described in bench/lib/search-site.ts; `dist` (default ./dist) is a real
 * build whose search page and scripts are measured.
 */
import { resolve } from 'node:path';
import { measureSearch, type QueryFigures } from './lib/search';
import { writeSearchSite } from './lib/search-site';
import { launchChromium } from '../src/harness/chromium';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10000);
const dist = resolve(args[1] ?? 'dist');
const root = resolve('bench/.out');
const site = await writeSearchSite(n, dist, root, { fresh: process.argv.includes('--fresh') });

const browser = await launchChromium();
const ms = (figure: QueryFigures) =>
  `${Math.round(figure.ms)} ms wall, CPU ${Math.round(figure.cpuMs)} ms (main thread ${Math.round(figure.mainCpuMs)} ms)`;
try {
  for (let run = 1; run <= 3; run++) {
    const { first, facets, filtered } = await measureSearch(browser, site, 'injunction', {
      kind: 'ruling',
    });
    console.log(
      `run ${run}: first query ${(first.bytes / 1024).toFixed(1)} KB (${first.requests} requests), ${ms(first)}; ` +
        `filters opened ${(facets.bytes / 1024).toFixed(1)} KB, ${ms(facets)}; ` +
        `filtered ${(filtered.bytes / 1024).toFixed(1)} KB, ${ms(filtered)}`,
    );
  }
} finally {
  await browser.close();
}
