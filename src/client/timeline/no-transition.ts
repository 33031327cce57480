// Stands in for d3-transition and d3-interpolate, which d3-zoom imports only to animate zooms and
// to interrupt them. The timeline animates its own zooms (one tween of the visible domain, in
// mount.ts) and sets the zoom's duration to 0, so it never asks for a transition; this saves
// d3-transition, and d3-interpolate with the d3-color it brings (their bundled files cannot be
// tree-shaken: about 9 KB gzipped of the 30 and 35 KB budgets). Aliased in astro.config.mjs and
// src/site/embed-bundle.ts; tests/unit/timeline/bundle.test.ts checks neither comes back.
import { selection } from 'd3-selection';

/** Interrupt the transitions of a node: there are none. */
export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
  this: unknown,
) {
  return this;
};

/**
 * d3-zoom's default interpolator, used only by transitions of the zoom, which the timeline never
 * starts (its zoom duration is 0). Should a future change start one, this says so at once.
 */
export function interpolateZoom(): never {
  throw new Error('the timeline zooms without d3 transitions; set zoom.duration(0)');
}
