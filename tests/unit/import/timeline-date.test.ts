import { describe, expect, test } from 'vitest';
import {
  qualifyEdtf,
  readDisplayDate,
  slideDateToEdtf,
  timelineDateToEdtf,
} from '../../../src/lib/import/timeline-date';

describe('timelineDateToEdtf', () => {
  test.each([
    [{ year: 2019 }, '2019'],
    [{ year: '2020' }, '2020'],
    [{ year: 2021, month: 3 }, '2021-03'],
    [{ year: 2022, month: 6, day: 15 }, '2022-06-15'],
    [{ year: ' 2022 ', month: '07', day: '4' }, '2022-07-04'],
    [{ year: '2017', month: '', day: '' }, '2017'],
    [{ year: 99 }, '0099'],
    [{ year: 2016, month: 5, format: 'mmmm yyyy' }, '2016-05'],
  ])('keeps %j at its precision as %s', (date, edtf) => {
    expect(timelineDateToEdtf(date, 'start_date')).toEqual({ edtf, notes: [] });
  });

  test.each([
    [
      { year: 2023, month: 1, day: 2, hour: 9, minute: 30, second: 15, millisecond: 250 },
      'start_date: dropped the time 09:30:15.250; Casetrail dates are days, so the date is 2023-01-02',
    ],
    [
      { year: 2023, month: 2, day: 3, hour: 14 },
      'start_date: dropped the time 14:00; Casetrail dates are days, so the date is 2023-02-03',
    ],
  ])('notes what %j loses', (date, note) => {
    expect(timelineDateToEdtf(date, 'start_date').notes).toEqual([note]);
  });

  test.each([
    [undefined, 'start_date is missing; TimelineJS needs at least a year'],
    [{ month: 3 }, 'start_date has no year; TimelineJS needs at least a year'],
    [
      { year: -44, month: 3, day: 15 },
      'start_date.year is -44; Casetrail dates run from year 1 to 9999 (no BCE or cosmological dates)',
    ],
    [
      { year: -13800000000 },
      'start_date.year is -13800000000; Casetrail dates run from year 1 to 9999 (no BCE or cosmological dates)',
    ],
    [{ year: 2020, day: 5 }, 'start_date has a day (5) but no month'],
    [{ year: 2020, month: 13 }, 'start_date.month is 13; expected 1 to 12'],
    [{ year: 'MMXX' }, 'start_date.year is "MMXX", not a whole number'],
    [
      { year: 2025, month: 2, day: 30 },
      'start_date: "2025-02-30": expected a real date (February 2025 has 28 days, so day 30 does not exist)',
    ],
  ])('refuses %j: %s', (date, reason) => {
    expect(() => timelineDateToEdtf(date, 'start_date')).toThrow(reason);
  });
});

describe('slideDateToEdtf', () => {
  test.each([
    [{ year: 2010 }, { year: 2012 }, '2010/2012'],
    [{ year: 2024, month: 4 }, { year: 2024, month: 6 }, '2024-04/2024-06'],
    [{ year: 2024, month: 11 }, { year: 2025, month: 1, day: 10 }, '2024-11/2025-01-10'],
    [{ year: 2015, month: 9, day: 1 }, { year: 2015, month: 9, day: 1 }, '2015-09-01'],
    [{ year: 2015 }, { year: '', month: '', day: '' }, '2015'],
  ])('joins %j and %j as %s', (start, end, edtf) => {
    expect(slideDateToEdtf(start, end).edtf).toBe(edtf);
  });

  test('refuses an end before the start', () => {
    expect(() =>
      slideDateToEdtf({ year: 2025, month: 5, day: 23 }, { year: 2025, month: 5, day: 1 }),
    ).toThrow('expected an end after the start (the end 2025-05-01 comes first)');
  });
});

describe('readDisplayDate', () => {
  test.each([
    ['c. 477–480 CE', [478], { qualifier: '~', saysMore: true }],
    ['c. 478', [478], { qualifier: '~', saysMore: false }],
    ['circa 1450', [1450], { qualifier: '~', saysMore: false }],
    ['about 1066', [1066], { qualifier: '~', saysMore: false }],
    ['June 1215?', [1215, 6], { qualifier: '?', saysMore: false }],
    ['c. 1215?', [1215], { qualifier: '%', saysMore: false }],
    ['Spring 1943', [1943], { qualifier: '', saysMore: true }],
    ['2 May 1961', [1961, 5, 2], { qualifier: '', saysMore: false }],
    ['March 14, 1962', [1962, 3, 14], { qualifier: '', saysMore: false }],
    ['Early 1990s', [1990], { qualifier: '', saysMore: true }],
    ['', [2020], { qualifier: '', saysMore: false }],
  ] as const)('reads %j against the parts %j', (display, parts, reading) => {
    expect(readDisplayDate(display, [...parts])).toEqual(reading);
  });
});

describe('qualifyEdtf', () => {
  test.each([
    ['0478', '~', '0478~'],
    ['1215-06', '?', '1215-06?'],
    ['1450/1455', '~', '1450~/1455~'],
    ['2020', '', '2020'],
  ] as const)('qualifies %s with %j as %s', (edtf, qualifier, expected) => {
    expect(qualifyEdtf(edtf, qualifier)).toBe(expected);
  });
});
