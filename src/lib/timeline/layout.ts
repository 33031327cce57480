import { GEOMETRY as G, fitLabel, laneHeight, rowsPerLane, timelineHeight } from './geometry';
import {
  createPointItems,
  packLabels,
  packPoints,
  type PointGroups,
  type PointItems,
} from './pack';
import type { PreparedTimeline } from './prepare';
import { timeTicks } from './ticks';
import { DAY_MS } from './time';
import type { ClusterMark, EventMark, LabelMark, LaneBox, TimelineLayout } from './types';

/** What to lay out: the visible time domain (ms) across a width (px). */
export interface LayoutView {
  domain: readonly [number, number];
  width: number;
  /** Midnight (UTC ms) of today, for the "today" rule; omit for none. */
  today?: number | null;
  /** Title each lane even when there is only one. */
  laneTitles?: boolean;
}

/** Marks this far outside the view are not drawn; a little slack keeps edges from popping. */
const CULL_PX = 40;
const OPEN = [null, 'before', 'after'] as const;

/** Return whether lanes carry a title: when asked, and always when there are several. */
export function hasLaneTitles(
  prepared: PreparedTimeline,
  view: Pick<LayoutView, 'laneTitles'>,
): boolean {
  return Boolean(view.laneTitles) || prepared.lanes.length > 1;
}

/** Return the half width of a point item: a day's circle, or a short bar of at most `bandMinPx`. */
function halfWidth(day: boolean, width: number): number {
  return day ? G.pointR + 1 : Math.min(Math.max(width, G.barH + 2), G.bandMinPx) / 2;
}

/**
 * Lay out a prepared timeline for a view: lanes, each event as a point, bar or band, clusters
 * of events too close to tell apart, labels that overlap nothing, axis ticks and the today rule.
 * Runs in the build and in the browser on every zoom frame; pixels only, no DOM.
 */
export function layoutTimeline(prepared: PreparedTimeline, view: LayoutView): TimelineLayout {
  const { width } = view;
  const [d0, d1] = view.domain;
  const k = width / (d1 - d0);
  const titled = hasLaneTitles(prepared, view);
  const laneCount = prepared.lanes.length;
  const rows = rowsPerLane(laneCount);
  const laneH = laneHeight(laneCount, titled);
  const height = timelineHeight(laneCount, titled);
  const out = {
    marks: [] as EventMark[],
    clusters: [] as ClusterMark[],
    labels: [] as LabelMark[],
  };
  const lanes: LaneBox[] = prepared.lanes.map((lane, li) => {
    const y = G.top + li * laneH;
    const bandTop = y + (titled ? G.laneTitle : 0);
    layoutLane(
      prepared,
      lane.members,
      li,
      { d0, k, width, bandTop, pointTop: bandTop + rows.bands * G.bandRow, rows },
      out,
    );
    return { id: lane.id, label: lane.label, y, height: laneH };
  });
  const todayX = view.today == null ? null : (view.today + DAY_MS / 2 - d0) * k;
  return {
    width,
    height,
    axisY: height - G.axis,
    top: G.top,
    titled,
    lanes,
    ticks: timeTicks([d0, d1], width),
    today: todayX !== null && todayX >= 0 && todayX <= width ? todayX : null,
    ...out,
    domain: [d0, d1],
  };
}

interface LaneFrame {
  d0: number;
  k: number;
  width: number;
  bandTop: number;
  pointTop: number;
  rows: { bands: number; points: number };
}

