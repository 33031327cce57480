import { describe, expect, test } from 'vitest';
import {
  buildTimelineJs,
  timelineJsDates,
  toTimelineJsDate,
} from '../../../src/lib/data/timelinejs';
import { parseEventDate } from '../../../src/lib/dates';
import { loadWithTimelineJs } from '../../helpers/timelinejs';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';

describe('toTimelineJsDate', () => {
  test.each([
    ['2025-05-23', 'day', { year: 2025, month: 5, day: 23 }],
    ['2025-04-01', 'month', { year: 2025, month: 4 }],
    ['2024-01-01', 'year', { year: 2024 }],
  ] as const)('gives %s at %s precision as %j', (day, precision, expected) => {
    expect(toTimelineJsDate({ first: day, last: day, precision, qualifier: 'exact' })).toEqual(
      expected,
    );
  });
});

describe('timelineJsDates', () => {
  test.each([
    ['2025-04', { start_date: { year: 2025, month: 4 } }],
    ['../2025-05-23', { start_date: { year: 2025, month: 5, day: 23 } }],
    ['2025-05-14/..', { start_date: { year: 2025, month: 5, day: 14 } }],
    [
      '2025-04/2025-06',
      { start_date: { year: 2025, month: 4 }, end_date: { year: 2025, month: 6 } },
    ],
    [
      '2025-04/2025-06-03',
      { start_date: { year: 2025, month: 4 }, end_date: { year: 2025, month: 6, day: 3 } },
    ],
  ])('places %s as %j', (edtf, expected) => {
    expect(timelineJsDates(parseEventDate(edtf))).toEqual(expected);
  });
});

describe('buildTimelineJs', () => {
  const model = makeModel({
    nasty: rawEvent({ title: NASTY, summary: NASTY, date: '2025-05-23' }),
    announced: rawEvent({ date: '2025-04', kind: 'announcement' }),
    yearly: rawEvent({ date: '2024', kind: 'report' }),
    start: rawEvent({ date: '2025-05-27', status: 'scheduled', kind: 'deadline' }),
    letter: rawEvent({ date: '../2025-05-20', kind: 'letter' }),
  });
  const doc = buildTimelineJs(model, 'case-a', TEST_URLS);

  test('loads in TimelineJS without errors, one slide per event plus the title', async () => {
    const config = await loadWithTimelineJs(JSON.parse(JSON.stringify(doc)));
    expect(config.getErrors()).toEqual([]);
    expect(config.isValid()).toBe(true);
    expect(config.title.unique_id).toBe('case-case-a');
    expect(config.events.map((e) => e.unique_id)).toEqual([
      'yearly',
      'announced',
      'letter',
      'nasty',
      'start',
    ]);
  });

  test('keeps precision: TimelineJS shows a year as a year and a month as a month', async () => {
    const config = await loadWithTimelineJs(JSON.parse(JSON.stringify(doc)));
    const format = (id: string) =>
      config.events.find((e) => e.unique_id === id)!.start_date.data.format;
    expect([format('yearly'), format('announced'), format('nasty')]).toEqual([
      'year',
      'month',
      'full',
    ]);
  });

  test('escapes title and summary as HTML, since TimelineJS shows headline and text as HTML', () => {
    const slide = doc.events.find((e) => e.unique_id === 'nasty')!;
    expect(slide.text.headline).not.toContain('<script>');
    expect(slide.text.headline).toContain('&lt;script&gt;');
    expect(slide.text.text).toContain('<a href="https://casetrail.test/kb/events/nasty/">');
  });

  test('says "on or before" and "scheduled" where the date alone would mislead', () => {
    expect(doc.events.find((e) => e.unique_id === 'letter')).toMatchObject({
      display_date: 'on or before 20 May 2025',
      group: 'Letter',
    });
    expect(doc.events.find((e) => e.unique_id === 'start')!.text.text).toContain(
      'Scheduled (announced for this date; not reported as having happened).',
    );
  });
});
