import { describe, expect, test } from 'vitest';
import { busyMs, findMark, lastMarkBefore, mainThreadMs, type TraceEvent } from '../reader/trace';

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

describe('busyMs', () => {
  test.each([
    ['no tasks', [], -Infinity, Infinity, 0],
    [
      'two apart',
      [
        { ts: 0, dur: 1000 },
        { ts: 5000, dur: 2000 },
      ],
      -Infinity,
      Infinity,
      3,
    ],
    [
      'nested tasks once',
      [
        { ts: 0, dur: 4000 },
        { ts: 1000, dur: 1000 },
      ],
      -Infinity,
      Infinity,
      4,
    ],
    [
      'overlapping tasks once',
      [
        { ts: 0, dur: 3000 },
        { ts: 2000, dur: 3000 },
      ],
      -Infinity,
      Infinity,
      5,
    ],
    ['clipped at the start', [{ ts: 0, dur: 4000 }], 1000, Infinity, 3],
    [
      'clipped at the end',
      [
        { ts: 0, dur: 4000 },
        { ts: 9000, dur: 1000 },
      ],
      -Infinity,
      2500,
      2.5,
    ],
    ['outside the window', [{ ts: 0, dur: 1000 }], 2000, 3000, 0],
    [
      'unsorted input',
      [
        { ts: 5000, dur: 1000 },
        { ts: 0, dur: 1000 },
      ],
      -Infinity,
      Infinity,
      2,
    ],
  ])('%s', (_, intervals, from, to, ms) => {
    expect(busyMs(intervals, from, to)).toBeCloseTo(ms, 6);
  });
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
