/** Main-thread CPU time from a Chromium trace: top-level tasks of the page's renderer between two marks. */

/** One event of a Chrome trace (the Trace Event Format), the fields used here. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
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

/**
 * Return the main-thread CPU time (ms) of a thread between two times (µs): the thread time
 * (`tdur`) of its outermost top-level tasks, a task cut by the window counted in proportion.
 * CPU rather than wall time: on a shared machine a task's wall time also counts waiting for a
 * core (a 1,000-event case page read 440–510 ms busy and 137–170 ms CPU at load 6). A task the
 * trace gives no thread time counts its wall time.
 */
export function mainThreadMs(
  events: readonly TraceEvent[],
  thread: TraceThread,
  from = -Infinity,
  to = Infinity,
): number {
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        TASKS.has(e.name) &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        typeof e.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let total = 0;
  let end = -Infinity;
  for (const task of tasks) {
    const dur = task.dur!;
    // Nested in the task before (RunTask inside ThreadControllerImpl::RunTask): counted there.
    if (task.ts + dur <= end) continue;
    end = task.ts + dur;
    const inside = Math.min(task.ts + dur, to) - Math.max(task.ts, from);
    if (inside <= 0) continue;
    const cpu = typeof task.tdur === 'number' ? task.tdur : dur;
    total += dur === 0 ? cpu : (cpu * inside) / dur;
  }
  return total / 1000;
}

/** The trace categories these figures need: top-level tasks and user-timing marks. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
];
