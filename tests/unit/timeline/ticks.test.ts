import { describe, expect, test } from 'vitest';
import { utcMs } from '../../../src/lib/days';
import { timeTicks } from '../../../src/lib/timeline/ticks';
import { DAY_MS, dayToMs } from '../../../src/lib/timeline/time';

const start = Date.UTC(2025, 0, 1);

describe('timeTicks', () => {
  test.each([
    ['a week', 7, 1000, /^\d+ [A-Z][a-z]{2}( \d{4})?$/, 1],
    ['a month', 31, 1000, /^\d+ [A-Z][a-z]{2}( \d{4})?$|^\d{4}$/, 7],
    ['a year', 365, 1000, /^[A-Z][a-z]{2}( \d{4})?$|^\d{4}$/, 28],
    ['a decade', 3652, 1000, /^\d{4}$/, 365],
    ['a century', 36525, 1000, /^\d{4}$/, 1826],
    ['a century on a phone', 36525, 400, /^\d{4}$/, 3652],
  ])('labels %s sensibly (%i days across %ipx)', (_, days, width, pattern, minStepDays) => {
    const ticks = timeTicks([start, start + days * DAY_MS], width);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(width / 40);
    for (const tick of ticks.filter((t) => t.label)) expect(tick.label).toMatch(pattern);
    const steps = ticks.slice(1).map((t, i) => ((t.x - ticks[i]!.x) / width) * days);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(minStepDays * 0.9);
  });

  test.each([7, 31, 365, 3652, 36525])('never lets two labels of a %d-day span touch', (days) => {
    for (const width of [400, 720, 1100]) {
      const ticks = timeTicks([start, start + days * DAY_MS], width).filter((t) => t.label);
      ticks.slice(1).forEach((tick, i) => {
        const previous = ticks[i]!;
        expect(tick.x - previous.x).toBeGreaterThan(previous.label.length * 11 * 0.6);
      });
    }
  });

  test('gives the first tick its year, so the axis can be read alone', () => {
    const [first] = timeTicks([start + 3 * DAY_MS, start + 40 * DAY_MS], 1000);
    expect(first?.label).toMatch(/2025$/);
  });

  test('returns no ticks for an empty span or width', () => {
    expect(timeTicks([start, start], 1000)).toEqual([]);
    expect(timeTicks([start, start + DAY_MS], 0)).toEqual([]);
  });
});

describe('utcMs', () => {
  test.each([
    [5, 0, '0005-01-01'],
    [99, 11, '0099-12-01'],
    [602, 5, '0602-06-01'],
    [2025, 4, '2025-05-01'],
  ])('starts year %i, month %i on %s (never in the 1900s)', (year, month, day) => {
    expect(new Date(utcMs(year, month + 1, 1)).toISOString().slice(0, 10)).toBe(day);
  });
});

describe('timeTicks over early centuries', () => {
  test.each([
    ['the 7th to 10th centuries', '0600-01-01', '0960-01-01', /^[6-9]\d{2}$/],
    ['the first century', '0001-01-01', '0099-12-31', /^\d{1,2}$/],
  ])('labels %s with their real years, without leading zeros', (_, from, to, pattern) => {
    const ticks = timeTicks([dayToMs(from), dayToMs(to)], 1000).filter((t) => t.label);
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t.label).toMatch(pattern);
  });
});
