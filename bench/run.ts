// The benchmark: `npm run bench` (100, 1,000 and 10,000 events, three runs; the 10,000-event
// build once) or `npm run bench -- --quick` (100 and 1,000 events built once, the timeline also
// at 10,000 events, its times the median of three runs: for CI). Each built size is also
// rebuilt after editing one event, and its case page and widget are loaded as readers get them
// (bench/reader; --quick: readers at its largest size, the rebuild at its smallest).
// Builds at 10,000+ events with their rebuild: bench/build-scale.ts, shown from scale-builds.json.
// Other flags: --sizes 100,1000 · --runs 3 · --reuse-builds (measure the dist/ of an earlier run)
// · --cpu-prof (profile each build into bench/.out/prof-<size>/) · --report-only (RESULTS.md from results.json).
// Writes bench/results.json and bench/RESULTS.md; exits 1 when a budget in bench/budgets.json is
// exceeded, unless budgets.json documents that exceedance as known (then it reports OVER).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../src/harness/root';
import { folderSize, measureBuild, type BuildFigures } from './lib/build';
import { breakDownFolder, type DistBreakdown } from './lib/dist-breakdown';
import { readScaleBuilds } from './lib/scale';
import { editCorpusEvent } from './lib/rebuild';
import { checkBudgets, describeCheck, parseBudgets, type Measured } from './lib/budgets';
import { mediansOf, peerRatios } from './lib/figures';
import { machineInfo } from './lib/machine';
import { measureModule, measurePage } from './lib/page-weight';
import { writeReport, type BenchResults, type SizeResult } from './lib/report';
import { collectSearch, measureSearch } from './lib/search';
import { writeSearchSite } from './lib/search-site';
import { summarize } from './lib/stats';
import { measurePeer } from './peers/measure';
import { PEERS, type Peer } from './peers/pages';
import { writeCorpus } from './corpus';
import { launchChromium } from '../src/harness/chromium';
import { measureTimeline } from './timeline/measure';
import { readerRatios } from './reader/figures';
import { measureReaders } from './reader/run';
import { generateTimelineEvents } from '../src/harness/synthetic-timeline';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
// --report-only: rewrite bench/RESULTS.md from bench/results.json and bench/FINDINGS.md, measuring nothing.
if (flag('report-only')) {
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) as BenchResults;
  const notes = join(ROOT, 'bench/FINDINGS.md');
  writeFileSync(
    join(ROOT, 'bench/RESULTS.md'),
    writeReport(saved, existsSync(notes) ? readFileSync(notes, 'utf8') : '', readScaleBuilds(ROOT)),
  );
  console.log('bench/RESULTS.md rewritten from bench/results.json');
  process.exit(0);
}
const sizes = (option('sizes') ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
const runs = Number(option('runs') ?? (quick ? 1 : 3));
const reuse = flag('reuse-builds');
const cpuProf = flag('cpu-prof');
// Quick runs still check the timeline budgets at 10,000 events: no build is needed for them.
const timelineOnly = quick && !sizes.includes(10_000) ? [10_000] : [];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    `bench: --sizes takes event counts (100,1000) and --runs a positive number; found ${option('sizes')} and ${option('runs')}`,
  );
  process.exit(2);
}

