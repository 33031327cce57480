import { describe, expect, test } from 'vitest';
import {
  compareEventDates,
  dateToDatetimeAttr,
  formatEventDate,
  parseEventDate,
  yearOf,
} from '../../src/lib/dates';

describe('parseEventDate', () => {
  test.each([
    ['2025-05-23', '2025-05-23', '2025-05-23', 'day', 'exact', 'point'],
    ['2025-04', '2025-04-01', '2025-04-30', 'month', 'exact', 'point'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month', 'exact', 'point'],
    ['2024-02-29', '2024-02-29', '2024-02-29', 'day', 'exact', 'point'],
    ['2025', '2025-01-01', '2025-12-31', 'year', 'exact', 'point'],
    ['2025-05-23~', '2025-05-23', '2025-05-23', 'day', 'approximate', 'point'],
    ['2025-05?', '2025-05-01', '2025-05-31', 'month', 'uncertain', 'point'],
    ['2025%', '2025-01-01', '2025-12-31', 'year', 'approximate-uncertain', 'point'],
    ['../2025-05-23', null, '2025-05-23', 'day', 'exact', 'on-or-before'],
    ['[..2025-05-23]', null, '2025-05-23', 'day', 'exact', 'on-or-before'],
    ['../2025-05', null, '2025-05-31', 'month', 'exact', 'on-or-before'],
    ['2025-05-14/..', '2025-05-14', null, 'day', 'exact', 'on-or-after'],
    ['2025-05-14/2025-05-23', '2025-05-14', '2025-05-23', 'day', 'exact', 'interval'],
    ['2025-04/2025-06', '2025-04-01', '2025-06-30', 'month', 'exact', 'interval'],
  ])(
    'reads %s as %s to %s, %s precision, %s, %s',
    (input, earliest, latest, precision, qualifier, span) => {
      expect(parseEventDate(input)).toEqual({
        edtf: input,
        earliest,
        latest,
        precision,
        qualifier,
        span,
      });
    },
  );

  test('accepts the Date YAML makes of an unquoted day and keeps it a day', () => {
    expect(parseEventDate(new Date(Date.UTC(2025, 4, 23)))).toMatchObject({
      edtf: '2025-05-23',
      precision: 'day',
    });
  });

  test('accepts a bare year that YAML read as a number', () => {
    expect(parseEventDate(2025)).toMatchObject({ edtf: '2025', precision: 'year' });
  });

  test.each([
    ['2025-13-45', '"2025-13-45": expected a real date (month 13 does not exist)'],
    [
      '2025-02-30',
      '"2025-02-30": expected a real date (February 2025 has 28 days, so day 30 does not exist)',
    ],
    [
      '2024-02-30',
      '"2024-02-30": expected a real date (February 2024 has 29 days, so day 30 does not exist)',
    ],
    [
      '2025-02-29',
      '"2025-02-29": expected a real date (February 2025 has 28 days, so day 29 does not exist)',
    ],
    [
      '../2025-02-29',
      '"../2025-02-29": expected a real date (February 2025 has 28 days, so day 29 does not exist)',
    ],
    [
      '2025-04-31~',
      '"2025-04-31~": expected a real date (April 2025 has 30 days, so day 31 does not exist)',
    ],
    [
      '2025-05-23/2025-05-01',
      '"2025-05-23/2025-05-01": expected an end after the start (the end 2025-05-01 comes first); write the earlier date first',
    ],
    ['643', '"643": expected a year with four digits: write "0643" for the year 643'],
    ['64', '"64": expected a year with four digits: write "0064" for the year 64'],
    ['0478/643', '"0478/643": expected a year with four digits: write "0643" for the year 643'],
    [
      '23 May 2025',
      '"23 May 2025": expected an EDTF date; use one of 2025-05-23 (day), 2025-04 (month)',
    ],
    ['', 'the date is empty: expected one of 2025-05-23 (day)'],
  ])('rejects %s with a message an editor can act on', (input, message) => {
    expect(() => parseEventDate(input)).toThrow(message);
  });
});

describe('formatEventDate', () => {
  test.each([
    ['2025-05-23', '23 May 2025'],
    ['2025-04', 'April 2025'],
    ['2025', '2025'],
    ['2025-05-23~', 'about 23 May 2025'],
    ['2025-05?', 'May 2025 (uncertain)'],
    ['2025-05%', 'about May 2025 (uncertain)'],
    ['../2025-05-23', 'on or before 23 May 2025'],
    ['../2025-05', 'on or before May 2025'],
    ['2025-05-14/..', 'on or after 14 May 2025'],
    ['2025-05-14/2025-05-23', '14 May 2025 – 23 May 2025'],
  ])('shows %s as "%s", never a fake day', (input, shown) => {
    expect(formatEventDate(parseEventDate(input))).toBe(shown);
  });
});

describe('dateToDatetimeAttr', () => {
  test.each([
    ['2025-05-23', '2025-05-23'],
    ['2025-04', '2025-04'],
    ['2025', '2025'],
    ['../2025-05-23', '2025-05-23'],
    ['2025-05-14/2025-05-23', '2025-05-14'],
  ])('gives %s the machine-readable value %s at its own precision', (input, attr) => {
    expect(dateToDatetimeAttr(parseEventDate(input))).toBe(attr);
  });
});

describe('compareEventDates', () => {
  const sortAll = (list: string[]) =>
    list
      .map((s) => parseEventDate(s))
      .sort(compareEventDates)
      .map((d) => d.edtf);

  test('orders by the earliest day, with an open "on or before" at its latest day', () => {
    expect(
      sortAll(['2025-05-27', '../2025-05-24', '2025-05-23', '2025-04', '../2025-05-23']),
    ).toEqual(['2025-04', '../2025-05-23', '2025-05-23', '../2025-05-24', '2025-05-27']);
  });

  test('puts a coarser date before a finer one that starts the same day', () => {
    expect(sortAll(['2025-04-01', '2025-04', '2025'])).toEqual(['2025', '2025-04', '2025-04-01']);
  });

  test('keeps an on-or-after date after a point on its first day', () => {
    expect(sortAll(['2025-05-14/..', '2025-05-14'])).toEqual(['2025-05-14', '2025-05-14/..']);
  });
});

describe('yearOf', () => {
  test.each([
    ['2025-05-23', 2025],
    ['../2024-12', 2024],
    ['2023/2025', 2023],
  ])('takes the year of %s as %i', (input, year) => {
    expect(yearOf(parseEventDate(input))).toBe(year);
  });
});
