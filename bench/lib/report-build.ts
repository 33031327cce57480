/** RESULTS.md tables for builds: what takes the space in dist/, and the builds at scale. */
import { formatValue } from './budgets';
import { topRows, type DistBreakdown } from './dist-breakdown';
import type { ScaleBuild } from './scale';

const n = (value: number) => value.toLocaleString('en-US');
const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 100)} %` : '–';

/** Return the table of what takes the space in dist/: the folders and file types holding most of it, per event. */
export function distTable(dist: DistBreakdown, events: number): string[] {
  const lines = [
    `dist/ holds ${formatValue(dist.bytes, 'bytes')} in ${n(dist.files)} files: ${formatValue(dist.bytes / events, 'bytes')} per event.`,
    '',
    '| by folder | size | share | per event | files |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  const row = (r: { name: string; bytes: number; files: number }) =>
    `| ${r.name} | ${formatValue(r.bytes, 'bytes')} | ${share(r.bytes, dist.bytes)} | ${formatValue(r.bytes / events, 'bytes')} | ${n(r.files)} |`;
  lines.push(...topRows(dist.byFolder).map(row), '');
  lines.push(
    '| by file type | size | share | per event | files |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  lines.push(...topRows(dist.byType).map(row));
  return lines;
}

/** Return the table of cold builds and rebuilds at scale (bench/scale-builds.json), with growth from the size before. */
export function scaleTable(builds: readonly ScaleBuild[]): string[] {
  if (builds.length === 0) return [];
  const lines = [
    '| events | cold build | per 1,000 events | growth (time / events) | peak memory | rebuild after one edit | dist/ | per event | load before → after |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const sorted = [...builds].sort((a, b) => a.events - b.events);
  sorted.forEach((b, i) => {
    const before = sorted[i - 1];
    const growth = before
      ? `${(b.cold.seconds / before.cold.seconds).toFixed(1)}× / ${(b.events / before.events).toFixed(1)}×`
      : '–';
    lines.push(
      `| ${n(b.events)} | ${formatValue(b.cold.seconds, 's')}${b.cpuProfile ? ' (profiled)' : ''} | ${formatValue((b.cold.seconds / b.events) * 1000, 's')} | ${growth} | ${formatValue(b.cold.peakMemoryMB, 'MB')} | ${b.rebuild ? formatValue(b.rebuild.seconds, 's') : '–'} | ${formatValue(b.dist.bytes, 'bytes')} | ${formatValue(b.dist.bytes / b.events, 'bytes')} | ${b.loadAverage.before[0]} → ${b.loadAverage.after[0]} |`,
    );
  });
  return lines;
}
