/** Sizes of the timeline's marks and rows, in CSS pixels (the live chart draws one unit per pixel). */
export const GEOMETRY = {
  /** Radius of a day's symbol. */
  pointR: 6,
  /** Spans narrower than this are drawn as a symbol at their middle. */
  bandMinPx: 14,
  /** Spans shorter than this are labelled beside, not inside: their label would cross their edge. */
  besideSpan: 48,
  /** Length of the open side of "on or before" / "on or after". */
  tail: 18,
  /** Clear space between two boxes in a row. */
  gap: 6,
  /** One line of label text; rows are whole lines. */
  line: 16,
  /** Height of the row of clusters at the bottom of a lane. */
  clusterRow: 26,
  /** Width of a clustering cell: hidden events in one cell form one cluster. */
  cell: 44,
  /** Narrowest cluster box (a 24 px target with room for "99"). */
  clusterMin: 30,
  laneTitle: 18,
  laneGap: 8,
  top: 8,
  axis: 26,
  labelFont: 12,
  /** Width of a label character as a share of the font size; generous, so labels never collide. */
  charEm: 0.6,
  /** Smallest side of a mark's hit area (WCAG 2.2, 2.5.8). */
  hit: 24,
} as const;

/** Return the most lines a lane may grow to: fewer when there are many lanes. */
export function maxLinesPerLane(laneCount: number, width = 1040): number {
  // A narrow chart stacks labels rather than spreading them: it may grow taller.
  if (laneCount <= 1) return width < 560 ? 28 : 18;
  if (laneCount <= 2) return 9;
  if (laneCount <= 4) return 5;
  return 3;
}

/** Return how many characters a label line may hold in a chart of this width. */
export function labelChars(width: number): number {
  const px = Math.max(150, Math.min(300, width * 0.58));
  return Math.floor(px / (GEOMETRY.labelFont * GEOMETRY.charEm));
}

/** Return the width in pixels a line of label text takes (an upper bound). */
export function textWidth(chars: number, fontPx: number = GEOMETRY.labelFont): number {
  return chars * fontPx * GEOMETRY.charEm;
}

const wrapped = new Map<string, string[]>();

/**
 * Return a title broken into lines of at most `chars` characters, at spaces where it can; a word
 * longer than a line is cut. Cached: layout runs on every zoom frame.
 */
export function wrapTitle(title: string, chars: number): string[] {
  const key = `${chars}\u0000${title}`;
  const hit = wrapped.get(key);
  if (hit) return hit;
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > chars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, chars));
      w = w.slice(chars);
    }
    if (!w) continue;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= chars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  if (wrapped.size > 20_000) wrapped.clear();
  wrapped.set(key, lines);
  return lines;
}

/** Return a label cut to a width (with an ellipsis), or null when too little of it would fit. */
export function fitLabel(
  text: string,
  widthPx: number,
  fontPx: number = GEOMETRY.labelFont,
): string | null {
  const max = Math.floor(widthPx / (fontPx * GEOMETRY.charEm));
  if (text.length <= max) return text;
  if (max < 6) return null;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
