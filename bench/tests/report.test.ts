import { describe, expect, test } from 'vitest';
import { formatSummary, writeReport, type BenchResults } from '../lib/report';
import { summarize } from '../lib/stats';

describe('formatSummary', () => {
  test.each([
    [[42.5], 's', '42.5 s'],
    [[90, 100, 110], 'ms', '100 ms (±10 %)'],
    [[2048, 2048], 'bytes', '2.0 KB (±0 %)'],
  ] as const)('writes runs %j in %s as %s', (runs, unit, text) => {
    expect(formatSummary(summarize(runs), unit)).toBe(text);
  });
  test('writes a dash for a figure not measured', () => {
    expect(formatSummary(undefined, 'ms')).toBe('–');
  });
});

describe('writeReport', () => {
  const results: BenchResults = {
    date: '2026-11-29T01:00:00.000Z',
    mode: 'full',
    runs: 3,
    minutes: 12,
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryGB: 24,
      node: 'v24.0.0',
      chromium: '140.0',
      loadAverage: [1, 2, 3],
      loadAverageBefore: [4, 5, 6],
      packages: { astro: '7.3.5' },
    },
    search: { term: 'injunction', filter: { kind: 'ruling' } },
    sizes: {
      1000: {
        events: 1000,
        summaries: {
          'build.seconds': summarize([30, 31, 29]),
          'dist.files': summarize([2000]),
          'ours.domNodesMax': summarize([900]),
          'vis.domNodesMax': summarize([4500]),
          'casePage.domNodes': summarize([3000, 3000, 3000]),
          'widget.vis.domNodes': summarize([6000]),
        },
        ratios: { 'domNodesMax/vis': 0.2, 'casePage.domNodes/vis': 0.5 },
        notes: ['TimelineJS not run'],
        dist: {
          bytes: 4 * 1024 * 1024,
          files: 2,
          byFolder: [{ name: 'og/', bytes: 4 * 1024 * 1024, files: 2 }],
          byType: [{ name: '.png', bytes: 4 * 1024 * 1024, files: 2 }],
        },
      },
    },
    missing: { 'js.embed': 'not built: dist/embed.js is missing' },
    budgets: [
      {
        id: 'embed-js',
        label: 'embed.js, gzip',
        at: 1000,
        value: null,
        limit: null,
        unit: 'bytes',
        status: 'skip',
        note: 'not built: dist/embed.js is missing',
      },
    ],
  };
  const text = writeReport(results);
  test.each([
    ['the machine', '2 CPUs (Test CPU), 24 GB memory; Node v24.0.0; Chromium 140.0'],
    ['the load', 'load average before the run 4 / 5 / 6'],
    ['build time with its spread', '| build time (astro build + Pagefind) | 30.0 s (±3 %) |'],
    [
      'a missing figure with its reason',
      '| embed.js (module graph), gzip | not built: dist/embed.js is missing |',
    ],
    ['the ratio to the peer', '| DOM nodes (most while zooming) | 900 | 4500 | – | 0.20× | – |'],
    ['the notes of a size', '- TimelineJS not run'],
    ['each budget', 'SKIP  embed.js, gzip at 1,000 events: not built'],
    [
      'the readers’ figures with ratios',
      '| case page: DOM nodes | 3000 (±0 %) | 6000 | – | 0.50× | – |',
    ],
    ['what takes the space in dist/', '| og/ | 4.0 MB | 100 % | 4.1 KB | 2 |'],
  ])('shows %s', (_, line) => {
    expect(text).toContain(line);
  });

  test('puts the readers’ figures first and the core figures after them', () => {
    const readers = text.indexOf('## As readers get it');
    const core = text.indexOf('## Timeline core');
    expect(readers).toBeGreaterThan(0);
    expect(core).toBeGreaterThan(readers);
  });

  test('shows builds at scale only when some were recorded', () => {
    expect(text).not.toContain('### Builds at scale');
    const scale = writeReport(results, '', [
      {
        events: 25_000,
        date: '2026-12-01T04:00:00.000Z',
        loadAverage: { before: [2, 2, 2], after: [3, 3, 3] },
        cold: { seconds: 1500, peakMemoryMB: 5000 },
        rebuild: null,
        dist: { bytes: 1, files: 1, byFolder: [], byType: [] },
        cpuProfile: false,
      },
    ]);
    expect(scale).toContain('### Builds at scale');
    expect(scale).toContain('| 25,000 | 1500.0 s |');
  });

  test('ends with the standing analysis when there is one', () => {
    expect(
      writeReport(results, '## Findings\n\nThe build spends its time here.\n')
        .trimEnd()
        .endsWith('The build spends its time here.'),
    ).toBe(true);
    expect(writeReport(results)).not.toContain('## Findings');
  });
});
