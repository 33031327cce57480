import { utcMs } from '../days';
import { DAY_MS, createTimeScale } from './time';
import type { Tick } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Width of one character of axis text, as a share of its font size; generous, never overlaps. */
const CHAR_EM = 0.62;
const TICK_FONT_PX = 12;
const TICK_GAP_PX = 14;

type Unit = 'day' | 'month' | 'year';

/** The tick steps, finest first; the first whose labels fit is used. */
const STEPS: { unit: Unit; step: number }[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((step) => ({
    unit: 'year' as const,
    step,
  })),
];

// 1970-01-05 was a Monday: weeks start on Mondays, as in most of Europe.
const MONDAY_OFFSET = 4;

function tickTimes(t0: number, t1: number, unit: Unit, step: number): number[] {
  const times: number[] = [];
  if (unit === 'day') {
    const offset = step === 7 ? MONDAY_OFFSET : 0;
    let day = Math.ceil((t0 / DAY_MS - offset) / step) * step + offset;
    for (; day * DAY_MS <= t1; day += step) times.push(day * DAY_MS);
    return times;
  }
  const start = new Date(t0);
  let y = start.getUTCFullYear();
  let m = unit === 'month' ? start.getUTCMonth() : 0;
  if (unit === 'year') y = Math.floor(y / step) * step;
  else m = Math.floor(m / step) * step;
  for (;;) {
    const t = utcMs(y, m + 1, 1);
    if (t > t1) return times;
    if (t >= t0) times.push(t);
    if (unit === 'year') y += step;
    else {
      m += step;
      if (m >= 12) [y, m] = [y + 1, m - 12];
    }
  }
}

function tickLabel(t: number, unit: Unit, first: boolean): string {
  const date = new Date(t);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (unit === 'year') return y < 0 ? `${-y} BCE` : String(y);
  if (unit === 'month')
    return first ? `${MONTHS[m]} ${y}` : m === 0 ? String(y) : (MONTHS[m] as string);
  return first || (m === 0 && d === 1) ? `${d} ${MONTHS[m]} ${y}` : `${d} ${MONTHS[m]}`;
}

function widestLabel(unit: Unit): number {
  // "23 May 2025" / "May 2025" / "2025": the first tick carries the year as context.
  // Only the first tick carries the year; the others are "14 Mar", "Jun", "1850".
  const chars = unit === 'day' ? 7 : unit === 'month' ? 5 : 6;
  return chars * CHAR_EM * TICK_FONT_PX;
}

/**
 * Return axis ticks for a time domain (ms) drawn across a width (px): days, weeks, months,
 * quarters or years, whichever is finest while every label still fits beside its neighbours.
 */
export function timeTicks(domain: readonly [number, number], width: number): Tick[] {
  const [t0, t1] = domain;
  if (!(t1 > t0) || !(width > 0)) return [];
  const x = createTimeScale(domain, [0, width]);
  for (const { unit, step } of STEPS) {
    const approxStepMs =
      (unit === 'day' ? step : unit === 'month' ? step * 30.44 : step * 365.25) * DAY_MS;
    if ((approxStepMs / (t1 - t0)) * width < widestLabel(unit) + TICK_GAP_PX) continue;
    // Labels start at their tick; one that would run off the right edge is left blank.
    // Left to right, a label is kept only clear of the one before it and of the right edge;
    // the first (which carries the year) wins over its neighbour.
    let reach = -Infinity;
    return tickTimes(t0, t1, unit, step).map((t, i) => {
      const label = tickLabel(t, unit, i === 0);
      const end = x(t) + label.length * CHAR_EM * TICK_FONT_PX;
      const fits = x(t) >= reach + 4 && end + 4 <= width;
      if (fits) reach = end;
      return { x: x(t), label: fits ? label : '' };
    });
  }
  return [];
}
