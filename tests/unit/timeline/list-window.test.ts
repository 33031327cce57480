import { describe, expect, test } from 'vitest';
import {
  listStatus,
  listWindow,
  pageWindow,
  viewRange,
} from '../../../src/lib/timeline/list-window';

// Five events on a line of days (ms = day number here): [a0, a1) each.
const A0 = [0, 10, 20, 30, 40];
const A1 = [1, 11, 25, 31, 41];

describe('viewRange', () => {
  test.each([
    ['the whole span', [0, 50], { first: 0, end: 5, count: 5 }],
    ['the middle', [10, 31], { first: 1, end: 4, count: 3 }],
    ['an event whose span reaches into the view', [24, 29], { first: 2, end: 3, count: 1 }],
    ['the edge where an event ends (exclusive)', [11, 20], { first: 2, end: 2, count: 0 }],
    ['empty time between events', [12, 19], { first: 2, end: 2, count: 0 }],
    ['time after every event', [60, 70], { first: 5, end: 5, count: 0 }],
    ['time before every event', [-10, -5], { first: 0, end: 0, count: 0 }],
  ] as const)('for %s returns %j', (_, domain, expected) => {
    expect(viewRange(A0, A1, domain)).toEqual(expected);
  });
});

describe('listWindow', () => {
  test.each([
    [
      'every event in view when they fit on a page',
      { first: 0, end: 5 },
      10,
      null,
      { start: 0, end: 5, before: 0, after: 995 },
    ],
    [
      'the first page of the events in view',
      { first: 100, end: 400 },
      25,
      null,
      { start: 100, end: 125, before: 100, after: 875 },
    ],
    [
      'the page around a selected event beyond the first page',
      { first: 100, end: 400 },
      25,
      300,
      { start: 288, end: 313, before: 288, after: 687 },
    ],
    [
      'the first page when the selected event is on it',
      { first: 100, end: 400 },
      25,
      110,
      { start: 100, end: 125, before: 100, after: 875 },
    ],
    [
      'the last page when the selected event is near the end of the view',
      { first: 100, end: 400 },
      25,
      395,
      { start: 375, end: 400, before: 375, after: 600 },
    ],
    [
      'no page around a selected event out of view',
      { first: 100, end: 400 },
      25,
      600,
      { start: 100, end: 125, before: 100, after: 875 },
    ],
    [
      'nothing, with the counts on either side, when no event is in view',
      { first: 40, end: 40 },
      25,
      null,
      { start: 40, end: 40, before: 40, after: 960 },
    ],
  ] as const)('shows %s', (_, view, cap, anchor, expected) => {
    expect(listWindow(view, 1000, cap, anchor)).toEqual(expected);
  });
});

describe('pageWindow', () => {
  test.each([
    ['later', { start: 100, end: 125 }, { start: 125, end: 150, before: 125, after: 850 }],
    ['earlier', { start: 100, end: 125 }, { start: 75, end: 100, before: 75, after: 900 }],
    ['earlier', { start: 10, end: 35 }, { start: 0, end: 10, before: 0, after: 990 }],
    ['later', { start: 990, end: 1000 }, { start: 1000, end: 1000, before: 1000, after: 0 }],
    ['later', { start: 40, end: 40 }, { start: 40, end: 65, before: 40, after: 935 }],
    ['earlier', { start: 40, end: 40 }, { start: 15, end: 40, before: 15, after: 960 }],
  ] as const)('turns to the %s page from %j', (side, window, expected) => {
    expect(pageWindow(window, 1000, 25, side)).toEqual(expected);
  });
});

describe('listStatus', () => {
  test.each([
    [{ start: 0, end: 4, before: 0, after: 0 }, 4, 4, ''],
    [
      { start: 100, end: 125, before: 100, after: 9875 },
      10000,
      2345,
      'Events 101–125 of 10,000; 2,345 in the chart’s view.',
    ],
    [
      { start: 40, end: 40, before: 40, after: 960 },
      1000,
      0,
      'No events listed of 1,000; none in the chart’s view.',
    ],
  ])('words %j of %i events (%i in view) as "%s"', (window, total, inView, text) => {
    expect(listStatus(window, total, inView)).toBe(text);
  });
});
