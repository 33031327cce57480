/** Write a benchmark run as readable Markdown: machine, tables, ratios to peers, budgets. */
import { describeCheck, formatValue, type BudgetCheck } from './budgets';
import { PEER_IDS, SITE_FIGURES, WIDGETS, WIDGET_FIGURES, type FigureInfo } from './figures';
import type { MachineInfo } from './machine';
import type { DistBreakdown } from './dist-breakdown';
import { distTable, scaleTable } from './report-build';
import type { ScaleBuild } from './scale';
import { READERS_METHOD, readersTable } from '../reader/report';
import { formatRatio, type Summary } from './stats';

/** What was measured at one corpus size. */
export interface SizeResult {
  events: number;
  summaries: Record<string, Summary>;
  ratios: Record<string, number | null>;
  notes: string[];
  /** What takes the space in dist/ at this size (built sizes only). */
  dist?: DistBreakdown;
}

/** A whole run, as written to bench/results.json. */
export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  runs: number;
  minutes: number;
  machine: MachineInfo & { loadAverageBefore: number[] };
  search: { term: string; filter: Record<string, string> };
  sizes: Record<number, SizeResult>;
  missing: Record<string, string>;
  budgets: BudgetCheck[];
}

/** Return a summary as "median (min–max, n runs)", or "median" for a single run. */
export function formatSummary(summary: Summary | undefined, unit: FigureInfo['unit']): string {
  if (!summary) return '–';
  const value = formatValue(summary.median, unit);
  if (summary.runs.length < 2) return value;
  return `${value} (±${Math.round((summary.spread * 100) / 2)} %)`;
}

const n = (value: number) => value.toLocaleString('en-US');

