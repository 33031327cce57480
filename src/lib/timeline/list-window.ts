// The widget's event list shows the events in the chart's view, a page at a time: a list of
// every event of a 10,000-event case would be 70,000 DOM nodes. These are the pure sums; the
// widget (src/embed/event-list.ts) wires them to the chart and the page's buttons.

/** The events in view, as a range of indices into the date-ordered events, and how many. */
export interface ViewRange {
  /** The first and one past the last event in view; equal (where the view sits) when none is. */
  first: number;
  end: number;
  count: number;
}

/** What the list shows: events `start…end` (exclusive) and how many lie before and after. */
export interface ListWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * Return the events whose known time `[a0, a1)` meets a domain, as the index range from the
 * first to the last of them. With none in view, the range is empty at the first event after it.
 */
export function viewRange(
  a0: ArrayLike<number>,
  a1: ArrayLike<number>,
  domain: readonly [number, number],
): ViewRange {
  const [d0, d1] = domain;
  let first = -1;
  let last = -1;
  let count = 0;
  let after = a0.length;
  for (let i = 0; i < a0.length; i++) {
    const lo = a0[i]!;
    if (a1[i]! > d0 && lo < d1) {
      if (first < 0) first = i;
      last = i;
      count++;
    } else if (lo >= d1 && after === a0.length) after = i;
  }
  return first < 0 ? { first: after, end: after, count: 0 } : { first, end: last + 1, count };
}

/**
 * Return the page of at most `cap` events the list shows for a view: from the first event in
 * view, or around `anchor` (a selected event) when that lies in view beyond the first page.
 */
export function listWindow(
  view: Pick<ViewRange, 'first' | 'end'>,
  total: number,
  cap: number,
  anchor: number | null = null,
): ListWindow {
  let start = view.first;
  if (anchor !== null && anchor >= view.first && anchor < view.end && anchor >= start + cap)
    start = Math.max(view.first, Math.min(anchor - Math.floor(cap / 2), view.end - cap));
  const end = Math.min(view.end, start + cap);
  return { start, end, before: start, after: total - end };
}

/** Return the next page of `cap` events before or after a window, within `total`. */
export function pageWindow(
  window: Pick<ListWindow, 'start' | 'end'>,
  total: number,
  cap: number,
  side: 'earlier' | 'later',
): ListWindow {
  const start = side === 'earlier' ? Math.max(0, window.start - cap) : Math.min(window.end, total);
  const end = side === 'earlier' ? window.start : Math.min(total, window.end + cap);
  return { start, end, before: start, after: total - end };
}

const count = (n: number) => n.toLocaleString('en');

/**
 * Return the list's status line (read out by screen readers when it changes): which events it
 * shows of how many, and how many the chart has in view. Empty when it shows every event.
 */
export function listStatus(window: ListWindow, total: number, inView: number): string {
  const { start, end } = window;
  if (start === 0 && end === total) return '';
  const shown =
    end > start
      ? `Events ${count(start + 1)}–${count(end)} of ${count(total)}`
      : `No events listed of ${count(total)}`;
  return `${shown}; ${inView === 0 ? 'none' : count(inView)} in the chart’s view.`;
}
