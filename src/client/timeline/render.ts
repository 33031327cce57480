import { select, type Selection } from 'd3-selection';
import { GEOMETRY as G, textWidth } from '../../lib/timeline/geometry';
import type { LinkArc } from '../../lib/timeline/links';
import type {
  ClusterMark,
  EventMark,
  LabelMark,
  TimelineEvent,
  TimelineLayout,
} from '../../lib/timeline/types';
import { bulletPath, hitBox, markPath, overduePath, spanPath, tailPath } from './marks';

export { markPath, tailPath };

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const LAYERS = ['grid', 'today', 'lanes', 'links', 'marks', 'clusters', 'labels', 'edges'] as const;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Return the inline style that gives a mark its kind's colour. */
export function kindStyle(group: string): string {
  return `--tl-kind:var(--tl-k-${group})`;
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
      g.append('text').attr('class', 'ct-today-label');
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
        .attr('x', layout.todayLabel ? r1(layout.todayLabel.x) : 0)
        .attr('y', layout.todayLabel ? layout.todayLabel.y : 0)
        .attr('text-anchor', layout.todayLabel?.anchor === 'end' ? 'end' : null)
        .text(layout.todayLabel ? 'Today' : ''),
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
        .attr('x', 4)
        .attr('y', (d) => d.y + 13)
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
        .text((d) => d.text),
    );
  drawMarks(layers.marks, layout, state.events);
  drawClusters(layers.clusters, layout);
  drawLabels(layers.labels, layout, state.events);
  drawEdges(layers.edges, layout);
}

function drawLabels(layer: Layer, layout: TimelineLayout, events: readonly TimelineEvent[]): void {
  layer
    .selectAll<SVGGElement, LabelMark>('g.ct-label')
    .data(layout.labels, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ct-label');
      // A box behind the text, so a tap between glyphs or lines still selects the event.
      g.append('rect').attr('class', 'ct-hit');
      g.append('path').attr('class', 'ct-bullet');
      g.append('text');
      return g;
    })
    .attr('data-event', (d) => events[d.event]?.id ?? '')
    .attr('data-group', (d) => d.bullet)
    .attr('style', (d) => (d.bullet ? kindStyle(d.bullet) : null))
    .call((g) =>
      g
        .select('.ct-hit')
        .attr('x', (d) => r1(d.box[0]))
        .attr('y', (d) => r1(d.box[1]))
        .attr('width', (d) => r1(d.box[2] - d.box[0]))
        .attr('height', (d) => r1(d.box[3] - d.box[1])),
    )
    .call((g) =>
      g
        .select('.ct-bullet')
        .attr('d', (d) =>
          d.bullet && d.bulletX !== null ? bulletPath(d.bullet, d.bulletX, d.y) : null,
        ),
    )
    .call((g) =>
      g
        .select('text')
        .attr('y', (d) => r1(d.y))
        .attr('text-anchor', (d) => (d.anchor === 'end' ? 'end' : null))
        .each(function (d) {
          const x = d.x;
          select(this)
            .selectAll('tspan')
            .data(d.lines)
            .join('tspan')
            .attr('x', r1(x))
            .attr('dy', (_, i) => (i === 0 ? '0.35em' : G.line))
            .text((line) => line);
        }),
    );
}

interface Edge {
  side: 'before' | 'after';
  text: string;
  x: number;
}