function layoutLane(
  prepared: PreparedTimeline,
  members: Int32Array,
  lane: number,
  frame: LaneFrame,
  out: { marks: EventMark[]; clusters: ClusterMark[]; labels: LabelMark[] },
): void {
  const { d0, k, width, bandTop, pointTop, rows } = frame;
  const { a0, a1, day, open, events } = prepared;
  const bandEnds = new Float64Array(rows.bands).fill(-Infinity);
  const items = createPointItems(members.length);
  for (let i = 0; i < members.length; i++) {
    const e = members[i] as number;
    const x0 = ((a0[e] as number) - d0) * k;
    const x1 = ((a1[e] as number) - d0) * k;
    const isDay = day[e] === 1;
    const tailL = open[e] === 1 ? G.tail : 0;
    const tailR = open[e] === 2 ? G.tail : 0;
    let forced = 0;
    if (!isDay && x1 - x0 >= G.bandMinPx) {
      let r = 0;
      while (r < rows.bands && (bandEnds[r] as number) + G.gap > x0 - tailL) r++;
      if (r < rows.bands) {
        bandEnds[r] = x1 + tailR;
        if (x1 + tailR >= -CULL_PX && x0 - tailL <= width + CULL_PX) {
          const y = bandTop + r * G.bandRow + G.bandRow / 2;
          out.marks.push(toMark(prepared, lane, e, 'band', (x0 + x1) / 2, x0, x1, y));
          const text = fitLabel(events[e]!.title, Math.min(x1, width) - Math.max(x0, 0) - 8);
          if (text)
            out.labels.push({
              key: `${lane}:${events[e]!.id}`,
              event: e,
              x: Math.max(x0, 0) + 4,
              y,
              text,
              anchor: 'start',
            });
        }
        continue;
      }
      forced = 1;
    }
    const n = items.n++;
    const x = (x0 + x1) / 2;
    const hw = halfWidth(isDay, x1 - x0);
    items.event[n] = e;
    items.x[n] = x;
    items.left[n] = x - hw - tailL;
    items.right[n] = x + hw + tailR;
    items.forced[n] = forced;
  }
  const groups = packPoints(items, rows.points, -d0 * k);
  let from = 0;
  while (from < groups.n && (groups.right[from] as number) < -CULL_PX) from++;
  let to = from;
  while (to < groups.n && (groups.left[to] as number) <= width + CULL_PX) to++;
  for (let g = from; g < to; g++) emitGroup(prepared, items, groups, g, lane, frame, out);
  const rowY = (m: number) => pointTop + (groups.row[m] as number) * G.pointRow + G.pointRow / 2;
  for (const label of packLabels(
    items,
    groups,
    { from, to },
    rows.points,
    width,
    (e) => events[e]!.title,
  )) {
    const e = items.event[label.item] as number;
    out.labels.push({
      key: `${lane}:${events[e]!.id}`,
      event: e,
      x: label.x,
      y: rowY(label.item),
      text: label.text,
      anchor: label.anchor,
    });
  }
}

function emitGroup(
  prepared: PreparedTimeline,
  items: PointItems,
  groups: PointGroups,
  g: number,
  lane: number,
  frame: LaneFrame,
  out: { marks: EventMark[]; clusters: ClusterMark[] },
): void {
  const { pointTop, rows, k } = frame;
  const start = groups.start[g] as number;
  const end = groups.end[g] as number;
  if (groups.cluster[g]) {
    const members = items.event.slice(start, end).sort();
    let t0 = Infinity;
    let t1 = -Infinity;
    for (const m of members) {
      t0 = Math.min(t0, prepared.a0[m] as number);
      t1 = Math.max(t1, prepared.a1[m] as number);
    }
    out.clusters.push({
      key: `${lane}:c${groups.cell[g]}`,
      lane,
      x0: groups.left[g] as number,
      x1: groups.right[g] as number,
      y0: pointTop + 2,
      y1: pointTop + rows.points * G.pointRow - 2,
      members,
      t0,
      t1,
    });
    return;
  }
  for (let m = start; m < end; m++) {
    const e = items.event[m] as number;
    const x = items.x[m] as number;
    const isDay = prepared.day[e] === 1;
    const hw = isDay
      ? G.pointR
      : halfWidth(false, ((prepared.a1[e] as number) - (prepared.a0[e] as number)) * k);
    const y = pointTop + (groups.row[m] as number) * G.pointRow + G.pointRow / 2;
    out.marks.push(toMark(prepared, lane, e, isDay ? 'point' : 'bar', x, x - hw, x + hw, y));
  }
}

function toMark(
  prepared: PreparedTimeline,
  lane: number,
  e: number,
  shape: EventMark['shape'],
  x: number,
  x0: number,
  x1: number,
  y: number,
): EventMark {
  const event = prepared.events[e]!;
  return {
    key: `${lane}:${event.id}`,
    event: e,
    lane,
    shape,
    x,
    x0,
    x1,
    y,
    open: OPEN[prepared.open[e] as number] ?? null,
    dashed: event.qualifier !== 'exact',
    status: event.status,
  };
}
