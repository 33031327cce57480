import { describe, expect, test } from 'vitest';
import {
  addDays,
  calendarDateRange,
  dayToDatetime,
  dayToMs,
  daysInMonth,
  formatDay,
  isIsoDay,
  msToDay,
  todayIso,
  unitOf,
  utcMs,
} from '../../src/lib/days';

describe('daysInMonth', () => {
  test.each([
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [4, 2, 29],
    [100, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isIsoDay', () => {
  test.each([
    ['2025-05-23', true],
    ['2024-02-29', true],
    ['0004-02-29', true],
    ['2025-02-29', false],
    ['0100-02-29', false],
    ['0000-01-01', false],
    ['2025-13-01', false],
    ['2025-05', false],
    ['../2025-06-01', false],
    [' 2025-05-23', false],
    [20250523, false],
  ])('says %j is a real day: %s', (value, real) => {
    expect(isIsoDay(value)).toBe(real);
  });
});

describe('dayToMs and msToDay', () => {
  test.each(['2025-05-23', '1970-01-01', '0602-07-15', '0045-03-01', '0001-01-01', '9999-12-31'])(
    'turn %s into its UTC midnight and back, years 1 to 99 included',
    (day) => {
      expect(msToDay(dayToMs(day))).toBe(day);
      expect(new Date(dayToMs(day)).toISOString().slice(0, 10)).toBe(day);
    },
  );
});

describe('utcMs', () => {
  test.each([
    [45, 3, 1, '0045-03-01'],
    [99, 12, 31, '0099-12-31'],
    [2025, 5, 23, '2025-05-23'],
  ])('reads year %i as itself, not as 19xx', (year, month, day, iso) => {
    expect(msToDay(utcMs(year, month, day))).toBe(iso);
  });
});

describe('addDays', () => {
  test.each([
    ['2025-05-31', 1, '2025-06-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
    ['0045-12-31', 1, '0046-01-01'],
  ])('moves %s by %i day(s) to %s', (day, n, result) => {
    expect(addDays(day, n)).toBe(result);
  });
});

describe('unitOf', () => {
  test.each([
    ['2025-05-23', 'day', '2025-05-23', '2025-05-23'],
    ['2025-02-10', 'month', '2025-02-01', '2025-02-28'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
    ['2025-05-23', 'year', '2025-01-01', '2025-12-31'],
    ['0045-02-01', 'month', '0045-02-01', '0045-02-28'],
  ] as const)('gives the %s at %s precision the days %s to %s', (day, precision, first, last) => {
    expect(unitOf(day, precision)).toEqual({ first, last });
  });
});

describe('calendarDateRange', () => {
  test.each([
    ['2025', '2025-01-01', '2025-12-31', 'year'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2025-05-23', '2025-05-23', '2025-05-23', 'day'],
    ['0099', '0099-01-01', '0099-12-31', 'year'],
  ])('reads %s as %s to %s at %s precision', (text, first, last, precision) => {
    expect(calendarDateRange(text)).toEqual({ first, last, precision });
  });

  test.each(['2025-02-29', '2025-13', '0000', '25', '2025-05-23~', '../2025', '', null])(
    'refuses %j',
    (text) => {
      expect(calendarDateRange(text)).toBeUndefined();
    },
  );
});

describe('dayToDatetime', () => {
  test.each([
    ['2025-05-23', 'day', '2025-05-23'],
    ['2025-05-01', 'month', '2025-05'],
    ['0602-01-01', 'year', '0602'],
  ] as const)('gives %s at %s precision as %s', (day, precision, value) => {
    expect(dayToDatetime(day, precision)).toBe(value);
  });
});

describe('formatDay', () => {
  test.each([
    ['2025-05-23', 'day', '23 May 2025'],
    ['2025-05-01', 'month', 'May 2025'],
    ['2025-01-01', 'year', '2025'],
    ['0602-01-01', 'year', '602'],
    ['0045-03-01', 'month', 'March 45'],
    ['0004-02-09', 'day', '9 February 4'],
  ] as const)('shows %s at %s precision as "%s"', (day, precision, shown) => {
    expect(formatDay(day, precision)).toBe(shown);
  });
});

describe('todayIso', () => {
  test.each([
    [new Date(2026, 0, 5, 23, 30), '2026-01-05'],
    [new Date(2026, 11, 31, 0, 0), '2026-12-31'],
  ])('gives the local day of %s as %s', (now, day) => {
    expect(todayIso(now)).toBe(day);
  });
});
