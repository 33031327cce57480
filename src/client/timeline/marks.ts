import { GEOMETRY as G } from '../../lib/timeline/geometry';
import { KIND_STYLE, symbolPath, type KindGroup } from '../../lib/timeline/kinds';
import type { EventMark } from '../../lib/timeline/types';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Return the SVG path of a mark's own shape: its kind's symbol on its day, the known end of an open date, or nothing for a span. */
export function markPath(mark: EventMark): string {
  const { x, y } = mark;
  if (mark.shape === 'span') return '';
  if (mark.open && mark.span === null) {
    // "On or before 23 May": a bracket closing on the known day; no dot claims the day itself.
    const d = mark.open === 'before' ? -1 : 1;
    return `M${r1(x + d * 4)},${r1(y - 7)}H${r1(x)}V${r1(y + 7)}H${r1(x + d * 4)}`;
  }
  return symbolPath(KIND_STYLE[mark.group].shape, x, y, G.pointR);
}

/** Return the SVG path of the box a span covers: a real interval, or "somewhere in" a month or year. */
export function spanPath(mark: EventMark): string {
  if (mark.span === null) return '';
  // A span is a line's height less a pixel, so the title it holds sits inside it, clear of its edges.
  const h = mark.shape === 'point' ? 4 : (G.line - 1) / 2;
  const [x0, x1] =
    mark.shape === 'point'
      ? [mark.x - G.bandMinPx / 2, mark.x + G.bandMinPx / 2]
      : [mark.x0, mark.x1];
  const y = mark.y;
  if (mark.shape === 'point' && mark.span === 'somewhere') return '';
  return `M${r1(x0)},${r1(y - h)}H${r1(x1)}V${r1(y + h)}H${r1(x0)}Z`;
}

/** Return the SVG path of the open side of "on or before" / "on or after": a fading line and a chevron. */
export function tailPath(mark: EventMark): string {
  if (!mark.open) return '';
  const dir = mark.open === 'before' ? -1 : 1;
  const from = r1(mark.open === 'before' ? mark.x0 - 1 : mark.x1 + 1);
  const to = r1(from + dir * (G.tail - 2));
  const y = r1(mark.y);
  return `M${from},${y}H${to}M${r1(to - dir * 4)},${r1(y - 4)}L${to},${y}L${r1(to - dir * 4)},${r1(y + 4)}`;
}

/** Return the slash across a mark whose event will not happen as dated: cancelled, or scheduled for a date that passed without a report. */
export function overduePath(mark: EventMark): string {
  if (!mark.overdue && mark.status !== 'cancelled') return '';
  const { x, y } = mark;
  return `M${r1(x - 8)},${r1(y + 8)}L${r1(x + 8)},${r1(y - 8)}`;
}

/** Return the hit area of a mark: its drawn extent, grown to at least 24 × 24 px. */
export function hitBox(mark: EventMark): [x: number, y: number, w: number, h: number] {
  const left = mark.x0 - (mark.open === 'before' ? G.tail : 0);
  const right = mark.x1 + (mark.open === 'after' ? G.tail : 0);
  const w = Math.max(G.hit, right - left);
  const cx = (left + right) / 2;
  return [r1(cx - w / 2), r1(mark.y - G.hit / 2), r1(w), G.hit];
}

/** Return the path of a kind's symbol used as a bullet before a label. */
export function bulletPath(group: KindGroup, x: number, y: number): string {
  return symbolPath(KIND_STYLE[group].shape, x, y, 5);
}
