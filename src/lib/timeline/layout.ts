import { GEOMETRY as G, labelChars, maxLinesPerLane, textWidth, wrapTitle } from './geometry';
import { packClusterRow, type RowItem } from './cluster-row';
import { kindGroupOf } from './kinds';
import { linksInChart, type FitHint, type PreparedTimeline } from './prepare';
import { timeTicks } from './ticks';
import { DAY_MS } from './time';
import type { ClusterMark, EventMark, LabelMark, LaneBox, TimelineLayout } from './types';

/** What to lay out: the visible time domain (ms) across a width (px). */
export interface LayoutView {
  domain: readonly [number, number];
  width: number;
  /** Midnight (UTC ms) of today, for the "today" rule and passed scheduled dates; omit for none. */
  today?: number | null;
  /** Title each lane even when there is only one. */
  laneTitles?: boolean;
}

/** Marks this far outside the view are still drawn, so edges do not pop while panning. */
const CULL_PX = 40;
const OPEN = [null, 'before', 'after'] as const;

/** Return whether lanes carry a title: when asked, and always when there are several. */
export function hasLaneTitles(
  prepared: PreparedTimeline,
  view: Pick<LayoutView, 'laneTitles'>,
): boolean {
  return Boolean(view.laneTitles) || prepared.lanes.length > 1;
}

/** How tall each lane is at a width: the lines its labels need at the fitted view, and a cluster row if any. */
export interface LanePlan {
  lines: number;
  clusters: boolean;
}

const plans = new WeakMap<PreparedTimeline, Map<string, LanePlan[]>>();

/**
 * Return each lane's rows for a chart width: lay out the fitted view with as many lines as a lane
 * may have and keep what it used. Zooming keeps these rows, so the chart's height never changes
 * with zoom and the build-time drawing has the height the live one will have.
 */
export function planLanes(
  prepared: PreparedTimeline,
  width: number,
  today: number | null = null,
): LanePlan[] {
  const hinted = prepared.fit?.[width];
  if (hinted) return hinted.plan;
  let byWidth = plans.get(prepared);
  if (!byWidth) plans.set(prepared, (byWidth = new Map<string, LanePlan[]>()));
  // Titles that come later (a big chart's, narrowed) make a new plan: the count of those in is
  // in the key. A chart from the build's data has its plan's titles from the start.
  let titled = 0;
  if (prepared.lanes.some((l) => l.longest === undefined))
    for (const e of prepared.events) if (e.title) titled++;
  const key = `${width}:${today}:${titled}`;
  const known = byWidth.get(key);
  if (known) return known;
  const max = maxLinesPerLane(prepared.lanes.length, width);
  const [d0, d1] = prepared.extent;
  const plan = prepared.lanes.map((lane) => {
    const out = emptyOut();
    const used = layoutLane(
      prepared,
      lane.members,
      0,
      { d0, d1, k: width / (d1 - d0), width, top: 0, lines: max, clusterY: 0, today },
      out,
    );
    // Room for the tallest title, too: a zoomed-in view must be able to show any one of them.
    let longest = lane.longest ?? 0;
    if (lane.longest === undefined)
      for (const m of lane.members) longest = Math.max(longest, prepared.events[m]!.title.length);
    const tallest = Math.min(max, Math.ceil(longest / labelChars(width)) + 1);
    return { lines: Math.max(1, used, tallest), clusters: out.hidden > 0 };
  });
  byWidth.set(key, plan);
  return plan;
}

function emptyOut() {
  return {
    marks: [] as EventMark[],
    clusters: [] as ClusterMark[],
    labels: [] as LabelMark[],
    /** Events drawn in the cluster row (alone or in a cluster). */
    hidden: 0,
    /** Events whose titles the layout needed and did not have: see {@link TimelineLayout.wanted}. */
    wanted: [] as number[],
  };
}

/**
 * Return an event's title as the layout reads it, or null while it is not in (a big chart's
 * titles come a chunk at a time; an event's title is never empty once in): the event is then
 * noted as wanted and laid out as one with no room for its label.
 */
