import { describe, expect, test } from 'vitest';
import { formatRatio, median, ratio, summarize } from '../lib/stats';

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
    [[-2, 8], 3],
  ])('of %j is %d, whatever the order and outliers', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('refuses an empty list instead of inventing a figure', () => {
    expect(() => median([])).toThrow(/at least once/);
  });
});

describe('summarize', () => {
  test.each([
    [[100], { median: 100, min: 100, max: 100, spread: 0 }],
    [[90, 100, 110], { median: 100, min: 90, max: 110, spread: 0.2 }],
    [[30, 10, 20, 40], { median: 25, min: 10, max: 40, spread: 1.2 }],
    [[0, 0], { median: 0, min: 0, max: 0, spread: 0 }],
  ])('of %j gives median, extremes and relative spread', (values, expected) => {
    const summary = summarize(values);
    expect(summary).toMatchObject({
      median: expected.median,
      min: expected.min,
      max: expected.max,
    });
    expect(summary.spread).toBeCloseTo(expected.spread, 10);
    expect(summary.runs).toEqual(values);
  });
});

describe('ratio', () => {
  test.each([
    [50, 100, 0.5],
    [300, 100, 3],
    [0, 100, 0],
    [10, 0, null],
    [null, 100, null],
    [100, undefined, null],
    [Number.NaN, 100, null],
  ])('of %s to %s is %s', (ours, peer, expected) => {
    expect(ratio(ours, peer)).toBe(expected);
  });
});

describe('formatRatio', () => {
  test.each([
    [null, '–'],
    [0.0312, '0.031×'],
    [0.5, '0.50×'],
    [2.345, '2.3×'],
    [41.7, '42×'],
  ])('writes %s as %s', (value, text) => {
    expect(formatRatio(value)).toBe(text);
  });
});
