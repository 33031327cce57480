import { describe, expect, test } from 'vitest';
import { findMark, lastMarkBefore, mainThreadMs, type TraceEvent } from '../reader/trace';

const MAIN = { pid: 10, tid: 11 };
const task = (ts: number, dur: number, where = MAIN, name = 'RunTask'): TraceEvent => ({
  name,
  cat: 'disabled-by-default-devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...where,
});
const mark = (name: string, ts: number, where = MAIN): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  ...where,
});

describe('mainThreadMs', () => {
  const events = [
    task(0, 2000),
    task(0, 1900, MAIN, 'ThreadControllerImpl::RunTask'),
    task(3000, 1000),
    task(3000, 50_000, { pid: 10, tid: 99 }),
    task(3000, 50_000, { pid: 20, tid: 11 }),
    { ...task(6000, 1000), name: 'Layout' },
    { ...task(7000, 1000), ph: 'B' },
  ];
  test.each([
    ['counts only top-level tasks of the thread', -Infinity, Infinity, 3],
    ['between two times', 1000, 3500, 1.5],
    ['nothing before the window', 10_000, 20_000, 0],
  ])('%s', (_, from, to, ms) => {
    expect(mainThreadMs(events, MAIN, from, to)).toBeCloseTo(ms, 6);
  });

  // A task that waited for a core: 4 ms of wall time, 1 ms on the CPU.
  const waited = [
    { ...task(0, 4000, MAIN, 'ThreadControllerImpl::RunTask'), tdur: 1000 },
    { ...task(0, 4000), tdur: 990 },
    { ...task(5000, 2000), tdur: 2000 },
  ];
  test.each([
    ['counts CPU, not waiting, and an outer task once', -Infinity, Infinity, 3],
    ['a task cut by the window in proportion', 2000, 6000, 1.5],
  ])('%s', (_, from, to, ms) => {
    expect(mainThreadMs(waited, MAIN, from, to)).toBeCloseTo(ms, 6);
  });
});

describe('findMark', () => {
  test('finds the thread and time of a performance mark', () => {
    const events = [task(0, 10), mark('ct-live', 500, { pid: 3, tid: 4 })];
    expect(findMark(events, 'ct-live')).toEqual({ pid: 3, tid: 4, ts: 500 });
  });
  test('says which mark is missing', () => {
    expect(() => findMark([task(0, 10)], 'ct-live')).toThrow(/no performance mark "ct-live"/);
  });
});

describe('lastMarkBefore', () => {
  const events = [
    mark('navigationStart', 100),
    mark('navigationStart', 900),
    mark('navigationStart', 5000),
    mark('navigationStart', 950, { pid: 1, tid: 1 }),
  ];
  test.each([
    ['the page’s own navigation, not about:blank’s', 2000, 900],
    ['none after the limit', 50, null],
    ['the last of all', Infinity, 5000],
  ])('%s', (_, until, ts) => {
    expect(lastMarkBefore(events, 'navigationStart', MAIN, until)).toBe(ts);
  });
});
