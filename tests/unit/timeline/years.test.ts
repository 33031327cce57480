import { describe, expect, test } from 'vitest';
import {
  countByYear,
  firstYearIn,
  groupByYear,
  MAX_YEAR_BARS,
  yearOfTimelineEvent,
} from '../../../src/lib/timeline/years';

describe('yearOfTimelineEvent', () => {
  test.each([
    ['a day', '2025-05-23', '2025-05-23', 2025],
    ['on or before', null, '2019-12-31', 2019],
    ['on or after', '2020-01-01', null, 2020],
    ['an interval across a new year', '2024-12-30', '2025-01-02', 2024],
  ])('files %s under its known start, else its end', (_, start, end, year) => {
    expect(yearOfTimelineEvent({ id: 'x', start, end })).toBe(year);
  });

  test('names the event when it has no day at all', () => {
    expect(() => yearOfTimelineEvent({ id: 'broken', start: null, end: null })).toThrow(
      /event "broken"/,
    );
  });
});

describe('countByYear', () => {
  test.each([
    ['nothing', [], []],
    ['one year', [2025, 2025], [{ year: 2025, years: 1, count: 2 }]],
    [
      'a gap as an empty year',
      [2019, 2021, 2021],
      [
        { year: 2019, years: 1, count: 1 },
        { year: 2020, years: 1, count: 0 },
        { year: 2021, years: 1, count: 2 },
      ],
    ],
  ])('counts %s', (_, years, bars) => {
    expect(countByYear(years)).toEqual(bars);
  });

  test('turns a span longer than the bar limit into decades holding every event', () => {
    const years = [1800, 1805, 1811, 1800 + MAX_YEAR_BARS + 5];
    const bars = countByYear(years);
    expect(bars.every((b) => b.years === 10)).toBe(true);
    expect(bars[0]).toEqual({ year: 1800, years: 10, count: 2 });
    expect(bars.reduce((n, b) => n + b.count, 0)).toBe(years.length);
    expect(bars.length).toBeLessThanOrEqual(MAX_YEAR_BARS);
  });
});

describe('groupByYear', () => {
  test('keeps the given order within a year and puts years in order', () => {
    const items = [
      { id: 'b', y: 2021 },
      { id: 'a', y: 2019 },
      { id: 'c', y: 2021 },
    ];
    const groups = groupByYear(items, (i) => i.y);
    expect([...groups.keys()]).toEqual([2019, 2021]);
    expect(groups.get(2021)?.map((i) => i.id)).toEqual(['b', 'c']);
  });
});

describe('firstYearIn', () => {
  test.each([
    ['a year with a page', { year: 2020, years: 1, count: 3 }, [2019, 2020], 2020],
    [
      'a decade: its first year with a page',
      { year: 2010, years: 10, count: 9 },
      [2017, 2012, 2021],
      2012,
    ],
    ['a bar with none', { year: 2000, years: 10, count: 0 }, [2017], undefined],
  ])('finds %s', (_, bar, years, year) => {
    expect(firstYearIn(bar, years)).toBe(year);
  });
});
