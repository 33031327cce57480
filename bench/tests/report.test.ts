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
        },
        ratios: { 'domNodesMax/vis': 0.2 },
        notes: ['TimelineJS not run'],
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
  ])('shows %s', (_, line) => {
    expect(text).toContain(line);
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
