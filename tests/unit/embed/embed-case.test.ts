import { describe, expect, test } from 'vitest';
import {
  dateToDatetimeAttr,
  earliestDay,
  latestDay,
  parseEventDate,
  precisionOf,
} from '../../../src/lib/dates';
import { datetimeAttr, firstMedia } from '../../../src/lib/embed/embed-case';
import { chartDataUrl } from '../../../src/lib/embed/from-compact';

describe('datetimeAttr', () => {
  test.each(['2025', '2025-04', '2025-05-23', '../2025-05-23', '2025-05-14/..', '2025-05~'])(
    'agrees with the site for %s',
    (edtf) => {
      const date = parseEventDate(edtf);
      expect(
        datetimeAttr({
          start: earliestDay(date),
          end: latestDay(date),
          precision: precisionOf(date),
        }),
      ).toBe(dateToDatetimeAttr(date));
    },
  );
});

describe('firstMedia', () => {
  test('takes the first http(s) item and never a script URL', () => {
    expect(
      firstMedia([
        { url: 'javascript:alert(1)', credit: 'x' },
        { url: 'https://example.org/a.png', credit: ' Court ', caption: 'A ruling' },
      ]),
    ).toMatchObject({ credit: 'Court' });
    expect(firstMedia([{ url: 'javascript:alert(1)' }])).toBeUndefined();
    expect(firstMedia('nope')).toBeUndefined();
  });
});

describe('chartDataUrl', () => {
  test.each([
    // A case document, as snippets of earlier versions named it: its chart data beside it.
    [
      'https://kb.example/data/cases/meta-ai.json',
      'https://kb.example/data/cases/meta-ai.timeline.json',
    ],
    [
      'https://kb.example/kb/data/cases/a.json?v=2',
      'https://kb.example/kb/data/cases/a.timeline.json?v=2',
    ],
    // Chart data, another site's file, TimelineJS's: as given.
    [
      'https://kb.example/data/cases/a.timeline.json',
      'https://kb.example/data/cases/a.timeline.json',
    ],
    [
      'https://kb.example/data/cases/a.timelinejs.json',
      'https://kb.example/data/cases/a.timelinejs.json',
    ],
    ['https://other.example/case.json', 'https://other.example/case.json'],
    ['https://kb.example/data/cases/a/actors.json', 'https://kb.example/data/cases/a/actors.json'],
  ])('reads %s as %s', (src, expected) => {
    expect(chartDataUrl(src)).toBe(expected);
  });
});