function siteTable(results: BenchResults, sizes: number[]): string[] {
  // A size with any site figure: --quick measures search at 10,000 events without a build.
  const built = sizes.filter((size) =>
    SITE_FIGURES.some((figure) => results.sizes[size]?.summaries[figure.key]),
  );
  if (built.length === 0) return [];
  const lines = [
    `| figure | ${built.map((s) => `${n(s)} events`).join(' | ')} |`,
    `| --- | ${built.map(() => '---:').join(' | ')} |`,
  ];
  for (const figure of SITE_FIGURES) {
    const cells = built.map((size) => {
      const summary = results.sizes[size]?.summaries[figure.key];
      return summary
        ? formatSummary(summary, figure.unit)
        : (results.missing[`${size}:${figure.key}`] ?? results.missing[figure.key] ?? '–');
    });
    lines.push(`| ${figure.label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function widgetTable(result: SizeResult): string[] {
  const lines = [
    `| figure | ${WIDGETS.map((w) => w.name).join(' | ')} | ours ÷ vis-timeline | ours ÷ TimelineJS |`,
    `| --- | ${WIDGETS.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ];
  for (const figure of WIDGET_FIGURES) {
    const cells = WIDGETS.map((w) =>
      formatSummary(result.summaries[`${w.id}.${figure.key}`], figure.unit),
    );
    if (cells.every((c) => c === '–')) continue;
    const ratios = PEER_IDS.map((peer) =>
      formatRatio(result.ratios[`${figure.key}/${peer}`] ?? null),
    );
    lines.push(`| ${figure.label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  }
  return lines;
}

function readersSection(results: BenchResults, sizes: number[]): string[] {
  const measured = sizes.filter((size) => readersTable(results.sizes[size]!).length > 0);
  if (measured.length === 0) return [];
  const out = ['## As readers get it: the case page and the widget', '', READERS_METHOD, ''];
  for (const size of measured)
    out.push(`### ${n(size)} events`, '', ...readersTable(results.sizes[size]!), '');
  return out;
}

function buildSection(
  results: BenchResults,
  sizes: number[],
  scale: readonly ScaleBuild[],
): string[] {
  const largest = [...sizes].reverse().find((size) => results.sizes[size]?.dist);
  const out: string[] = [];
  if (largest !== undefined) {
    out.push(`### What takes the space in dist/ at ${n(largest)} events`, '');
    out.push(...distTable(results.sizes[largest]!.dist!, largest), '');
  }
  if (scale.length > 0) {
    out.push(
      '### Builds at scale',
      '',
      'One cold build per size (`npx tsx bench/build-scale.ts <events>`, apart from `npm run bench` because the largest take many minutes), then a rebuild after editing one event’s title with the build cache kept. Peak memory is the largest process’s RSS (GNU time). Recorded in bench/scale-builds.json; each row says the load average (1 min) before and after it ran on the shared 2-core machine.',
      '',
      ...scaleTable(scale),
      '',
    );
  }
  return out;
}

/** Return RESULTS.md for a run, with the standing analysis (bench/FINDINGS.md) after the figures. */
export function writeReport(
  results: BenchResults,
  findings = '',
  scale: readonly ScaleBuild[] = [],
): string {
  const sizes = Object.keys(results.sizes)
    .map(Number)
    .sort((a, b) => a - b);
  const m = results.machine;
  const failed = results.budgets.filter((b) => b.status === 'fail').length;
  const over = results.budgets.filter((b) => b.status === 'over').length;
  const out: string[] = [
    '# Casetrail benchmark results',
    '',
    `Written by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC in ${results.minutes} minutes. ` +
      `Medians of ${results.runs} run${results.runs === 1 ? '' : 's'} unless a note says otherwise; (±x %) is half the spread of the runs (max − min) over the median.`,
    '',
    '## Machine',
    '',
    `- ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGB} GB memory; Node ${m.node}; Chromium ${m.chromium}`,
    `- load average before the run ${m.loadAverageBefore.join(' / ')}, after ${m.loadAverage.join(' / ')} (1 / 5 / 15 min): the machine was shared, so wall times include waiting for a core; main-thread CPU times do not, and ratios hold better than times.`,
    `- ${Object.entries(m.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    '',
    ...readersSection(results, sizes),
    '## Site: build, output, page weight, search',
    '',
    `Pages are weighed as a reader first loads them: the HTML, its stylesheets and every JS module it loads at once (static imports followed), gzip level 9. ` +
      `Search: the built \`/search/?q=${results.search.term}\` page opened cold until its first results show (bytes of everything under \`/pagefind/\`, counted by the server as it sends them gzipped like a static host), then its Filters opened (the facet table \`/search/facets.json\`, counts shown), then ${Object.entries(
        results.search.filter,
      )
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')} ticked until its first result shows. ` +
      "CPU is the page's renderer process (main thread and Pagefind's web worker, where its engine runs), from CDP `ProcessTime`; main-thread CPU alone leaves Pagefind out.",
    '',
    ...siteTable(results, sizes),
    '',
    ...buildSection(results, sizes, scale),
    '## Timeline core: Casetrail, vis-timeline and TimelineJS on the same events',
    '',
    'The timeline’s core alone (mountTimeline on data already parsed in the page), not what a reader gets: that is the first section. The same synthetic case (src/harness/synthetic-timeline.ts) in each widget, 1,100 px wide, headless Chromium; vis-timeline with its defaults (stacking on) and a 400 px height, TimelineJS with its defaults. First render: from parsed data to a laid-out page (peers: until their own redraw has run, two animation frames). ' +
      'Zoom frame: one step of a zoom into the same point (Casetrail: 40 frames, vis-timeline: 12 steps, TimelineJS: its next 4 zoom levels; 4 steps for each peer in --quick), including style and layout. ' +
      'Peers load their dist bundles from node_modules through a local server; their bytes are what that server sent, gzipped.',
    '',
  ];
  for (const size of sizes) {
    const result = results.sizes[size] as SizeResult;
    out.push(`### ${n(size)} events`, '');
    if (result.notes.length > 0) out.push(...result.notes.map((note) => `- ${note}`), '');
    out.push(...widgetTable(result), '');
  }
  out.push(
    '## Budgets',
    '',
    `bench/budgets.json, checked against the medians: ${failed === 0 ? 'all met' : `**${failed} exceeded**`}` +
      `${over > 0 ? `; **${over} over with a known reason** (OVER below, explained in the findings)` : ''}.`,
    '',
    '```',
    ...results.budgets.map(describeCheck),
    '```',
    '',
  );
  if (findings.trim()) out.push(findings.trim(), '');
  return `${out.join('\n')}\n`;
}
