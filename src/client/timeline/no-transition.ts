// Stands in for d3-transition, which d3-zoom imports only to animate zooms and to interrupt them.
// The timeline animates its own zooms (one tween of the visible domain, in mount.ts) and sets
// the zoom's duration to 0, so it never asks for a transition; this saves d3-transition and the
// colour interpolation it brings (about 4 KB gzipped of the 30 KB budget). Aliased in
// astro.config.mjs and src/site/embed-bundle.ts.
import { selection } from 'd3-selection';

/** Interrupt the transitions of a node: there are none. */
export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
  this: unknown,
) {
  return this;
};
