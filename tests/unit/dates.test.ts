import { describe, expect, test } from 'vitest';
import {
  compareEventDates,
  dateToDatetimeAttr,
  earliestDay,
  formatEventDate,
  latestDay,
  parseEventDate,
  yearOf,
  yearsOf,
  type DateSide,
  type Precision,
  type Qualifier,
  type Span,
} from '../../src/lib/dates';

type Side = [first: string, last: string, precision: Precision, qualifier?: Qualifier];
const side = ([first, last, precision, qualifier = 'exact']: Side): DateSide => ({
  first,
  last,
  precision,
  qualifier,
});

// Every EDTF shape the schema accepts: the text, its span and qualifier, its known sides
// (`null` where open), how readers see it, its `<time datetime>` and the years it may fall in.
const SHAPES: [
  edtf: string,
  span: Span,
  qualifier: Qualifier,
  start: Side | null,
  end: Side | null,
  shown: string,
  datetime: string,
][] = [
  [
    '2025-05-23',
    'point',
    'exact',
    ['2025-05-23', '2025-05-23', 'day'],
    ['2025-05-23', '2025-05-23', 'day'],
    '23 May 2025',
    '2025-05-23',
  ],
  [
    '2025-04',
    'point',
    'exact',
    ['2025-04-01', '2025-04-30', 'month'],
    ['2025-04-01', '2025-04-30', 'month'],
    'April 2025',
    '2025-04',
  ],
  [
    '2024-02',
    'point',
    'exact',
    ['2024-02-01', '2024-02-29', 'month'],
    ['2024-02-01', '2024-02-29', 'month'],
    'February 2024',
    '2024-02',
  ],
  [
    '2024-02-29',
    'point',
    'exact',
    ['2024-02-29', '2024-02-29', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
    '29 February 2024',
    '2024-02-29',
  ],
  [
    '2025',
    'point',
    'exact',
    ['2025-01-01', '2025-12-31', 'year'],
    ['2025-01-01', '2025-12-31', 'year'],
    '2025',
    '2025',
  ],
  [
    '2025-05-23~',
    'point',
    'approximate',
    ['2025-05-23', '2025-05-23', 'day', 'approximate'],
    ['2025-05-23', '2025-05-23', 'day', 'approximate'],
    'about 23 May 2025',
    '2025-05-23',
  ],
  [
    '2025-05?',
    'point',
    'uncertain',
    ['2025-05-01', '2025-05-31', 'month', 'uncertain'],
    ['2025-05-01', '2025-05-31', 'month', 'uncertain'],
    'May 2025 (uncertain)',
    '2025-05',
  ],
  [
    '2025%',
    'point',
    'approximate-uncertain',
    ['2025-01-01', '2025-12-31', 'year', 'approximate-uncertain'],
    ['2025-01-01', '2025-12-31', 'year', 'approximate-uncertain'],
    'about 2025 (uncertain)',
    '2025',
  ],
  [
    '../2025-05-23',
    'on-or-before',
    'exact',
    null,
    ['2025-05-23', '2025-05-23', 'day'],
    'on or before 23 May 2025',
    '2025-05-23',
  ],
  [
    '[..2025-05-23]',
    'on-or-before',
    'exact',
    null,
    ['2025-05-23', '2025-05-23', 'day'],
    'on or before 23 May 2025',
    '2025-05-23',
  ],
  [
    '../2025-05',
    'on-or-before',
    'exact',
    null,
    ['2025-05-01', '2025-05-31', 'month'],
    'on or before May 2025',
    '2025-05',
  ],
  [
    '../2024',
    'on-or-before',
    'exact',
    null,
    ['2024-01-01', '2024-12-31', 'year'],
    'on or before 2024',
    '2024',
  ],
  [
    '/2025-02',
    'on-or-before',
    'exact',
    null,
    ['2025-02-01', '2025-02-28', 'month'],
    'on or before February 2025',
    '2025-02',
  ],
  [
    '../2025-05~',
    'on-or-before',
    'approximate',
    null,
    ['2025-05-01', '2025-05-31', 'month', 'approximate'],
    'on or before about May 2025',
    '2025-05',
  ],
  [
    '2025-05-14/..',
    'on-or-after',
    'exact',
    ['2025-05-14', '2025-05-14', 'day'],
    null,
    'on or after 14 May 2025',
    '2025-05-14',
  ],
  [
    '2025-06/..',
    'on-or-after',
    'exact',
    ['2025-06-01', '2025-06-30', 'month'],
    null,
    'on or after June 2025',
    '2025-06',
  ],
  [
    '2025-07-01/',
    'on-or-after',
    'exact',
    ['2025-07-01', '2025-07-01', 'day'],
    null,
    'on or after 1 July 2025',
    '2025-07-01',
  ],
  [
    '2025-05-14/2025-05-23',
    'interval',
    'exact',
    ['2025-05-14', '2025-05-14', 'day'],
    ['2025-05-23', '2025-05-23', 'day'],
    '14 May 2025 – 23 May 2025',
    '2025-05-14',
  ],
  [
    '2025-04/2025-06',
    'interval',
    'exact',
    ['2025-04-01', '2025-04-30', 'month'],
    ['2025-06-01', '2025-06-30', 'month'],
    'April 2025 – June 2025',
    '2025-04',
  ],
  [
    '2025-04/2025-06-03',
    'interval',
    'exact',
    ['2025-04-01', '2025-04-30', 'month'],
    ['2025-06-03', '2025-06-03', 'day'],
    'April 2025 – 3 June 2025',
    '2025-04',
  ],
  [
    '2022~/2023?',
    'interval',
    'approximate-uncertain',
    ['2022-01-01', '2022-12-31', 'year', 'approximate'],
    ['2023-01-01', '2023-12-31', 'year', 'uncertain'],
    'about 2022 (uncertain) – 2023 (uncertain)',
    '2022',
  ],
  // Years before 1000: four digits in ISO, none of the zeros in words.
  [
    '0602',
    'point',
    'exact',
    ['0602-01-01', '0602-12-31', 'year'],
    ['0602-01-01', '0602-12-31', 'year'],
    '602',
    '0602',
  ],
  [
    '0045-03',
    'point',
    'exact',
    ['0045-03-01', '0045-03-31', 'month'],
    ['0045-03-01', '0045-03-31', 'month'],
    'March 45',
    '0045-03',
  ],
  [
    '0004-02-29',
    'point',
    'exact',
    ['0004-02-29', '0004-02-29', 'day'],
    ['0004-02-29', '0004-02-29', 'day'],
    '29 February 4',
    '0004-02-29',
  ],
  [
    '../0099-12',
    'on-or-before',
    'exact',
    null,
    ['0099-12-01', '0099-12-31', 'month'],
    'on or before December 99',
    '0099-12',
  ],
  [
    '0001/0999',
    'interval',
    'exact',
    ['0001-01-01', '0001-12-31', 'year'],
    ['0999-01-01', '0999-12-31', 'year'],
    '1 – 999',
    '0001',
  ],
];

describe('parseEventDate', () => {
  test.each(SHAPES)('reads %s as %s (%s), from %j to %j', (input, span, qualifier, start, end) => {
    expect(parseEventDate(input)).toEqual({
      edtf: input,
      span,
      qualifier,
      start: start && side(start),
      end: end && side(end),
    });
  });

  test('accepts the Date YAML makes of an unquoted day and keeps it a day', () => {
    const date = parseEventDate(new Date(Date.UTC(2025, 4, 23)));
    expect(date.edtf).toBe('2025-05-23');
    expect(date.start?.precision).toBe('day');
  });

  test('accepts a bare year that YAML read as a number', () => {
    const date = parseEventDate(2025);
    expect(date.edtf).toBe('2025');
    expect(date.start?.precision).toBe('year');
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
    ['0000', '"0000": expected a year from 1 to 9999 (year 0 and BCE dates are not supported)'],
    ['-0100', '"-0100": expected a year from 1 to 9999'],
    ['2025-XX', '"2025-XX": expected digits, not X (unspecified digits are not supported)'],
    ['201X', '"201X": expected digits, not X'],
    ['2025-05-23T10:00:00Z', '"2025-05-23T10:00:00Z": expected a day without a time of day'],
    ['2025-21', '"2025-21": expected a day, month or year (season dates are not supported)'],
    ['[2025-05-23,2025-06-01]', 'expected a day, month or year (set dates are not supported)'],
    [
      '0100-02-29',
      '"0100-02-29": expected a real date (February 100 has 28 days, so day 29 does not exist)',
    ],
    ['../..', '"../..": expected at least one known end'],
  ])('rejects %s with a message an editor can act on', (input, message) => {
    expect(() => parseEventDate(input)).toThrow(message);
  });
});

describe('formatEventDate', () => {
  test.each(SHAPES.map((s) => [s[0], s[5]]))(
    'shows %s as "%s", never a fake day',
    (input, shown) => {
      expect(formatEventDate(parseEventDate(input))).toBe(shown);
    },
  );
});

describe('dateToDatetimeAttr', () => {
  test.each(SHAPES.map((s) => [s[0], s[6]]))(
    'gives %s the machine-readable value %s at its own precision',
    (input, attr) => {
      expect(dateToDatetimeAttr(parseEventDate(input))).toBe(attr);
    },
  );
});

describe('earliestDay and latestDay', () => {
  test.each(SHAPES.map((s) => [s[0], s[3]?.[0] ?? null, s[4]?.[1] ?? null]))(
    'bound %s by %s and %s, null on an open side',
    (input, first, last) => {
      const date = parseEventDate(input);
      expect([earliestDay(date), latestDay(date)]).toEqual([first, last]);
    },
  );
});

describe('yearsOf', () => {
  test.each([
    ['2025-05-23', [2025]],
    ['2023/2025', [2023, 2025]],
    ['0618/0907', [618, 907]],
    ['../2024-12', [2024]],
    ['2024-11/..', [2024]],
    ['0602', [602]],
  ])('gives %s the years %j', (input, years) => {
    expect(yearsOf(parseEventDate(input))).toEqual(years);
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
    ['0045', 45],
  ])('takes the year of %s as %i', (input, year) => {
    expect(yearOf(parseEventDate(input))).toBe(year);
  });
});
