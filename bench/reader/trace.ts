/** Main-thread time from a Chromium trace: top-level tasks of the page's renderer between two marks. */

/** One event of a Chrome trace (the Trace Event Format), the fields used here. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** A thread of a trace. */
export interface TraceThread {
  pid: number;
  tid: number;
}

// A top-level task of a Chromium thread: everything the thread did runs inside one of these.
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Return the time in ms covered by some intervals (µs) between `from` and `to` (µs), overlaps counted once. */
export function busyMs(
  intervals: readonly { ts: number; dur: number }[],
  from = -Infinity,
  to = Infinity,
): number {
  const clipped = intervals
    .map(({ ts, dur }) => [Math.max(ts, from), Math.min(ts + dur, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

const isMark = (e: TraceEvent, name: string) =>
  e.name === name && e.cat.split(',').includes('blink.user_timing');

/** Return the thread and time (µs) of a `performance.mark(name)`; fail when the trace has none. */
export function findMark(
  events: readonly TraceEvent[],
  name: string,
): TraceThread & { ts: number } {
  const mark = events.find((e) => isMark(e, name));
  if (!mark)
    throw new Error(
      `bench: the trace has no performance mark "${name}": the page never reached that point, or the trace lacks the blink.user_timing category`,
    );
  return { pid: mark.pid, tid: mark.tid, ts: mark.ts };
}

/** Return the time (µs) of the last mark of this name on a thread at or before `until`, or null. */
export function lastMarkBefore(
  events: readonly TraceEvent[],
  name: string,
  thread: TraceThread,
  until = Infinity,
): number | null {
  let found: number | null = null;
  for (const e of events)
    if (isMark(e, name) && e.pid === thread.pid && e.tid === thread.tid && e.ts <= until)
      found = found === null ? e.ts : Math.max(found, e.ts);
  return found;
}

/** Return the main-thread busy time (ms) of a thread between two times (µs): the union of its top-level tasks. */
export function mainThreadMs(
  events: readonly TraceEvent[],
  thread: TraceThread,
  from = -Infinity,
  to = Infinity,
): number {
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      TASKS.has(e.name) &&
      e.pid === thread.pid &&
      e.tid === thread.tid &&
      typeof e.dur === 'number',
  ) as { ts: number; dur: number }[];
  return busyMs(tasks, from, to);
}

/** The trace categories these figures need: top-level tasks and user-timing marks. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
];
