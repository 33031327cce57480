/** The figures a benchmark run records per corpus size, and the ratios of ours to each peer. */
import type { SizeFigures, Unit } from './budgets';
import { ratio, type Summary } from './stats';

/** Widgets measured side by side: Casetrail's timeline and the two peers. */
export const WIDGETS = [
  { id: 'ours', name: 'Casetrail' },
  { id: 'vis', name: 'vis-timeline' },
  { id: 'timelinejs', name: 'TimelineJS' },
] as const;

/** The peers, by figure prefix. */
export const PEER_IDS = ['vis', 'timelinejs'] as const;

/** A figure's name, label and unit, for tables. */
export interface FigureInfo {
  key: string;
  label: string;
  unit: Unit;
}

/** Site-wide figures, per corpus size. */
export const SITE_FIGURES: FigureInfo[] = [
  { key: 'build.seconds', label: 'build time (astro build + Pagefind)', unit: 's' },
  { key: 'build.peakMemoryMB', label: 'build peak memory (RSS)', unit: 'MB' },
  { key: 'build.rebuildSeconds', label: 'rebuild after editing one event (cache kept)', unit: 's' },
  { key: 'dist.bytes', label: 'dist/ size', unit: 'bytes' },
  { key: 'dist.files', label: 'dist/ files', unit: 'nodes' },
  { key: 'dist.bytesPerEvent', label: 'dist/ per event', unit: 'bytes' },
  { key: 'page.case.html', label: 'bench-all case page: HTML, gzip', unit: 'bytes' },
  { key: 'page.case.css', label: 'bench-all case page: CSS, gzip', unit: 'bytes' },
  { key: 'page.case.js', label: 'bench-all case page: JS, gzip', unit: 'bytes' },
  { key: 'page.case.total', label: 'bench-all case page: total, gzip', unit: 'bytes' },
  { key: 'page.event.html', label: 'event page: HTML, gzip', unit: 'bytes' },
  { key: 'page.event.css', label: 'event page: CSS, gzip', unit: 'bytes' },
  { key: 'page.event.js', label: 'event page: JS, gzip', unit: 'bytes' },
  { key: 'page.event.total', label: 'event page: total, gzip', unit: 'bytes' },
  { key: 'js.timeline', label: 'timeline client JS (module graph), gzip', unit: 'bytes' },
  { key: 'js.embed', label: 'embed.js (module graph), gzip', unit: 'bytes' },
  { key: 'search.first.bytes', label: 'search: first query, bytes transferred', unit: 'bytes' },
  { key: 'search.first.ms', label: 'search: first query, page open → results shown', unit: 'ms' },
  {
    key: 'search.first.cpuMs',
    label: "search: first query, CPU (page's process: main thread and Pagefind's worker)",
    unit: 'ms',
  },
  { key: 'search.first.mainCpuMs', label: 'search: first query, main-thread CPU', unit: 'ms' },
  {
    key: 'search.facets.bytes',
    label: 'search: filters opened (every filter index), bytes transferred',
    unit: 'bytes',
  },
  { key: 'search.facets.ms', label: 'search: filters opened → counts shown', unit: 'ms' },
  { key: 'search.facets.cpuMs', label: 'search: filters opened, CPU', unit: 'ms' },
  {
    key: 'search.filtered.bytes',
    label: 'search: filtered query, bytes transferred',
    unit: 'bytes',
  },
  { key: 'search.filtered.ms', label: 'search: filter ticked → results shown', unit: 'ms' },
  {
    key: 'search.filtered.cpuMs',
    label: "search: filtered query, CPU (page's process: main thread and Pagefind's worker)",
    unit: 'ms',
  },
  {
    key: 'search.filtered.mainCpuMs',
    label: 'search: filtered query, main-thread CPU',
    unit: 'ms',
  },
];

/** Timeline figures, measured for each widget (prefix `ours.`, `vis.`, `timelinejs.`). */
export const WIDGET_FIGURES: FigureInfo[] = [
  { key: 'firstRenderCpuMs', label: 'first render, main-thread CPU', unit: 'ms' },
  { key: 'firstRenderMs', label: 'first render, wall', unit: 'ms' },
  { key: 'zoomFrameCpuMs', label: 'zoom frame, main-thread CPU', unit: 'ms' },
  { key: 'zoomFrameMs', label: 'zoom frame, wall', unit: 'ms' },
  { key: 'panFrameCpuMs', label: 'pan frame, main-thread CPU', unit: 'ms' },
  { key: 'panFrameMs', label: 'pan frame, wall', unit: 'ms' },
  { key: 'domNodesMax', label: 'DOM nodes (most while zooming)', unit: 'nodes' },
  { key: 'jsHeapMb', label: 'JS heap, MB (incl. the data)', unit: 'MB' },
  { key: 'bytes', label: 'widget JS + CSS, gzip', unit: 'bytes' },
];

/** Return the medians of a size's summaries, the shape budgets are checked against. */
export function mediansOf(summaries: Record<string, Summary>): SizeFigures {
  return Object.fromEntries(Object.entries(summaries).map(([key, s]) => [key, s.median]));
}

/** Return ours ÷ peer for every widget figure both have, keyed `<figure>/<peer>`. */
export function peerRatios(figures: SizeFigures): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { key } of WIDGET_FIGURES) {
    for (const peer of PEER_IDS) {
      if (figures[`ours.${key}`] === undefined || figures[`${peer}.${key}`] === undefined) continue;
      out[`${key}/${peer}`] = ratio(figures[`ours.${key}`], figures[`${peer}.${key}`]);
    }
  }
  return out;
}
