/** Harness pages that run vis-timeline and TimelineJS from their dist bundles in node_modules. */
import { jsonForScript } from '../../src/lib/html';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import { toTimelineJsEvent, toVisItem } from './convert';

/** A peer widget: its name, version, and the files a reader downloads for it. */
export interface Peer {
  id: 'vis' | 'timelinejs';
  name: string;
  package: string;
  /** URLs under /node_modules/ the page loads (JS and CSS). */
  files: string[];
  /** How many zoom steps one run takes (TimelineJS has eight zoom levels above its default; four keep 10,000 events under minutes). */
  zoomSteps: number;
}

/** The two widgets Casetrail is measured against. */
export const PEERS: Peer[] = [
  {
    id: 'vis',
    name: 'vis-timeline',
    package: 'vis-timeline',
    files: [
      '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
      '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    ],
    zoomSteps: 12,
  },
  {
    id: 'timelinejs',
    name: 'TimelineJS',
    package: '@knight-lab/timelinejs',
    files: [
      '/node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
      '/node_modules/@knight-lab/timelinejs/dist/css/timeline.css',
    ],
    zoomSteps: 4,
  },
];

// Each page defines `bench.render(root)` (resolves when the widget has drawn) and
// `bench.zoom(step)` (one zoom step in, resolves when it has been applied).
const SCRIPTS: Record<Peer['id'], string> = {
  vis: `
window.bench = {
  render(root) {
    const items = new vis.DataSet(window.benchData);
    const times = window.benchData.flatMap((d) => d.end ? [Date.parse(d.start), Date.parse(d.end)] : [Date.parse(d.start)]);
    window.benchDomain = [Math.min(...times), Math.max(...times)];
    window.benchWidget = new vis.Timeline(root, items, { width: '1100px', height: '400px' });
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  },
  zoom(step) {
    const [a, b] = window.benchDomain;
    const half = ((b - a) / 2) * Math.pow(0.85, step);
    const centre = a + (b - a) * 0.43;
    window.benchWidget.setWindow(centre - half, centre + half, { animation: false });
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  },
};`,
  timelinejs: `
window.bench = {
  render(root) {
    return new Promise((done) => {
      const widget = new TL.Timeline(root, { events: window.benchData }, { script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, theme: null });
      window.benchWidget = widget;
      widget.on('ready', () => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
  },
  zoom() {
    window.benchWidget.zoomIn();
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  },
};`,
};

/** Return the harness page for a peer, with the events already in its own input format. */
export function peerPage(peer: Peer, events: readonly TimelineEvent[]): string {
  const data = peer.id === 'vis' ? events.map(toVisItem) : events.map(toTimelineJsEvent);
  const json = jsonForScript(data);
  const css = peer.files
    .filter((f) => f.endsWith('.css'))
    .map((f) => `<link rel="stylesheet" href="${f}">`)
    .join('');
  const js = peer.files
    .filter((f) => f.endsWith('.js'))
    .map((f) => `<script src="${f}"></script>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${peer.name} bench</title>${css}
<style>body{margin:0;font-family:system-ui}#root{width:1100px;height:600px;margin:8px}</style>${js}</head>
<body><div id="root"></div><script type="application/json" id="data">${json}</script>
<script>${SCRIPTS[peer.id]}</script></body></html>`;
}
