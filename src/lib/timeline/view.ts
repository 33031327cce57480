// The view as a value: a time domain. Zoom, centre, fit and cluster opening are functions of
// it; the browser only turns domains into d3-zoom transforms and draws.
import { DAY_MS } from './time';
import type { ClusterMark, TimelineLayout } from './types';

/** A visible time span, in ms. */
export type Domain = readonly [number, number];

/** The narrowest span one can zoom into. */
export const MIN_VISIBLE_MS = 3 * DAY_MS;

/** Return a domain no narrower than the minimum and no wider than, nor outside, the extent. */
export function clampDomain(domain: Domain, extent: Domain): [number, number] {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(Math.min(MIN_VISIBLE_MS, full), domain[1] - domain[0]));
  const start = Math.max(extent[0], Math.min(extent[1] - span, domain[0]));
  return [start, start + span];
}

/**
 * Return where + and − zoom around, in pixels: the selected event when it is in view, else the
 * middle of the events in view; null when nothing is in view (zooming in then would only show
 * more empty time).
 */
export function zoomAnchor(layout: TimelineLayout, selectedX: number | null): number | null {
  if (selectedX !== null && selectedX >= 0 && selectedX <= layout.width) return selectedX;
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of layout.marks) {
    if (m.x < 0 || m.x > layout.width) continue;
    lo = Math.min(lo, m.x);
    hi = Math.max(hi, m.x);
  }
  for (const c of layout.clusters) {
    lo = Math.min(lo, (c.x0 + c.x1) / 2);
    hi = Math.max(hi, (c.x0 + c.x1) / 2);
  }
  return lo <= hi ? (lo + hi) / 2 : null;
}

/** Return the domain after zooming by a factor (> 1 zooms in) around a pixel that stays put. */
export function zoomDomain(
  domain: Domain,
  width: number,
  anchorX: number,
  factor: number,
  extent: Domain,
): [number, number] {
  const [d0, d1] = domain;
  const t = d0 + (anchorX / width) * (d1 - d0);
  const span = (d1 - d0) / factor;
  return clampDomain([t - (anchorX / width) * span, t - (anchorX / width) * span + span], extent);
}

/** Return the domain of the same width with a time in its middle (as far as the extent allows). */
export function centreDomain(domain: Domain, t: number, extent: Domain): [number, number] {
  const half = (domain[1] - domain[0]) / 2;
  return clampDomain([t - half, t + half], extent);
}

/** Return whether a time is comfortably inside a domain (not in its outer 5 %). */
export function isWellInView(domain: Domain, t: number): boolean {
  const margin = (domain[1] - domain[0]) * 0.05;
  return t >= domain[0] + margin && t <= domain[1] - margin;
}

/** Return a domain that shows a cluster's members with some room around them. */
export function clusterDomain(
  cluster: Pick<ClusterMark, 't0' | 't1'>,
  extent: Domain,
): [number, number] {
  const pad = Math.max((cluster.t1 - cluster.t0) * 0.15, DAY_MS);
  return clampDomain([cluster.t0 - pad, cluster.t1 + pad], extent);
}

/** Return the cluster of a layout holding an event, found by data (its members), not the DOM. */
export function clusterOf(layout: TimelineLayout, event: number): ClusterMark | null {
  return layout.clusters.find((c) => c.members.includes(event)) ?? null;
}

/** Return the cluster with a key, if it is still drawn. */
export function clusterByKey(layout: TimelineLayout, key: string): ClusterMark | null {
  return layout.clusters.find((c) => c.key === key) ?? null;
}

/** Return a d3-zoom transform (scale k, translation x) that shows a domain, for a base scale over the extent. */
export function domainToTransform(
  domain: Domain,
  extent: Domain,
  width: number,
): { k: number; x: number } {
  const k = (extent[1] - extent[0]) / (domain[1] - domain[0]);
  const base = ((domain[0] - extent[0]) / (extent[1] - extent[0])) * width;
  return { k, x: -base * k };
}

/** Return the domain the edge button "n earlier" / "n later" leads to: the nearest events on that side. */
export function edgeDomain(
  domain: Domain,
  side: 'before' | 'after',
  times: { a0: Float64Array; a1: Float64Array },
  extent: Domain,
): [number, number] {
  let t = side === 'before' ? -Infinity : Infinity;
  for (let e = 0; e < times.a0.length; e++) {
    const mid = ((times.a0[e] as number) + (times.a1[e] as number)) / 2;
    if (side === 'before' && (times.a1[e] as number) <= domain[0]) t = Math.max(t, mid);
    if (side === 'after' && (times.a0[e] as number) >= domain[1]) t = Math.min(t, mid);
  }
  return Number.isFinite(t) ? centreDomain(domain, t, extent) : clampDomain(domain, extent);
}
