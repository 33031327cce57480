import { describe, expect, test } from 'vitest';
import { createTimeScale, dayToMs, msToDay } from '../../../src/lib/timeline/time';

describe('dayToMs', () => {
  test.each([
    ['1970-01-01', 0],
    ['2025-05-23', Date.UTC(2025, 4, 23)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('reads %s as UTC midnight', (day, ms) => {
    expect(dayToMs(day)).toBe(ms);
    expect(msToDay(ms)).toBe(day);
  });

  test('rejects text that is not a day, naming what it found', () => {
    expect(() => dayToMs('May 2025')).toThrow(/expected an ISO day YYYY-MM-DD, found "May 2025"/);
  });
});

describe('createTimeScale', () => {
  test.each([
    [0, 0],
    [50, 500],
    [100, 1000],
    [-10, -100],
  ])('maps %d to %d and back', (t, x) => {
    const scale = createTimeScale([0, 100], [0, 1000]);
    expect(scale(t)).toBeCloseTo(x);
    expect(scale.invert(x)).toBeCloseTo(t);
  });

  test('copies are independent, so zooming never changes the base scale', () => {
    const base = createTimeScale([0, 100], [0, 1000]);
    const copy = base.copy().domain([10, 20]);
    expect(base.domain()).toEqual([0, 100]);
    expect(copy(15)).toBeCloseTo(500);
  });
});
