import { axisBottom } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { GEOMETRY as G } from '../../lib/timeline/geometry';
import type { LinkArc } from '../../lib/timeline/links';
import { createTimeScale } from '../../lib/timeline/time';
import type {
  ClusterMark,
  EventMark,
  TimelineEvent,
  TimelineLayout,
} from '../../lib/timeline/types';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const LAYERS = ['grid', 'today', 'lanes', 'links', 'marks', 'clusters', 'labels'] as const;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Return the SVG path of a mark's shape: a circle for a day, a rounded bar or a band. */
export function markPath(mark: EventMark): string {
  const { x, y } = mark;
  if (mark.shape === 'point') {
    const r = G.pointR;
    return `M${r1(x - r)},${r1(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
  const h = mark.shape === 'band' ? G.bandH : G.barH;
  return `M${r1(mark.x0)},${r1(y - h / 2)}H${r1(mark.x1)}V${r1(y + h / 2)}H${r1(mark.x0)}Z`;
}

/** Return the SVG path of the open side of "on or before" / "on or after": a line and a chevron. */
export function tailPath(mark: EventMark): string {
  if (!mark.open) return '';
  const dir = mark.open === 'before' ? -1 : 1;
  const from = r1(mark.open === 'before' ? mark.x0 - 2 : mark.x1 + 2);
  const to = r1(from + dir * (G.tail - 2));
  const y = r1(mark.y);
  return `M${from},${y}H${to}M${r1(to - dir * 4)},${r1(y - 4)}L${to},${y}L${r1(to - dir * 4)},${r1(y + 4)}`;
}

function layer(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  name: (typeof LAYERS)[number],
): Layer {
  const found = svg.select<SVGGElement>(`g.ct-${name}`);
  return found.empty() ? svg.append('g').attr('class', `ct-${name}`) : found;
}

/** What the drawing needs besides the layout. */
export interface DrawState {
  events: readonly TimelineEvent[];
  /** Arcs of the focused event's typed links. */
  links?: readonly LinkArc[];
}

/**
 * Draw a layout into an SVG element: every value is already in pixels, so this only joins marks
 * to elements. It runs on any document (linkedom at build time, the page, a shadow root), and
 * the same call updates an SVG it drew before, keeping elements by key.
 */
export function drawTimeline(
  svgNode: SVGSVGElement,
  layout: TimelineLayout,
  state: DrawState,
): void {
  const svg = select(svgNode);
  svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layers = Object.fromEntries(LAYERS.map((name) => [name, layer(svg, name)])) as Record<
    (typeof LAYERS)[number],
    Layer
  >;
  drawAxis(layers.grid, layout);
  layers.today
    .selectAll('g')
    .data(layout.today === null ? [] : [layout.today])
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text').attr('class', 'ct-today-label').text('Today');
      return g;
    })
    .call((g) =>
      g
        .select('line')
        .attr('x1', r1)
        .attr('x2', r1)
        .attr('y1', layout.top)
        .attr('y2', layout.axisY),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (x) => r1(x + 3))
        .attr('y', layout.top + 8),
    );
  layers.lanes
    .selectAll('g')
    .data(layout.lanes, (d) => (d as TimelineLayout['lanes'][number]).id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text').attr('class', 'ct-lane-title');
      return g;
    })
    .call((g) =>
      g
        .select('line')
        .attr('x1', 0)
        .attr('x2', layout.width)
        .attr('y1', (d) => r1(d.y + d.height - G.laneGap / 2))
        .attr('y2', (d) => r1(d.y + d.height - G.laneGap / 2)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', 2)
        .attr('y', (d) => d.y + 11)
        .text((d) => (layout.titled ? d.label : '')),
    );
  layers.links
    .selectAll('g')
    .data(state.links ?? [], (d) => (d as LinkArc).key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('path');
      g.append('text').attr('class', 'ct-link-label');
      return g;
    })
    .attr('data-type', (d) => d.type)
    .call((g) => g.select('path').attr('d', (d) => d.d))
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.lx)
        .attr('y', (d) => d.ly)
        .text((d) => d.label),
    );
  drawMarks(layers.marks, layout, state.events);
  drawClusters(layers.clusters, layout);
  layers.labels
    .selectAll('text')
    .data(layout.labels, (d) => (d as TimelineLayout['labels'][number]).key)
    .join('text')
    .attr('x', (d) => r1(d.x))
    .attr('y', (d) => r1(d.y))
    .attr('dy', '0.35em')
    .attr('text-anchor', (d) => (d.anchor === 'end' ? 'end' : null))
    .text((d) => d.text);
}

function drawAxis(grid: Layer, layout: TimelineLayout): void {
  const labels = new Map(layout.ticks.map((t) => [t.x, t.label]));
  const identity = createTimeScale([0, layout.width], [0, layout.width]);
  const axis = axisBottom(identity as never)
    .tickValues(layout.ticks.map((t) => t.x))
    .tickFormat((x) => labels.get(Number(x)) ?? '')
    .tickSizeInner(-(layout.axisY - layout.top))
    .tickSizeOuter(0)
    .tickPadding(6)
    .offset(0);
  grid.attr('transform', `translate(0,${layout.axisY})`).call(axis as never);
  grid.selectAll('.tick').attr('transform', (x) => `translate(${r1(Number(x))},0)`);
  grid.selectAll('.tick text').attr('x', 3).attr('dy', '0.71em');
}

function drawMarks(layer: Layer, layout: TimelineLayout, events: readonly TimelineEvent[]): void {
  layer
    .selectAll<SVGGElement, EventMark>('g.ct-mark')
    .data(layout.marks, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ct-mark');
      g.append('path').attr('class', 'ct-tail');
      g.append('path').attr('class', 'ct-shape');
      return g;
    })
    .attr('data-event', (d) => events[d.event]?.id ?? '')
    .attr('data-shape', (d) => d.shape)
    .attr('data-status', (d) => d.status)
    .attr('data-open', (d) => d.open)
    .attr('data-dashed', (d) => (d.dashed ? '' : null))
    .call((g) => g.select('.ct-shape').attr('d', markPath))
    .call((g) => g.select('.ct-tail').attr('d', (d) => tailPath(d) || null));
}

function clusterText(count: number): string {
  return count < 1000 ? String(count) : `${Math.round(count / 100) / 10}k`;
}

function drawClusters(layer: Layer, layout: TimelineLayout): void {
  layer
    .selectAll<SVGGElement, ClusterMark>('g.ct-cluster')
    .data(layout.clusters, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ct-cluster');
      g.append('rect').attr('rx', 4);
      g.append('text').attr('dy', '0.35em');
      return g;
    })
    .attr('data-count', (d) => d.members.length)
    .call((g) =>
      g
        .select('rect')
        .attr('x', (d) => r1(d.x0))
        .attr('y', (d) => r1(d.y0))
        .attr('width', (d) => r1(d.x1 - d.x0))
        .attr('height', (d) => r1(d.y1 - d.y0)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => r1((d.x0 + d.x1) / 2))
        .attr('y', (d) => r1((d.y0 + d.y1) / 2))
        .text((d) => clusterText(d.members.length)),
    );
}

/** Create an empty timeline SVG element in a document (the page's, a shadow root's, linkedom's). */
export function createTimelineSvg(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'ct-svg');
  return svg;
}
