/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Return the days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Return the UTC midnight (ms) of an ISO day `YYYY-MM-DD`. */
export function dayToMs(day: string): number {
  // Parsed by hand: 10,000 events are read on the main thread before the first frame.
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-')
    throw new Error(`expected an ISO day YYYY-MM-DD, found "${day}"`);
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31))
    throw new Error(`expected an ISO day YYYY-MM-DD, found "${day}"`);
  return daysFromCivil(y, m, d) * 86_400_000;
}

/** Return the ISO day `YYYY-MM-DD` of a time (ms, UTC). */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A linear map from time (ms) to pixels with the methods d3-zoom's `rescaleX` needs. */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  domain(): [number, number];
  domain(d: readonly number[]): TimeScale;
  range(): [number, number];
  range(r: readonly number[]): TimeScale;
  copy(): TimeScale;
}

/**
 * Make a linear time scale. It mirrors d3-scale's scaleLinear for the four methods d3-zoom and
 * the layout use; d3-scale itself would add d3-format and d3-array to the browser bundle (4.5 KB
 * gzipped) for tick formatting the layout already does.
 */
export function createTimeScale(domain: readonly number[], range: readonly number[]): TimeScale {
  let [d0, d1] = [domain[0] ?? 0, domain[1] ?? 1];
  let [r0, r1] = [range[0] ?? 0, range[1] ?? 1];
  const scale = ((t: number) => r0 + ((t - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (x: number) => d0 + ((x - r0) / (r1 - r0)) * (d1 - d0);
  scale.domain = ((d?: readonly number[]) => {
    if (!d) return [d0, d1];
    [d0, d1] = [Number(d[0]), Number(d[1])];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    [r0, r1] = [Number(r[0]), Number(r[1])];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => createTimeScale([d0, d1], [r0, r1]);
  return scale;
}
