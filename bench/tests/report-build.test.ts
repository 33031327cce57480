import { describe, expect, test } from 'vitest';
import { distTable, scaleTable } from '../lib/report-build';
import { parseScaleBuilds, type ScaleBuild } from '../lib/scale';
import { readersTable } from '../reader/report';
import { summarize } from '../lib/stats';

const dist = {
  bytes: 10 * 1024 * 1024,
  files: 3000,
  byFolder: [
    { name: 'og/', bytes: 6 * 1024 * 1024, files: 1000 },
    { name: 'events/', bytes: 4 * 1024 * 1024, files: 2000 },
  ],
  byType: [
    { name: '.png', bytes: 6 * 1024 * 1024, files: 1000 },
    { name: '.html', bytes: 4 * 1024 * 1024, files: 2000 },
  ],
};

describe('distTable', () => {
  const text = distTable(dist, 1000).join('\n');
  test.each([
    ['the total per event', 'dist/ holds 10.0 MB in 3,000 files: 10.2 KB per event.'],
    ['a folder with its share and size per event', '| og/ | 6.0 MB | 60 % | 6.1 KB | 1,000 |'],
    ['a file type', '| .html | 4.0 MB | 40 % | 4.1 KB | 2,000 |'],
  ])('shows %s', (_, line) => {
    expect(text).toContain(line);
  });
});

const build = (events: number, seconds: number, rebuild: number | null): ScaleBuild => ({
  events,
  date: '2026-12-01T03:00:00.000Z',
  loadAverage: { before: [2.5, 2, 1], after: [3, 2, 1] },
  cold: { seconds, peakMemoryMB: events / 5 },
  rebuild: rebuild === null ? null : { seconds: rebuild, peakMemoryMB: 100, edited: 'x.mdx' },
  dist,
  cpuProfile: false,
});

describe('scaleTable', () => {
  test.each([
    [
      'the first size without growth',
      [build(1000, 40, 12)],
      '| 1,000 | 40.0 s | 40.0 s | – | 200 MB | 12.0 s | 10.0 MB | 10.2 KB | 2.5 → 3 |',
    ],
    [
      'growth from the size before, in order',
      [build(10_000, 500, null), build(1000, 40, 12)],
      '| 10,000 | 500.0 s | 50.0 s | 12.5× / 10.0× | 2000 MB | – | 10.0 MB | 1.0 KB | 2.5 → 3 |',
    ],
  ])('shows %s', (_, builds, line) => {
    expect(scaleTable(builds).join('\n')).toContain(line);
  });
  test('writes nothing without builds', () => {
    expect(scaleTable([])).toEqual([]);
  });
});

describe('parseScaleBuilds', () => {
  test('reads builds written by build-scale', () => {
    expect(parseScaleBuilds({ builds: [build(1000, 40, 12)] })).toHaveLength(1);
  });
  test.each([
    [{}, /expected \{ "builds"/],
    [{ builds: [{ ...build(1000, 40, 1), events: 0 }] }, /builds\[0\]: "events"/],
    [{ builds: [{ ...build(1000, 40, 1), cold: { seconds: '40' } }] }, /"cold" needs numeric/],
    [{ builds: [{ ...build(1000, 40, 1), dist: { bytes: 1 } }] }, /"dist" needs/],
  ])('rejects %j naming the field to fix', (json, message) => {
    expect(() => parseScaleBuilds(json)).toThrow(message);
  });
});

describe('readersTable', () => {
  const result = {
    events: 1000,
    summaries: {
      'casePage.bytes': summarize([200 * 1024]),
      'widget.vis.bytes': summarize([400 * 1024]),
      'widget.ours.srcToDrawnMs': summarize([100, 120, 140]),
      'widget.vis.srcToDrawnMs': summarize([600]),
      'widget.timelinejs.srcToDrawnMs': summarize([2400]),
    },
    ratios: {
      'casePage.bytes/vis': 0.5,
      'widget.srcToDrawnMs/vis': 0.2,
      'widget.srcToDrawnMs/timelinejs': 0.05,
    },
    notes: [],
  };
  const text = readersTable(result).join('\n');
  test.each([
    [
      'the case page beside the peers’ host pages',
      '| case page: bytes before interaction, gzip | 200.0 KB | 400.0 KB | – | 0.50× | – |',
    ],
    [
      'the widget with its spread and both ratios',
      '| widget: main thread, src → drawn chart | 120 ms (±17 %) | 600 ms | 2400 ms | 0.20× | 0.050× |',
    ],
  ])('shows %s', (_, line) => {
    expect(text).toContain(line);
  });
  test('leaves out rows Casetrail was not measured for', () => {
    expect(text).not.toContain('largest contentful paint');
  });
  test('writes nothing for a size not measured as readers get it', () => {
    expect(readersTable({ ...result, summaries: {} })).toEqual([]);
  });
});