function titleOf(
  prepared: PreparedTimeline,
  e: number,
  out: Pick<ReturnType<typeof emptyOut>, 'wanted'>,
): string | null {
  const title = prepared.events[e]!.title;
  if (!title) out.wanted.push(e);
  return title || null;
}

/** Return an event's key in a layout (an event not yet named goes by `#index`: compact.ts). */
function keyOf(prepared: PreparedTimeline, lane: number, e: number): string {
  return `${lane}:${prepared.events[e]!.id}`;
}

/**
 * Return what a big chart's data carries so that its fitted view lays out, at each of these
 * widths, exactly as with every title while carrying only a few: each width's lane plan and the
 * events whose titles decide that view (those it labels, and those the cluster rows measure).
 * Every other event in view is then hidden without its title being read.
 */
export function fitHints(
  prepared: PreparedTimeline,
  widths: readonly number[],
  laneTitles = false,
): Record<number, FitHint> {
  const out: Record<number, FitHint> = {};
  for (const width of widths) {
    const plan = planLanes(prepared, width);
    const reads = new Set<number>();
    // A copy that reads its plan from the hint, so only the view's own reads are counted.
    const copy: PreparedTimeline = { ...prepared, reads, fit: { [width]: { plan } } };
    layoutTimeline(copy, { domain: prepared.extent, width, today: null, laneTitles });
    out[width] = { plan, only: reads };
  }
  return out;
}

/**
 * Lay out a prepared timeline for a view: lanes, each event as its kind's symbol or a span with
 * its full title beside it (wrapped, stacked in rows that never overlap), events that find no
 * room gathered into counted clusters, axis ticks and the today rule. Runs in the build and in
 * the browser on every zoom frame; pixels only, no DOM.
 */
export function layoutTimeline(prepared: PreparedTimeline, view: LayoutView): TimelineLayout {
  const { width } = view;
  const [d0, d1] = view.domain;
  const k = width / (d1 - d0);
  const today = view.today ?? null;
  const titled = hasLaneTitles(prepared, view);
  const plan = planLanes(prepared, width, today);
  // The fitted view of a big chart's data: only the events its hint names need their titles.
  const hint = prepared.fit?.[width];
  const fitted = Math.abs(d0 - prepared.extent[0]) < 1 && Math.abs(d1 - prepared.extent[1]) < 1;
  const only = fitted ? hint?.only : undefined;
  const out = emptyOut();
  let y = G.top;
  const lanes: LaneBox[] = prepared.lanes.map((lane, li) => {
    const p = plan[li] ?? { lines: 1, clusters: false };
    const top = y + (titled ? G.laneTitle : 0);
    const clusterY = top + p.lines * G.line + 4;
    layoutLane(
      prepared,
      lane.members,
      li,
      { d0, d1, k, width, top, lines: p.lines, clusterY, today, only },
      out,
    );
    const height =
      (titled ? G.laneTitle : 0) +
      p.lines * G.line +
      4 +
      (p.clusters ? G.clusterRow : 0) +
      G.laneGap;
    const box = { id: lane.id, label: lane.label, y, height };
    y += height;
    return box;
  });
  const height = y + G.axis;
  const todayX = today === null ? null : (today + DAY_MS / 2 - d0) * k;
  const todayInView = todayX !== null && todayX >= 0 && todayX <= width ? todayX : null;
  return {
    width,
    height,
    axisY: height - G.axis,
    top: G.top,
    titled,
    lanes,
    ticks: timeTicks([d0, d1], width),
    today: todayInView,
    todayLabel:
      todayInView === null ? null : placeTodayLabel(todayInView, width, height - G.axis, out),
    marks: out.marks,
    clusters: out.clusters,
    labels: out.labels,
    outside: countOutside(prepared, d0, d1),
    domain: [d0, d1],
    wanted: [...new Set(out.wanted)],
  };
}

/**
 * Return where the today rule's word goes: at the foot of the rule, else at its head, on the side
 * with room, wherever it covers no title, mark or cluster; null when every place is taken (the
 * legend still names the rule).
 */
