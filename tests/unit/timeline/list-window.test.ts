import { describe, expect, test } from 'vitest';
import {
  eventsInView,
  listStatus,
  listWindow,
  pageWindow,
} from '../../../src/lib/timeline/list-window';

// Events in date order on a line of days, [a0, a1) each; the third is a whole "month", 5…35.
const A0 = [0, 10, 5, 30, 40];
const A1 = [1, 11, 35, 31, 41];

describe('eventsInView', () => {
  test.each([
    ['the whole span', [0, 50], [0, 1, 2, 3, 4]],
    ['a few days inside the month', [12, 20], [2]],
    ['the middle', [10, 31], [1, 2, 3]],
    ['the day an event ends (exclusive)', [41, 45], []],
    ['time after every event', [60, 70], []],
    ['time before every event', [-10, -5], []],
  ] as const)('for %s returns %j', (_, domain, expected) => {
    expect(eventsInView(A0, A1, domain)).toEqual(expected);
  });
});

describe('listWindow', () => {
  test.each([
    [
      'every event in view when they fit on a page',
      5,
      null,
      { start: 0, end: 5, before: 0, after: 0 },
    ],
    ['the first page of many', 300, null, { start: 0, end: 25, before: 0, after: 275 }],
    [
      'the first page when the selected event is on it',
      300,
      10,
      { start: 0, end: 25, before: 0, after: 275 },
    ],
    [
      'the page around a selected event beyond the first',
      300,
      200,
      { start: 188, end: 213, before: 188, after: 87 },
    ],
    [
      'the last page when the selected event is near the end',
      300,
      295,
      { start: 275, end: 300, before: 275, after: 0 },
    ],
    [
      'the first page when the selected event is not in view',
      300,
      400,
      { start: 0, end: 25, before: 0, after: 275 },
    ],
    ['nothing when no event is in view', 0, null, { start: 0, end: 0, before: 0, after: 0 }],
  ] as const)('shows %s', (_, count, anchor, expected) => {
    expect(listWindow(count, 25, anchor)).toEqual(expected);
  });
});

describe('pageWindow', () => {
  test.each([
    ['later', { start: 100, end: 125 }, { start: 125, end: 150, before: 125, after: 850 }],
    ['earlier', { start: 100, end: 125 }, { start: 75, end: 100, before: 75, after: 900 }],
    ['earlier', { start: 10, end: 35 }, { start: 0, end: 10, before: 0, after: 990 }],
    ['later', { start: 980, end: 990 }, { start: 990, end: 1000, before: 990, after: 0 }],
    ['later', { start: 990, end: 1000 }, { start: 1000, end: 1000, before: 1000, after: 0 }],
  ] as const)('turns to the %s page from %j', (side, window, expected) => {
    expect(pageWindow(window, 1000, 25, side)).toEqual(expected);
  });
});

describe('listStatus', () => {
  test.each([
    [{ start: 0, end: 4 }, 4, 4, ''],
    [{ start: 0, end: 1 }, 1, 4, 'The 1 event in the chart’s view (4 in all).'],
    [{ start: 0, end: 12 }, 12, 10000, 'The 12 events in the chart’s view (10,000 in all).'],
    [{ start: 25, end: 50 }, 10000, 10000, 'Events 26–50 of 10,000.'],
    [
      { start: 100, end: 125 },
      2345,
      10000,
      'Events 101–125 of the 2,345 in the chart’s view (10,000 in all).',
    ],
    [{ start: 0, end: 0 }, 0, 1000, 'No events in the chart’s view (1,000 in all).'],
  ])('words %j of %i in view, %i in all, as "%s"', (window, inView, total, text) => {
    expect(listStatus({ ...window, before: 0, after: 0 }, inView, total)).toBe(text);
  });
});
