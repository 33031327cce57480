import { GEOMETRY as G } from './geometry';

/** An event with no room in its lane's rows, waiting for a place in the lane's cluster row. */
export interface RowItem {
  /** Index of the event in the prepared list. */
  e: number;
  /** Centre of its known part, in pixels. */
  x: number;
  /** Length of the open side drawn to the left ("on or before") and right ("on or after"). */
  tailL: number;
  tailR: number;
}

/** Where a lone event's title goes in the cluster row: after its symbol or before it. */
export interface RowLabel {
  /** Where the text starts (anchor start) or ends (anchor end). */
  x: number;
  anchor: 'start' | 'end';
  /** Left and right edge of the text. */
  box: [number, number];
}

/** One place in the cluster row: a lone event with its title, or a counted cluster of two or more. */
export interface RowGroup {
  items: RowItem[];
  /** Left and right edge of the symbol or the cluster's box, in pixels. */
  box: [number, number];
  /** The title of a lone event; null for a cluster. */
  label: RowLabel | null;
}

/** What came of packing a cluster row. */
export interface PackedRow {
  groups: RowGroup[];
  /**
   * A lone event whose title fits on neither side while it is the row's only place: the lane must
   * give up a labelled neighbour to cluster with it. Null when every lone event has its title.
   */
  stranded: RowItem | null;
}

/**
 * Pack a lane's hidden events (in order of x) into its cluster row. Events in one cell of a grid
 * anchored to a fixed time (`origin`, so panning does not regroup) form a cluster; a lone event
 * next to a cluster joins it; clusters whose boxes would touch merge. A lone event is drawn as its
 * own symbol with its full title beside it, after or before; when neither side has room it joins
 * its nearer neighbour, so no event in the row is left without a title or a list that names it,
 * and no cluster holds one event.
 */
export function packClusterRow(
  hidden: readonly RowItem[],
  origin: number,
  width: number,
  /** The width of an event's title on one line, in pixels (asked only of lone events). */
  labelWidth: (e: number) => number,
): PackedRow {
  const cellOf = (x: number) => Math.floor((x + origin) / G.cell);
  let groups: RowItem[][] = [];
  let lastCell = NaN;
  for (const item of hidden) {
    const cell = cellOf(item.x);
    const last = groups[groups.length - 1];
    if (last && cell === lastCell) last.push(item);
    else groups.push([item]);
    lastCell = cell;
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (group.length !== 1) continue;
    const cell = cellOf(group[0]!.x);
    const prev = groups[g - 1];
    const next = groups[g + 1];
    if (prev && prev.length > 0 && cellOf(prev[prev.length - 1]!.x) >= cell - 1) {
      prev.push(...group.splice(0));
    } else if (next && cellOf(next[0]!.x) <= cell + 1) {
      next.unshift(...group.splice(0));
    }
  }
  groups = groups.filter((group) => group.length > 0);
  // A cluster fills its cells (less a margin), so clusters of different cells never touch and
  // each stays over the time it holds; a lone event is its symbol.
  const clip = (box: [number, number]): [number, number] => [
    Math.max(box[0], 0),
    Math.min(box[1], width),
  ];
  const boxOf = (group: RowItem[]): [number, number] => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    if (group.length === 1)
      return [first.x - G.pointR - first.tailL, first.x + G.pointR + first.tailR];
    return clip([
      cellOf(first.x) * G.cell - origin + 2,
      (cellOf(last.x) + 1) * G.cell - origin - 2,
    ]);
  };
  // A cluster cut by an edge keeps at least its minimum width inside the chart, by joining its
  // neighbour if need be.
  for (let g = 0; g < groups.length; g++) {
    const [a, b] = boxOf(groups[g]!);
    if (groups[g]!.length < 2 || b - a >= G.clusterMin || groups.length < 2) continue;
    const into = g === 0 ? 1 : g - 1;
    if (into < g) groups[into]!.push(...groups[g]!);
    else groups[into]!.unshift(...groups[g]!);
    groups.splice(g, 1);
    g = -1;
  }
  const boxes = groups.map(boxOf);
  const labels: (RowLabel | null)[] = groups.map(() => null);
  /** Merge group g into group g - 1. */
  const mergeBack = (g: number) => {
    groups[g - 1]!.push(...groups[g]!);
    groups.splice(g, 1);
    boxes.splice(g, 1);
    labels.splice(g, 1);
    boxes[g - 1] = boxOf(groups[g - 1]!);
    labels[g - 1] = null;
  };
  // One pass left to right: merge boxes that touch, give each lone event its title, and fold a
  // lone event with no room for it into its nearer neighbour. A merge steps back, since the
  // places before it may have lost or gained room.
  for (let g = 0; g < groups.length; g++) {
    if (g > 0 && boxes[g]![0] < boxes[g - 1]![1] + 2) {
      mergeBack(g);
      g = Math.max(-1, g - 3);
      continue;
    }
    if (groups[g]!.length > 1) continue;
    const item = groups[g]![0]!;
    const [symL, symR] = boxes[g]!;
    const prevLabel = labels[g - 1];
    const before = Math.max(boxes[g - 1]?.[1] ?? 0, prevLabel?.box[1] ?? 0);
    const after = boxes[g + 1]?.[0] ?? width;
    const startX = symR + 5;
    const labelW = labelWidth(item.e);
    if (startX + labelW + G.gap <= after) {
      labels[g] = { x: startX, anchor: 'start', box: [startX, startX + labelW] };
      continue;
    }
    const endX = symL - 5;
    const floor = g === 0 ? 0 : before + G.gap;
    if (endX - labelW >= floor) {
      labels[g] = { x: endX, anchor: 'end', box: [endX - labelW, endX] };
      continue;
    }
    if (groups.length === 1)
      return { groups: [{ items: [item], box: boxes[0]!, label: null }], stranded: item };
    // Join the nearer neighbour: the gap to each, in pixels.
    const toPrev = g > 0 ? symL - boxes[g - 1]![1] : Infinity;
    const toNext = g + 1 < groups.length ? boxes[g + 1]![0] - symR : Infinity;
    const at = toPrev <= toNext ? g : g + 1;
    mergeBack(at);
    g = Math.max(-1, at - 3);
  }
  return {
    groups: groups.map((items, g) => ({ items, box: boxes[g]!, label: labels[g] ?? null })),
    stranded: null,
  };
}
