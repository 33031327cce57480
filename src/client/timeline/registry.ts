import type { TimelineHandle } from './mount';

// Module state shared by the page's scripts: each Astro script is its own module, but they import
// this one module, so the timeline's script and the case search meet here without a global.
const handles = new WeakMap<Element, TimelineHandle>();
const waiting = new WeakMap<Element, ((handle: TimelineHandle) => void)[]>();

/** Record the handle of a timeline mounted on `figure`, and hand it to whoever waits for it. */
export function registerTimeline(figure: Element, handle: TimelineHandle): void {
  handles.set(figure, handle);
  for (const callback of waiting.get(figure) ?? []) callback(handle);
  waiting.delete(figure);
}

/**
 * Call `callback` with the handle of the timeline on `figure`: now when it is mounted, else once
 * it is (never, when the chart could not start and stays static).
 */
export function withTimeline(figure: Element, callback: (handle: TimelineHandle) => void): void {
  const handle = handles.get(figure);
  if (handle) return callback(handle);
  waiting.set(figure, [...(waiting.get(figure) ?? []), callback]);
}
