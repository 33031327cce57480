import type { TimelineEvent } from './types';

/** One bar of a big timeline's overview: a year (or decade) and how many events it holds. */
export interface YearCount {
  /** The first year the bar covers. */
  year: number;
  /** How many years it covers: 1, or 10 for a decade. */
  years: number;
  count: number;
}

/** Return the page listing a bar's events, if any. */
export type BarHref = (bar: YearCount) => string | undefined;

/** How many of its latest events a big case's page lists; its year pages list the rest. */
export const LATEST_LISTED = 50;

/** Years beyond this many are drawn as decades, so the overview keeps bars wide enough to hit. */
export const MAX_YEAR_BARS = 60;

/** Return the year an event is filed under: the year of its known start, else of its known end. */
export function yearOfTimelineEvent(event: Pick<TimelineEvent, 'start' | 'end' | 'id'>): number {
  const day = event.start ?? event.end;
  if (!day) throw new Error(`event "${event.id}": expected a start or an end day`);
  return Number(day.slice(0, 4));
}

/**
 * Count events per year from the first year to the last, empty years included (a gap in a case
 * is a fact worth seeing); over {@link MAX_YEAR_BARS} years, per decade instead.
 */
export function countByYear(years: readonly number[]): YearCount[] {
  if (years.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of years) {
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const step = hi - lo + 1 > MAX_YEAR_BARS ? 10 : 1;
  const first = Math.floor(lo / step) * step;
  const bars: YearCount[] = [];
  for (let year = first; year <= hi; year += step) bars.push({ year, years: step, count: 0 });
  for (const y of years) bars[Math.floor((y - first) / step)]!.count++;
  return bars;
}

/** Group items by year, in the order given (date order stays date order), years ascending. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const list = groups.get(year);
    if (list) list.push(item);
    else groups.set(year, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}

/** Return the first year of a bar (a year or a decade) that has a page, if any. */
export function firstYearIn(bar: YearCount, years: Iterable<number>): number | undefined {
  let found: number | undefined;
  for (const y of years)
    if (y >= bar.year && y < bar.year + bar.years && (found === undefined || y < found)) found = y;
  return found;
}