export function placeTodayLabel(
  x: number,
  width: number,
  axisY: number,
  drawn: Pick<TimelineLayout, 'labels' | 'marks' | 'clusters'>,
): TimelineLayout['todayLabel'] {
  const w = textWidth('Today'.length);
  const taken: [number, number, number, number][] = drawn.labels.map((l) => l.box);
  for (const m of drawn.marks)
    taken.push([
      m.x0 - (m.open === 'before' ? G.tail : 0),
      m.y - G.pointR,
      m.x1 + (m.open === 'after' ? G.tail : 0),
      m.y + G.pointR,
    ]);
  for (const c of drawn.clusters) taken.push([c.x0, c.y0, c.x1, c.y1]);
  const sides = x > width - w - 6 ? (['end', 'start'] as const) : (['start', 'end'] as const);
  for (const y of [axisY - 6, G.top + 10])
    for (const anchor of sides) {
      const left = anchor === 'start' ? x + 3 : x - 3 - w;
      const box = [left - 1, y - 10, left + w + 1, y + 3] as const;
      if (box[0] < 0 || box[2] > width) continue;
      const clear = !taken.some(
        (t) => t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3],
      );
      if (clear) return { x: anchor === 'start' ? x + 3 : x - 3, y, anchor };
    }
  return null;
}

/** Return how many events end before the view starts and start after it ends. */
export function countOutside(
  prepared: PreparedTimeline,
  d0: number,
  d1: number,
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (let e = 0; e < prepared.events.length; e++) {
    if ((prepared.a1[e] as number) <= d0) before++;
    else if ((prepared.a0[e] as number) >= d1) after++;
  }
  return { before, after };
}

interface LaneFrame {
  d0: number;
  d1: number;
  k: number;
  width: number;
  /** Top of the first line. */
  top: number;
  lines: number;
  /** Middle of the cluster row. */
  clusterY: number;
  today: number | null;
  /** When set (a fitted view's hint), events in view and not here are hidden unread. */
  only?: ReadonlySet<number>;
}

/** One event waiting for a place: its mark and the box mark and label need together. */
interface Item {
  e: number;
  x: number;
  x0: number;
  x1: number;
  point: boolean;
  tailL: number;
  tailR: number;
}

/**
 * Lay out one lane; return how many lines it used. Each event in view gets the lowest run of
 * lines where its mark and full label fit beside what is already there; one that fits nowhere
 * joins a cluster in the lane's cluster row.
 */
