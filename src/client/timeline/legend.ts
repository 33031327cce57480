import type { KindGroup } from '../../lib/timeline/kinds';
import type { LegendEntry } from '../../lib/timeline/legend';
import type { EventMark } from '../../lib/timeline/types';
import { markPath, overduePath, spanPath, tailPath } from './marks';
import { kindStyle, SVG_NS } from './render';

const SWATCH: Partial<EventMark> & Pick<EventMark, 'x' | 'x0' | 'x1' | 'y'> = {
  x: 15,
  x0: 9,
  x1: 21,
  y: 10,
};

/** Return the mark a legend entry shows, in the chart's own terms, so the two cannot drift. */
function swatchMark(key: string): EventMark {
  const mark: EventMark = {
    key,
    event: 0,
    lane: 0,
    shape: 'point',
    span: null,
    group: 'announcement',
    open: null,
    dashed: false,
    status: 'occurred',
    overdue: false,
    linked: false,
    ...SWATCH,
  };
  if (key.startsWith('kind-')) mark.group = key.slice(5) as KindGroup;
  else if (key === 'somewhere' || key === 'interval')
    Object.assign(mark, { shape: 'span', span: key, x0: 2, x1: 28 });
  else if (key === 'open-before') Object.assign(mark, { open: 'before', x: 26, x0: 20, x1: 32 });
  else if (key === 'open-after') Object.assign(mark, { open: 'after', x: 4, x0: -2, x1: 10 });
  else if (key === 'dashed') mark.dashed = true;
  else if (key === 'scheduled') mark.status = 'scheduled';
  else if (key === 'overdue') Object.assign(mark, { status: 'scheduled', overdue: true });
  else if (key === 'cancelled') Object.assign(mark, { status: 'cancelled', overdue: true });
  return mark;
}

function path(doc: Document, cls: string, d: string): SVGPathElement | null {
  if (!d) return null;
  const p = doc.createElementNS(SVG_NS, 'path');
  p.setAttribute('class', cls);
  p.setAttribute('d', d);
  return p;
}

function swatch(doc: Document, key: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 30 20');
  svg.setAttribute('aria-hidden', 'true');
  const g = doc.createElementNS(SVG_NS, 'g');
  if (key === 'cluster' || key === 'today' || key === 'link') {
    g.setAttribute(
      'class',
      key === 'cluster' ? 'ct-cluster' : key === 'today' ? 'ct-today' : 'ct-links',
    );
    g.innerHTML =
      key === 'cluster'
        ? '<rect x="1" y="2" width="28" height="16" rx="4"></rect>'
        : key === 'today'
          ? '<line x1="15" x2="15" y1="0" y2="20"></line>'
          : '<path d="M2,16Q15,0 28,16"></path>';
    svg.append(g);
    return svg;
  }
  const mark = swatchMark(key);
  g.setAttribute('class', 'ct-mark');
  if (key.startsWith('kind-')) g.setAttribute('style', kindStyle(mark.group));
  for (const [name, value] of [
    ['data-group', mark.group],
    ['data-shape', mark.shape],
    ['data-span', mark.span],
    ['data-open', mark.open],
    ['data-status', mark.status],
    ['data-dashed', mark.dashed ? '' : null],
    ['data-overdue', mark.overdue ? '' : null],
  ] as const)
    if (value !== null) g.setAttribute(name, value);
  for (const p of [
    path(doc, 'ct-span', spanPath(mark)),
    path(doc, 'ct-tail', tailPath(mark)),
    path(doc, 'ct-shape', markPath(mark)),
    path(doc, 'ct-overdue', overduePath(mark)),
  ])
    if (p) g.append(p);
  svg.append(g);
  return svg;
}

/**
 * Build the legend list on a document (linkedom at build time, the page, a shadow root): one
 * item per entry, its swatch drawn by the chart's own mark functions and classes.
 */
export function createLegend(doc: Document, entries: readonly LegendEntry[]): HTMLUListElement {
  const list = doc.createElement('ul');
  list.className = 'ct-legend';
  list.setAttribute('aria-label', 'How to read the timeline');
  for (const entry of entries) {
    const item = doc.createElement('li');
    item.setAttribute('data-legend', entry.key);
    item.append(swatch(doc, entry.key), doc.createTextNode(entry.text));
    list.append(item);
  }
  return list;
}
