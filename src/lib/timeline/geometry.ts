/** Sizes of the timeline's marks and rows, in pixels of the SVG's coordinate system. */
export const GEOMETRY = {
  /** Radius of a day's point. */
  pointR: 5,
  /** Height of a short month or year bar in the point row. */
  barH: 8,
  /** Widest a bar gets before its date is drawn as a band. */
  bandMinPx: 12,
  /** Height of a band. */
  bandH: 14,
  /** Length of the open side of "on or before" / "on or after". */
  tail: 14,
  /** Clear space between two marks in a row. */
  gap: 3,
  /** Width of a clustering cell: more events in a cell than fit become one counted marker. */
  cell: 36,
  /** Space a cluster leaves at each side of its cell, so neighbouring points never touch it. */
  cellPad: 7,
  bandRow: 18,
  pointRow: 20,
  laneTitle: 16,
  laneGap: 8,
  top: 6,
  axis: 26,
  labelFont: 12,
  /** Width of a label character as a share of the font size; generous, so labels never collide. */
  charEm: 0.6,
  minLabelChars: 6,
} as const;

/** How many band rows and point rows each lane gets; fewer when there are many lanes. */
export function rowsPerLane(laneCount: number): { bands: number; points: number } {
  if (laneCount <= 1) return { bands: 1, points: 4 };
  if (laneCount <= 2) return { bands: 2, points: 3 };
  if (laneCount <= 4) return { bands: 1, points: 2 };
  return { bands: 1, points: 1 };
}

/** Return the height of one lane. */
export function laneHeight(laneCount: number, titled: boolean): number {
  const { bands, points } = rowsPerLane(laneCount);
  return (
    (titled ? GEOMETRY.laneTitle : 0) +
    bands * GEOMETRY.bandRow +
    points * GEOMETRY.pointRow +
    GEOMETRY.laneGap
  );
}

/** Return the height of a timeline with this many lanes: it never changes with zoom. */
export function timelineHeight(laneCount: number, titled: boolean): number {
  return GEOMETRY.top + Math.max(laneCount, 1) * laneHeight(laneCount, titled) + GEOMETRY.axis;
}

/** Return a label cut to a width (with an ellipsis), or null when too little of it would fit. */
export function fitLabel(
  text: string,
  widthPx: number,
  fontPx: number = GEOMETRY.labelFont,
): string | null {
  const max = Math.floor(widthPx / (fontPx * GEOMETRY.charEm));
  if (text.length <= max) return text;
  if (max < GEOMETRY.minLabelChars) return null;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