const OUT = join(ROOT, 'bench/.out');
const SEARCH_TERM = 'injunction';
const SEARCH_FILTER = { kind: 'ruling' };
const log = (text: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

/** How many times to build a size: a 10,000-event build takes minutes, so once. */
const buildRuns = (n: number) => (n >= 10_000 ? 1 : runs);
/** Which peers to run at a size, and how often: TimelineJS takes minutes at 10,000 events. */
function peerPlan(n: number): { peer: Peer; runs: number }[] {
  return PEERS.flatMap((peer) => {
    if (peer.id === 'timelinejs' && quick && n > 100) return [];
    return [{ peer, runs: peer.id === 'timelinejs' && n >= 10_000 ? 1 : runs }];
  });
}

const budgets = parseBudgets(JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')));
mkdirSync(OUT, { recursive: true });
const started = Date.now();
const loadBefore = (await import('node:os')).loadavg();
const missing: Record<string, string> = {};
const results: Record<number, SizeResult> = {};
const breakdowns: Record<number, DistBreakdown> = {};
const browser = await launchChromium();
const chromium = browser.version();
const timelineCss = gzipSync(readFileSync(join(ROOT, 'src/client/timeline/timeline.css')), {
  level: 9,
}).length;

async function measureSite(
  n: number,
  collect: (key: string, value: number) => void,
  notes: string[],
): Promise<void> {
  const content = join(ROOT, 'bench/.corpus', String(n));
  const dist = `bench/.out/dist-${n}`;
  const distPath = join(ROOT, dist);
  if (reuse && existsSync(join(distPath, 'index.html'))) {
    notes.push(`build reused from an earlier run (--reuse-builds): no build time or memory`);
    missing[`${n}:build.seconds`] = missing[`${n}:build.peakMemoryMB`] =
      'build reused (--reuse-builds)';
    const { bytes, files } = folderSize(distPath);
    collect('dist.bytes', bytes);
    collect('dist.files', files);
  } else {
    writeCorpus(n, content);
    const count = buildRuns(n);
    if (count < runs)
      notes.push(
        `built ${count === 1 ? 'once' : `${count} times`} (a ${n.toLocaleString('en-US')}-event build takes minutes)`,
      );
    for (let i = 0; i < count; i++) {
      log(`build ${n} events, run ${i + 1}/${count}`);
      const prof = cpuProf ? [`--cpu-prof`, `--cpu-prof-dir=${join(OUT, `prof-${n}`)}`] : [];
      const figures: BuildFigures = await measureBuild(ROOT, relative(ROOT, content), dist, prof);
      log(`  ${figures.seconds} s, ${figures.peakMemoryMB} MB, ${figures.distFiles} files`);
      collect('build.seconds', figures.seconds);
      collect('build.peakMemoryMB', figures.peakMemoryMB);
      collect('dist.bytes', figures.distBytes);
      collect('dist.files', figures.distFiles);
    }
    // A rebuild after an editor changes one title: the cache of the last build is kept. --quick
    // rebuilds only its smallest size, to stay within CI's minutes.
    if (!quick || n === Math.min(...sizes)) {
      editCorpusEvent(content, Math.floor(n / 2));
      log(`rebuild ${n} events after editing one`);
      const warm = await measureBuild(ROOT, relative(ROOT, content), dist, [], { warm: true });
      log(`  ${warm.seconds} s, ${warm.peakMemoryMB} MB`);
      collect('build.rebuildSeconds', warm.seconds);
    } else missing[`${n}:build.rebuildSeconds`] = 'rebuilt only at the smallest size in --quick';
  }
  breakdowns[n] = breakDownFolder(distPath);
  collect('dist.bytesPerEvent', breakdowns[n].bytes / n);
  const eventPage = `events/bench-event-${String(Math.floor(n / 2)).padStart(5, '0')}/index.html`;
  for (const [name, path] of [
    ['case', 'cases/bench-all/index.html'],
    ['event', eventPage],
  ] as const) {
    const weight = measurePage(distPath, path);
    for (const part of ['html', 'css', 'js', 'total'] as const)
      collect(`page.${name}.${part}`, weight[part]);
  }
  const caseHtml = readFileSync(join(distPath, 'cases/bench-all/index.html'), 'utf8');
  const timelineScript = /<script[^>]+src="([^"]*Timeline[^"]*\.js)"/.exec(caseHtml)?.[1];
  const timelineJs = timelineScript ? measureModule(distPath, timelineScript) : null;
  if (timelineJs) collect('js.timeline', timelineJs.bytes);
  else missing[`${n}:js.timeline`] = 'no Timeline script on the case page';
  const embed = measureModule(distPath, '/embed.js');
  if (embed) collect('js.embed', embed.bytes);
  else
    missing[`${n}:js.embed`] =
      'not built: dist/embed.js is missing (the embed branch has not landed)';
  for (let i = 0; i < runs; i++) {
    log(`search ${n} events, run ${i + 1}/${runs}`);
    collectSearch(await measureSearch(browser, distPath, SEARCH_TERM, SEARCH_FILTER), collect);
  }
  if (timelineJs) collect('ours.bytes', timelineJs.bytes + timelineCss);
  // --quick measures readers at its largest size only (the widget's 1,000-event budget).
  if (quick && n !== Math.max(...sizes)) return;
  // TimelineJS takes seconds to minutes per load: left out of --quick, once at 10,000 events.
  const timelinejsRuns = quick ? 0 : n >= 10_000 ? 1 : runs;
  await measureReaders(browser, ROOT, distPath, { runs, timelinejsRuns }, collect, log, notes);
}

/** In --quick, search at a size not built: its pages indexed alone, beside a built search page. */
async function measureSearchOnly(
  n: number,
  collect: (key: string, value: number) => void,
  notes: string[],
): Promise<void> {
  const built = Math.max(...sizes);
  log(`search ${n} events: indexing the corpus's pages alone (bench/lib/search-site.ts)`);
  const site = await writeSearchSite(n, join(OUT, `dist-${built}`), OUT, { fresh: true, log });
  notes.push(
    `search measured on the corpus's pages indexed alone, beside the ${built}-event build's search page (no full build)`,
  );
  for (let i = 0; i < Math.max(runs, 3); i++) {
    log(`search ${n} events, run ${i + 1}`);
    collectSearch(await measureSearch(browser, site, SEARCH_TERM, SEARCH_FILTER), collect);
  }
}

async function measureWidgets(
  n: number,
  collect: (key: string, value: number) => void,
  notes: string[],
): Promise<void> {
  const events = generateTimelineEvents(n);
  // Ours takes seconds, so even --quick takes the median of three: CI checks its times against
  // budgets, and one run on a busy machine is noise.
  const ourRuns = Math.max(runs, 3);
  for (let i = 0; i < ourRuns; i++) {
    log(`timeline ${n} events, Casetrail, run ${i + 1}/${ourRuns}`);
    const figures = await measureTimeline(browser, events);
    for (const [key, value] of Object.entries(figures))
      if (key !== 'events') collect(`ours.${key}`, value as number);
  }
  for (const { peer, runs: count } of peerPlan(n)) {
    if (count < runs)
      notes.push(
        `${peer.name} run ${count === 1 ? 'once' : `${count} times`} (minutes per run at this size)`,
      );
    for (let i = 0; i < count; i++) {
      log(`timeline ${n} events, ${peer.name}, run ${i + 1}/${count}`);
      try {
        const figures = await measurePeer(
          browser,
          ROOT,
          peer,
          events,
          quick ? { zoomSteps: Math.min(peer.zoomSteps, 4) } : {},
        );
        for (const [key, value] of Object.entries(figures)) collect(`${peer.id}.${key}`, value);
      } catch (error) {
        missing[`${n}:${peer.id}`] = (error as Error).message;
        notes.push(`${peer.name} failed: ${(error as Error).message}`);
        break;
      }
    }
  }
  if (!peerPlan(n).some((p) => p.peer.id === 'timelinejs'))
    notes.push('TimelineJS not run at this size in --quick (over a minute per run)');
}

try {
  for (const n of [...sizes, ...timelineOnly].sort((a, b) => a - b)) {
    const runsOf: Record<string, number[]> = {};
    const collect = (key: string, value: number) => void (runsOf[key] ??= []).push(value);
    const notes: string[] = [];
    if (sizes.includes(n)) await measureSite(n, collect, notes);
    else {
      notes.push('timeline only: no site was built at this size in --quick');
      missing[`${n}:build.seconds`] = `no site built at ${n} events in --quick`;
      await measureSearchOnly(n, collect, notes);
    }
    await measureWidgets(n, collect, notes);
    // The widgets' own bytes do not depend on the corpus; ours comes from the built site.
    const summaries = Object.fromEntries(
      Object.entries(runsOf).map(([key, values]) => [key, summarize(values)]),
    );
    const medians = mediansOf(summaries);
    results[n] = {
      events: n,
      summaries,
      ratios: { ...peerRatios(medians), ...readerRatios(medians) },
      notes,
      ...(breakdowns[n] ? { dist: breakdowns[n] } : {}),
    };
  }
} finally {
  await browser.close();
}

const measured: Measured = {
  sizes: Object.fromEntries(Object.entries(results).map(([n, r]) => [n, mediansOf(r.summaries)])),
  missing,
};
// --quick is CI's single sample on whatever machine runs it: times get a 20 % noise margin there.
const checks = checkBudgets(budgets, measured, { timeTolerance: quick ? 0.2 : 0 });
const output: BenchResults = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  runs,
  minutes: Math.round((Date.now() - started) / 600) / 100,
  machine: {
    ...machineInfo(ROOT, chromium),
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
  },
  search: { term: SEARCH_TERM, filter: SEARCH_FILTER },
  sizes: results,
  missing,
  budgets: checks,
};
// A quick run is a check, not the record: it leaves the committed results alone.
const base = quick ? join(OUT, 'quick') : join(ROOT, 'bench');
mkdirSync(base, { recursive: true });
writeFileSync(join(base, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
const findings = join(ROOT, 'bench/FINDINGS.md');
writeFileSync(
  join(base, 'RESULTS.md'),
  writeReport(
    output,
    existsSync(findings) ? readFileSync(findings, 'utf8') : '',
    readScaleBuilds(ROOT),
  ),
);
for (const check of checks) console.log(describeCheck(check));
const failed = checks.filter((c) => c.status === 'fail');
const over = checks.filter((c) => c.status === 'over');
console.log(
  `\n${failed.length === 0 ? 'All budgets met' : `${failed.length} budget(s) exceeded`}${over.length > 0 ? `, ${over.length} over with a known reason (see RESULTS.md)` : ''}; results in ${relative(ROOT, base)}/RESULTS.md (${output.minutes} min)`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
