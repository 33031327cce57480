import { GEOMETRY as G, fitLabel } from './geometry';

/**
 * The point items of one lane, ordered by x, in flat arrays: this runs on every zoom frame over
 * every event, so it allocates nothing per event.
 */
export interface PointItems {
  n: number;
  /** Index of the event in the prepared list. */
  event: Int32Array;
  /** Centre, and the extent including an open side, in pixels. */
  x: Float64Array;
  left: Float64Array;
  right: Float64Array;
  /** 1 for a band that found no band row: it can only be shown inside a cluster. */
  forced: Uint8Array;
}

/**
 * Return empty point items with room for `capacity` events. The arrays are scratch space reused
 * from frame to frame (layout is synchronous), so zooming does not churn the garbage collector.
 */
export function createPointItems(capacity: number): PointItems {
  const s = scratch(capacity);
  return {
    n: 0,
    event: s.event,
    x: s.x,
    left: s.left,
    right: s.right,
    forced: s.forced.fill(0, 0, capacity),
  };
}

let pool: ReturnType<typeof allocate> | undefined;

function allocate(size: number) {
  return {
    size,
    event: new Int32Array(size),
    x: new Float64Array(size),
    left: new Float64Array(size),
    right: new Float64Array(size),
    forced: new Uint8Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    gLeft: new Float64Array(size),
    gRight: new Float64Array(size),
    cluster: new Uint8Array(size),
    cell: new Float64Array(size),
    row: new Int8Array(size),
  };
}

function scratch(capacity: number): ReturnType<typeof allocate> {
  if (!pool || pool.size < capacity) pool = allocate(Math.max(capacity, 64));
  return pool;
}

/**
 * Groups of consecutive items, one per cell (or a run of cells merged into a cluster):
 * items `start..end-1`, drawn one by one in `row[item]`, or as one cluster from `left` to `right`.
 */
export interface PointGroups {
  n: number;
  start: Int32Array;
  end: Int32Array;
  left: Float64Array;
  right: Float64Array;
  cluster: Uint8Array;
  cell: Float64Array;
  row: Int8Array;
}

/**
 * Pack point items into rows on a grid of cells anchored to a fixed time (`originX` is where
 * the epoch falls), so panning never regroups them. A cell whose items do not all fit beside
 * their neighbours becomes one cluster; a cluster absorbs earlier groups that reach into it, so
 * no two marks ever overlap and the number of marks is bounded by the width, not the events.
 */
export function packPoints(items: PointItems, rows: number, originX: number): PointGroups {
  const { n, x, left, right, forced } = items;
  const s = scratch(n);
  const groups: PointGroups = {
    n: 0,
    start: s.start,
    end: s.end,
    left: s.gLeft,
    right: s.gRight,
    cluster: s.cluster,
    cell: s.cell,
    row: s.row,
  };
  const ends = new Float64Array(rows).fill(-Infinity);
  const saved = new Float64Array(rows);
  let g = 0;
  let i = 0;
  while (i < n) {
    const cell = Math.floor(((x[i] as number) - originX) / G.cell);
    const cellStart = originX + cell * G.cell;
    const cellEnd = cellStart + G.cell;
    let j = i;
    while (j < n && (x[j] as number) < cellEnd) j++;
    if (j === i) j = i + 1;
    saved.set(ends);
    let fits = true;
    let minLeft = Infinity;
    let maxRight = -Infinity;
    for (let m = i; m < j && fits; m++) {
      const l = left[m] as number;
      let r = 0;
      while (r < rows && (ends[r] as number) + G.gap > l) r++;
      if (forced[m] || r === rows) fits = false;
      else {
        ends[r] = right[m] as number;
        groups.row[m] = r;
        if (l < minLeft) minLeft = l;
        if ((right[m] as number) > maxRight) maxRight = right[m] as number;
      }
    }
    let start = i;
    let groupCell = cell;
    if (fits) {
      [groups.left[g], groups.right[g]] = [minLeft, maxRight];
    } else {
      ends.set(saved);
      let l = cellStart + G.cellPad;
      const r = cellEnd - G.cellPad;
      while (g > 0 && (groups.right[g - 1] as number) + G.gap > l) {
        g--;
        start = groups.start[g] as number;
        groupCell = groups.cell[g] as number;
        l = Math.min(
          l,
          groups.cluster[g] ? (groups.left[g] as number) : originX + groupCell * G.cell + G.cellPad,
        );
      }
      for (let k = 0; k < rows; k++) ends[k] = Math.max(ends[k] as number, r);
      [groups.left[g], groups.right[g]] = [l, r];
    }
    groups.start[g] = start;
    groups.end[g] = j;
    groups.cluster[g] = fits ? 0 : 1;
    groups.cell[g] = groupCell;
    g++;
    i = j;
  }
  groups.n = g;
  return groups;
}

/** A label beside a placed item: after it (`start`), or before it (`end`) when only that side has room. */
export interface PlacedLabel {
  item: number;
  x: number;
  text: string;
  anchor: 'start' | 'end';
}

const labelWidth = (text: string) => text.length * G.labelFont * G.charEm;

/**
 * Return the labels of items drawn one by one in groups `from..to-1` (those in view) that have
 * room beside them in their row: after the mark up to the next mark or cluster, else before it
 * back to the previous one. A label is cut with an ellipsis or left out; none overlap.
 */
export function packLabels(
  items: PointItems,
  groups: PointGroups,
  range: { from: number; to: number },
  rows: number,
  width: number,
  titleOf: (event: number) => string,
): PlacedLabel[] {
  const limit = new Float64Array(rows).fill(width);
  const after = new Map<number, PlacedLabel>();
  for (let g = range.to - 1; g >= range.from; g--) {
    if (groups.cluster[g]) {
      for (let r = 0; r < rows; r++)
        limit[r] = Math.min(limit[r] as number, groups.left[g] as number);
      continue;
    }
    for (let m = (groups.end[g] as number) - 1; m >= (groups.start[g] as number); m--) {
      const row = groups.row[m] as number;
      const x = (items.right[m] as number) + 4;
      const text =
        (items.left[m] as number) >= 0
          ? fitLabel(titleOf(items.event[m] as number), (limit[row] as number) - G.gap * 2 - x)
          : null;
      if (text) after.set(m, { item: m, x, text, anchor: 'start' });
      limit[row] = items.left[m] as number;
    }
  }
  const reach = new Float64Array(rows);
  const labels: PlacedLabel[] = [];
  for (let g = range.from; g < range.to; g++) {
    if (groups.cluster[g]) {
      for (let r = 0; r < rows; r++)
        reach[r] = Math.max(reach[r] as number, groups.right[g] as number);
      continue;
    }
    for (let m = groups.start[g] as number; m < (groups.end[g] as number); m++) {
      const row = groups.row[m] as number;
      const right = after.get(m);
      if (right) {
        labels.push(right);
        reach[row] = right.x + labelWidth(right.text);
        continue;
      }
      const x = (items.left[m] as number) - 4;
      const room = x - G.gap * 2 - (reach[row] as number);
      const text =
        (items.right[m] as number) <= width
          ? fitLabel(titleOf(items.event[m] as number), room)
          : null;
      if (text) labels.push({ item: m, x, text, anchor: 'end' });
      reach[row] = items.right[m] as number;
    }
  }
  return labels;
}