/** When nothing is in view, say at each edge how many events lie beyond it; each is a button. */
function drawEdges(layer: Layer, layout: TimelineLayout): void {
  const empty = layout.marks.length === 0 && layout.clusters.length === 0;
  const { before, after } = layout.outside;
  const y = r1((layout.top + layout.axisY) / 2);
  const items: Edge[] = empty
    ? [
        ...(before ? [{ side: 'before' as const, text: `← ${before} earlier`, x: 8 }] : []),
        ...(after
          ? [{ side: 'after' as const, text: `${after} later →`, x: layout.width - 8 }]
          : []),
      ]
    : [];
  layer
    .selectAll<SVGGElement, Edge>('g.ct-edge')
    .data(items, (d) => d.side)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ct-edge').attr('role', 'button');
      g.append('rect').attr('rx', 4);
      g.append('text').attr('dy', '0.35em');
      return g;
    })
    .attr('data-edge', (d) => d.side)
    .attr('tabindex', 0)
    .attr('aria-label', (d) => `Show ${d.text.replace(/[←→]/g, '').trim()}`)
    .call((g) =>
      g
        .select('rect')
        .attr('x', (d) => r1(d.side === 'before' ? d.x - 4 : d.x - textWidth(d.text.length) - 4))
        .attr('y', y - 14)
        .attr('width', (d) => r1(textWidth(d.text.length) + 8))
        .attr('height', 28),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.x)
        .attr('y', y)
        .attr('text-anchor', (d) => (d.side === 'before' ? 'start' : 'end'))
        .text((d) => d.text),
    );
}

/**
 * Draw the time axis: its line along the foot of the lanes and a tick per label, whose line runs
 * up through the lanes as a grid line (the ticks come from the layout: ./ticks.ts).
 */
function drawAxis(grid: Layer, layout: TimelineLayout): void {
  grid.attr('transform', `translate(0,${layout.axisY})`).attr('fill', 'none');
  grid
    .selectAll('path.domain')
    .data([layout.width])
    .join('path')
    .attr('class', 'domain')
    .attr('d', (w) => `M0,0H${w}`);
  grid
    .selectAll<SVGGElement, TimelineLayout['ticks'][number]>('g.tick')
    .data(layout.ticks, (d) => d.label || `@${d.x}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line');
      g.append('text').attr('x', 3).attr('y', 6).attr('dy', '0.71em');
      return g;
    })
    .attr('transform', (d) => `translate(${r1(d.x)},0)`)
    .call((g) => g.select('line').attr('y2', -(layout.axisY - layout.top)))
    .call((g) => g.select('text').text((d) => d.label));
}

function drawMarks(layer: Layer, layout: TimelineLayout, events: readonly TimelineEvent[]): void {
  layer
    .selectAll<SVGGElement, EventMark>('g.ct-mark')
    .data(layout.marks, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ct-mark');
      g.append('rect').attr('class', 'ct-hit');
      g.append('path').attr('class', 'ct-span');
      g.append('path').attr('class', 'ct-tail');
      g.append('path').attr('class', 'ct-shape');
      g.append('path').attr('class', 'ct-overdue');
      return g;
    })
    .attr('data-event', (d) => events[d.event]?.id ?? '')
    .attr('data-shape', (d) => d.shape)
    .attr('data-span', (d) => d.span)
    .attr('data-group', (d) => d.group)
    .attr('style', (d) => kindStyle(d.group))
    .attr('data-status', (d) => d.status)
    .attr('data-open', (d) => d.open)
    .attr('data-dashed', (d) => (d.dashed ? '' : null))
    .attr('data-overdue', (d) => (d.overdue ? '' : null))
    .attr('data-linked', (d) => (d.linked ? '' : null))
    .call((g) =>
      g.select('.ct-hit').each(function (d) {
        const [x, y, w, h] = hitBox(d);
        select(this).attr('x', x).attr('y', y).attr('width', w).attr('height', h);
      }),
    )
    .call((g) => g.select('.ct-span').attr('d', (d) => spanPath(d) || null))
    .call((g) => g.select('.ct-shape').attr('d', (d) => markPath(d) || null))
    .call((g) => g.select('.ct-tail').attr('d', (d) => tailPath(d) || null))
    .call((g) => g.select('.ct-overdue').attr('d', (d) => overduePath(d) || null));
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
    .attr('data-key', (d) => d.key)
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

function clusterText(count: number): string {
  return count < 1000 ? `+${count}` : `+${Math.round(count / 100) / 10}k`;
}

/** Create an empty timeline SVG element in a document (the page's, a shadow root's, linkedom's). */
export function createTimelineSvg(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'ct-svg');
  return svg;
}
