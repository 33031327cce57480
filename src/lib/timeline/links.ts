import type { PreparedTimeline } from './prepare';
import { GEOMETRY as G, textWidth } from './geometry';
import type { TimelineLayout } from './types';

/** A typed link drawn from the focused event to another, as an arc with its reading. */
export interface LinkArc {
  key: string;
  type: string;
  label: string;
  /** The label as drawn: empty when it would cover another label (the card still names the link). */
  text: string;
  /** SVG path data of the arc, in pixels. */
  d: string;
  /** Where the label sits: the top of the arc. */
  lx: number;
  ly: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Return where an event is drawn: its own mark, the cluster holding it, or its time at lane 0. */
export function eventPosition(
  layout: TimelineLayout,
  prepared: PreparedTimeline,
  event: number,
): { x: number; y: number } {
  const mark = layout.marks.find((m) => m.event === event);
  if (mark) return { x: mark.x, y: mark.y };
  const cluster = layout.clusters.find((c) => c.members.includes(event));
  if (cluster) return { x: (cluster.x0 + cluster.x1) / 2, y: (cluster.y0 + cluster.y1) / 2 };
  const [d0, d1] = layout.domain;
  const { a0, a1 } = prepared.times[event]!;
  const x = (((a0 + a1) / 2 - d0) / (d1 - d0)) * layout.width;
  const lane = layout.lanes[0];
  return {
    x: Math.max(0, Math.min(layout.width, x)),
    y: lane ? lane.y + lane.height / 2 : layout.top,
  };
}

/** Return the arcs for the typed links of one event (both directions), to events in the timeline. */
export function linkArcs(
  layout: TimelineLayout,
  prepared: PreparedTimeline,
  event: number,
): LinkArc[] {
  const source = prepared.events[event];
  if (!source) return [];
  const from = eventPosition(layout, prepared, event);
  const arcs: LinkArc[] = [];
  const taken = layout.labels.map((l) => l.box);
  for (const c of layout.clusters) taken.push([c.x0, c.y0, c.x1, c.y1]);
  for (const link of source.links) {
    const target = prepared.indexById.get(link.event);
    if (target === undefined) continue;
    const to = eventPosition(layout, prepared, target);
    const lift = Math.min(40, 12 + Math.abs(to.x - from.x) / 6);
    const cx = (from.x + to.x) / 2;
    const cy = Math.max(layout.top + 2, Math.min(from.y, to.y) - lift);
    const lx = round(cx);
    const ly = round((from.y + to.y) / 4 + cy / 2);
    const half = textWidth(link.label.length, G.labelFont) / 2;
    const box: [number, number, number, number] = [lx - half - 2, ly - 9, lx + half + 2, ly + 5];
    const clear =
      box[0] >= 0 &&
      box[2] <= layout.width &&
      !taken.some((t) => t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3]);
    if (clear) taken.push(box);
    arcs.push({
      key: `${source.id}>${link.type}>${link.event}`,
      type: link.type,
      label: link.label,
      text: clear ? link.label : '',
      d: `M${round(from.x)},${round(from.y)}Q${round(cx)},${round(cy)} ${round(to.x)},${round(to.y)}`,
      lx,
      ly,
    });
  }
  return arcs;
}
