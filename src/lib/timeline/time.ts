// Days and their times live in src/lib/days.ts; the timeline's modules import them from here.
export { DAY_MS, dayToMs, msToDay } from '../days';

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