function layoutLane(
  prepared: PreparedTimeline,
  members: Int32Array,
  lane: number,
  frame: LaneFrame,
  out: ReturnType<typeof emptyOut>,
): number {
  const { d0, k, width, top, lines } = frame;
  const { a0, a1, day, open, events } = prepared;
  const ends = new Float64Array(lines).fill(-Infinity);
  const chars = labelChars(width);
  const hidden: Item[] = [];
  const labelled: Item[] = [];
  let used = 0;
  for (let i = 0; i < members.length; i++) {
    const e = members[i] as number;
    const x0 = ((a0[e] as number) - d0) * k;
    const x1 = ((a1[e] as number) - d0) * k;
    const tailL = open[e] === 1 ? G.tail : 0;
    const tailR = open[e] === 2 ? G.tail : 0;
    if (x1 + tailR < -CULL_PX || x0 - tailL > width + CULL_PX) continue;
    const point = day[e] === 1 || x1 - x0 < G.bandMinPx;
    const item: Item = { e, x: (x0 + x1) / 2, x0, x1, point, tailL, tailR };
    // Where every line is taken beyond this event's mark, no label can fit on either side:
    // hide it without wrapping its title (the common case in a dense chart).
    let free = Infinity;
    for (let r = 0; r < lines; r++) free = Math.min(free, ends[r] as number);
    const markLeft = point ? item.x - G.pointR - tailL : x0 - tailL;
    if (free + G.gap > markLeft) {
      if (item.x >= 0 && item.x <= width) hidden.push(item);
      continue;
    }
    // The kind's symbol leads the label unless the mark itself is that symbol.
    const bullet = point && open[e] === 0 ? 0 : 16;
    // A mark partly out of view is drawn but needs no label; it is not "in view".
    const visible = item.x >= 0 && item.x <= width;
    if (visible && frame.only && !frame.only.has(e)) {
      hidden.push(item);
      continue;
    }
    const markL = point ? item.x - G.pointR - tailL : x0 - tailL;
    const markR = point ? item.x + G.pointR + tailR : x1 + tailR;
    const placed = visible
      ? placeLabel(() => titleOf(prepared, e, out), {
          point,
          x0,
          markL,
          markR,
          bullet,
          width,
          chars,
        })
      : null;
    if (visible && !placed) {
      hidden.push(item);
      continue;
    }
    const { text, textX, anchor } = placed ?? { text: [''], textX: markR, anchor: 'start' };
    const textW = placed?.textW ?? 0;
    const n = text.length;
    const box: [number, number] = placed?.box ?? [markL, markR];
    const row = visible ? findRows(ends, n, box[0]) : findRows(ends, 1, markL);
    if (row < 0) {
      if (visible) hidden.push(item);
      continue;
    }
    const take = visible ? n : 1;
    for (let r = row; r < row + take; r++) ends[r] = visible ? box[1] : markR;
    used = Math.max(used, row + take);
    const y = top + row * G.line + G.line / 2;
    out.marks.push(toMark(prepared, lane, item, y, frame.today));
    if (!visible) continue;
    prepared.reads?.add(e);
    // The kind's symbol leads the text on the side of the mark: before it, or after it when the label ends at the mark.
    const bulletX = !bullet ? null : anchor === 'start' ? textX + 6 : markL - 11;
    labelled.push(item);
    out.labels.push({
      key: keyOf(prepared, lane, e),
      event: e,
      x: anchor === 'start' ? textX + bullet : markL - 5 - bullet,
      y,
      lines: text,
      anchor,
      bullet: bullet ? kindGroupOf(events[e]!.kind) : null,
      bulletX,
      box: [
        anchor === 'start' ? textX : box[0],
        y - G.line / 2,
        anchor === 'start' ? textX + bullet + textW : markL - 5,
        y - G.line / 2 + n * G.line,
      ],
    });
  }
  emitClusters(prepared, hidden, labelled, lane, frame, out);
  return used;
}

interface LabelFrame {
  point: boolean;
  x0: number;
  markL: number;
  markR: number;
  bullet: number;
  width: number;
  chars: number;
}

/**
 * Return where a title goes beside its mark: after it, else before it (a symbol only), wrapped
 * at the usual width or, when neither side has that much room, at the wider side's room (no
 * narrower than 10 characters); null when it fits nowhere inside the chart. A span's label
 * starts inside the span, or as far left as it must to end inside the chart; a span too short to
 * hold the start of its label is labelled beside it, as a symbol is.
 */
function placeLabel(
  /** The title, read only when there is room for one (null: not in yet). */
  titleOf: () => string | null,
  f: LabelFrame,
): {
  text: string[];
  textX: number;
  textW: number;
  anchor: 'start' | 'end';
  box: [number, number];
} | null {
  const { markL, markR, bullet, width } = f;
  const point = f.point || markR - markL < G.besideSpan;
  const roomAfter = width - (point ? markR + 5 : Math.max(f.x0, 0) + 4) - bullet;
  const roomBefore = point ? markL - 5 - bullet : -1;
  const widest = Math.max(roomAfter, roomBefore);
  const chars = Math.min(f.chars, Math.floor(widest / textWidth(1)));
  if (chars < 10) return null;
  const title = titleOf();
  if (title === null) return null;
  const text = wrapTitle(title, chars);
  let longest = 0;
  for (const line of text) longest = Math.max(longest, line.length);
  const textW = textWidth(longest);
  if (point && textW <= roomAfter)
    return {
      text,
      textX: markR + 5,
      textW,
      anchor: 'start',
      box: [markL, markR + 5 + bullet + textW],
    };
  if (point && textW <= roomBefore)
    return {
      text,
      textX: markL - 5 - bullet,
      textW,
      anchor: 'end',
      box: [markL - 5 - bullet - textW, markR],
    };
  if (point) return null;
  const textX = Math.max(0, Math.min(Math.max(f.x0, 0) + 4, width - bullet - textW));
  return {
    text,
    textX,
    textW,
    anchor: 'start',
    box: [Math.min(markL, textX), Math.max(markR, textX + bullet + textW)],
  };
}

