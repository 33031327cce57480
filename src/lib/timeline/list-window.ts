import { formatCount } from '../labels';
// The widget's event list shows the events in the chart's view, a page at a time: a list of
// every event of a 10,000-event case would be 70,000 DOM nodes. These are the pure sums; the
// widget (src/embed/event-list.ts) wires them to the chart and the list's buttons.

/** What the list shows: positions `start…end` (exclusive) of the events in view, and how many lie before and after. */
export interface ListWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * Return the indices, in date order, of the events whose known time `[a0, a1)` meets a domain:
 * a month or a year meets every view inside it, as it is drawn across the whole span.
 */
export function eventsInView(
  a0: ArrayLike<number>,
  a1: ArrayLike<number>,
  domain: readonly [number, number],
): number[] {
  const [d0, d1] = domain;
  const inside: number[] = [];
  for (let i = 0; i < a0.length; i++) if (a1[i]! > d0 && a0[i]! < d1) inside.push(i);
  return inside;
}

/**
 * Return the page of at most `cap` of `count` events in view the list shows: the first page, or
 * the page around `anchor` (the position of a selected event) when it lies beyond the first.
 */
export function listWindow(count: number, cap: number, anchor: number | null = null): ListWindow {
  const start =
    anchor !== null && anchor >= cap && anchor < count
      ? Math.max(0, Math.min(anchor - Math.floor(cap / 2), count - cap))
      : 0;
  const end = Math.min(count, start + cap);
  return { start, end, before: start, after: count - end };
}

/** Return the page of `cap` events before or after a window, within `count` events. */
export function pageWindow(
  window: Pick<ListWindow, 'start' | 'end'>,
  count: number,
  cap: number,
  side: 'earlier' | 'later',
): ListWindow {
  const start = side === 'earlier' ? Math.max(0, window.start - cap) : Math.min(window.end, count);
  const end =
    side === 'earlier' ? Math.min(window.start, count) : Math.min(count, window.end + cap);
  return { start, end, before: start, after: count - end };
}

const n = formatCount;

/**
 * Return the list's status line (read out by screen readers when it changes): which events it
 * shows of those in the chart's view, and of the whole case. Empty when it lists every event.
 */
export function listStatus(window: ListWindow, inView: number, total: number): string {
  const { start, end } = window;
  const all = inView === total ? '' : ` (${n(total)} in all)`;
  if (inView === 0) return `No events in the chart’s view (${n(total)} in all).`;
  if (start === 0 && end === inView)
    return all ? `The ${n(inView)} event${inView === 1 ? '' : 's'} in the chart’s view${all}.` : '';
  return inView === total
    ? `Events ${n(start + 1)}–${n(end)} of ${n(total)}.`
    : `Events ${n(start + 1)}–${n(end)} of the ${n(inView)} in the chart’s view${all}.`;
}