/** Return the first line from which `n` lines are free at `left`, or -1. */
function findRows(ends: Float64Array, n: number, left: number): number {
  let run = 0;
  for (let r = 0; r < ends.length; r++) {
    run = (ends[r] as number) + G.gap <= left ? run + 1 : 0;
    if (run === n) return r - n + 1;
  }
  return -1;
}

/**
 * Draw the lane's cluster row: hidden events packed into lone symbols with their titles and
 * counted clusters. A lone event whose title fits nowhere in the row while it is the row's only
 * place takes the nearest labelled event of the lane (`labelled`) into a cluster with it, so every
 * event in view keeps a label or a place in a cluster's list, and no cluster holds one event.
 */
function emitClusters(
  prepared: PreparedTimeline,
  hidden: Item[],
  labelled: Item[],
  lane: number,
  frame: LaneFrame,
  out: ReturnType<typeof emptyOut>,
): void {
  const origin = frame.d0 * frame.k;
  const toRow = (item: Item): RowItem => ({
    e: item.e,
    x: item.x,
    tailL: item.tailL,
    tailR: item.tailR,
  });
  // Only a lone event's title is measured; one not in yet has no room (it is wanted).
  const labelW = (e: number) => {
    if (frame.only && !frame.only.has(e)) return Infinity;
    prepared.reads?.add(e);
    const title = titleOf(prepared, e, out);
    return title === null ? Infinity : textWidth(title.length);
  };
  const items = hidden.map(toRow);
  let packed = packClusterRow(items, origin, frame.width, labelW);
  const dropped = new Set<number>();
  // First the lane's labelled events in view, then any mark it draws (a long span seen from
  // inside, a mark just past the edge): the nearest joins the stranded event in a cluster.
  const pools = [
    labelled,
    () => out.marks.filter((m) => m.lane === lane && !dropped.has(m.event)).map(markToItem),
  ];
  for (const from of pools) {
    const pool = typeof from === 'function' ? from() : from;
    while (packed.stranded && pool.length > 0) {
      const x = packed.stranded.x;
      let best = 0;
      for (let i = 1; i < pool.length; i++)
        if (Math.abs(pool[i]!.x - x) < Math.abs(pool[best]!.x - x)) best = i;
      const item = pool.splice(best, 1)[0]!;
      dropped.add(item.e);
      let at = items.findIndex((it) => it.x > item.x);
      if (at < 0) at = items.length;
      items.splice(at, 0, toRow(item));
      packed = packClusterRow(items, origin, frame.width, labelW);
    }
  }
  if (dropped.size > 0) {
    const ofLane = `${lane}:`;
    out.marks = out.marks.filter((m) => m.lane !== lane || !dropped.has(m.event));
    out.labels = out.labels.filter((l) => !l.key.startsWith(ofLane) || !dropped.has(l.event));
  }
  out.hidden += items.length;
  const y = frame.clusterY + G.clusterRow / 2;
  for (const group of packed.groups) {
    const first = group.items[0]!;
    if (group.items.length === 1) {
      const e = first.e;
      const item = { ...first, x0: first.x, x1: first.x, point: true };
      // In the cluster row even a span is drawn as its symbol: the row has room for no more.
      out.marks.push(toMark(prepared, lane, item, y, frame.today));
      const label = group.label;
      if (label)
        out.labels.push({
          key: keyOf(prepared, lane, e),
          event: e,
          x: label.x,
          y,
          lines: [prepared.events[e]!.title],
          anchor: label.anchor,
          bullet: null,
          bulletX: null,
          box: [label.box[0], y - G.line / 2, label.box[1], y + G.line / 2],
        });
      else {
        const above = labelAbove(prepared, lane, first, frame, out);
        if (above) out.labels.push(above);
      }
      continue;
    }
    const members = Int32Array.from(group.items, (it) => it.e).sort();
    let t0 = Infinity;
    let t1 = -Infinity;
    for (const m of members) {
      t0 = Math.min(t0, prepared.a0[m] as number);
      t1 = Math.max(t1, prepared.a1[m] as number);
    }
    out.clusters.push({
      key: keyOf(prepared, lane, members[0] as number),
      lane,
      x0: group.box[0],
      x1: group.box[1],
      y0: y - G.clusterRow / 2 + 1,
      y1: y + G.clusterRow / 2 - 1,
      members,
      t0,
      t1,
    });
  }
}

/**
 * Return the label of a lone event the cluster row has no room for while the lane has nothing
 * labelled in view to cluster it with: its title wrapped across the chart's width in the lane's
 * empty rows just above its symbol; null when even those rows cannot hold it.
 */
function labelAbove(
  prepared: PreparedTimeline,
  lane: number,
  item: RowItem,
  frame: LaneFrame,
  out: Pick<ReturnType<typeof emptyOut>, 'marks' | 'wanted'>,
): LabelMark | null {
  const chars = Math.floor((frame.width - 8) / textWidth(1));
  if (frame.only && !frame.only.has(item.e)) return null;
  prepared.reads?.add(item.e);
  const title = titleOf(prepared, item.e, out);
  if (title === null) return null;
  const { marks } = out;
  const lines = wrapTitle(title, chars);
  if (lines.length > frame.lines) return null;
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.length);
  const w = textWidth(longest);
  const x = Math.max(0, Math.min(item.x - G.pointR, frame.width - w));
  const y0 = frame.top + (frame.lines - lines.length) * G.line;
  const y1 = y0 + lines.length * G.line;
  const clash = marks.some(
    (m) =>
      m.lane === lane &&
      m.y > y0 &&
      m.y < y1 &&
      m.x0 - G.tail - G.gap < x + w &&
      x < m.x1 + G.tail + G.gap,
  );
  if (clash) return null;
  return {
    key: keyOf(prepared, lane, item.e),
    event: item.e,
    x,
    y: y0 + G.line / 2,
    lines,
    anchor: 'start',
    bullet: null,
    bulletX: null,
    box: [x, y0, x + w, y1],
  };
}

/** Return the place a drawn mark asks for, as the lane's loop first saw it. */
function markToItem(mark: EventMark): Item {
  return {
    e: mark.event,
    x: mark.x,
    x0: mark.x0,
    x1: mark.x1,
    point: mark.shape === 'point',
    tailL: mark.open === 'before' ? G.tail : 0,
    tailR: mark.open === 'after' ? G.tail : 0,
  };
}

function toMark(
  prepared: PreparedTimeline,
  lane: number,
  item: Item,
  y: number,
  today: number | null,
): EventMark {
  const event = prepared.events[item.e]!;
  const half = G.pointR;
  const interval = event.span === 'interval';
  return {
    key: keyOf(prepared, lane, item.e),
    event: item.e,
    lane,
    shape: item.point ? 'point' : 'span',
    span: prepared.day[item.e] === 1 ? null : interval ? 'interval' : 'somewhere',
    group: kindGroupOf(event.kind),
    x: item.x,
    x0: item.point ? item.x - half : item.x0,
    x1: item.point ? item.x + half : item.x1,
    y,
    open: OPEN[prepared.open[item.e] as number] ?? null,
    dashed: event.qualifier !== 'exact',
    status: event.status,
    overdue:
      event.status === 'scheduled' && today !== null && (prepared.a1[item.e] as number) <= today,
    linked: prepared.linked ? prepared.linked[item.e] === 1 : linksInChart(prepared, event),
  };
}
