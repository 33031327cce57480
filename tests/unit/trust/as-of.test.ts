import { describe, expect, test } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates';
import {
  asOfDay,
  caseCurrencyText,
  eventStatusText,
  lastEventText,
  lastOccurredEvent,
  reviewedText,
  scheduledFor,
} from '../../../src/lib/trust/as-of';
import type { EventStatus } from '../../../src/schemas/enums';

const TODAY = '2026-11-30';

describe('eventStatusText', () => {
  test.each<[EventStatus, string, (string | undefined)[], string]>([
    ['occurred', '2025-05-23', [], 'Occurred'],
    ['occurred', '2025-04', [], 'Occurred'],
    ['cancelled', '2025-05-27', [], 'Cancelled'],
    ['cancelled', '2027-01-10', [], 'Cancelled'],
    // Passed, never looked at since: the build day.
    [
      'scheduled',
      '2025-05-27',
      [],
      'Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '2025-05',
      [],
      'Scheduled for May 2025; not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '2025',
      [],
      'Scheduled for 2025; not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '2025-05-27~',
      [],
      'Scheduled for about 27 May 2025; not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '2025-05?',
      [],
      'Scheduled for May 2025 (uncertain); not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '../2025-05-23',
      [],
      'Scheduled on or before 23 May 2025; not reported as having happened as of 30 November 2026',
    ],
    [
      'scheduled',
      '2025-05-14/2025-05-23',
      [],
      'Scheduled for 14 May 2025 – 23 May 2025; not reported as having happened as of 30 November 2026',
    ],
    // Reviewed after the date: the review day, not the build day.
    [
      'scheduled',
      '2025-05-27',
      ['2025-09-01', '2025-05-01', undefined],
      'Scheduled for 27 May 2025; not reported as having happened as of 1 September 2025',
    ],
    // Reviewed only before the date: that review says nothing about after it.
    [
      'scheduled',
      '2025-05-27',
      ['2025-05-01'],
      'Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026',
    ],
    // Not yet passed: today itself, later this month, the future, open-ended.
    ['scheduled', '2026-11-30', [], 'Scheduled for 30 November 2026'],
    ['scheduled', '2026-11', [], 'Scheduled for November 2026'],
    ['scheduled', '2027-01-10', [], 'Scheduled for 10 January 2027'],
    ['scheduled', '2025-05-14/..', [], 'Scheduled on or after 14 May 2025'],
    ['scheduled', '2026-11-01/2026-12-05', [], 'Scheduled for 1 November 2026 – 5 December 2026'],
  ])('a %s event dated %s (checked %j) reads "%s"', (status, edtf, checkedDays, expected) => {
    expect(eventStatusText(status, parseEventDate(edtf), { today: TODAY, checkedDays })).toBe(
      expected,
    );
  });
});

describe('scheduledFor', () => {
  test.each([
    ['2025-05-27', 'Scheduled for 27 May 2025'],
    ['../2025-05-23', 'Scheduled on or before 23 May 2025'],
    ['2025-05-14/..', 'Scheduled on or after 14 May 2025'],
  ])('%s reads "%s"', (edtf, expected) => {
    expect(scheduledFor(parseEventDate(edtf))).toBe(expected);
  });
});

describe('asOfDay', () => {
  test.each<[string, (string | undefined)[], string]>([
    ['2025-05-27', [], TODAY],
    ['2025-05-27', ['2025-05-27'], TODAY],
    ['2025-05-27', ['2025-05-28', '2026-01-02'], '2026-01-02'],
    ['2025-05', ['2025-05-30'], TODAY],
    ['2025-05', ['2025-06-01'], '2025-06-01'],
  ])('a date of %s checked on %j holds as of %s', (edtf, checked, expected) => {
    expect(asOfDay(parseEventDate(edtf), checked, TODAY)).toBe(expected);
  });
});

describe('lastOccurredEvent', () => {
  const event = (id: string, edtf: string, status: EventStatus = 'occurred') => ({
    id,
    data: { status, date: parseEventDate(edtf) },
  });
  test.each<[string, ReturnType<typeof event>[], string | undefined]>([
    ['the latest of those that occurred', [event('a', '2025-04'), event('b', '2025-05-24')], 'b'],
    [
      'skipping a scheduled and a cancelled event',
      [
        event('a', '2025-05-23'),
        event('b', '2025-05-27', 'scheduled'),
        event('c', '2025-06', 'cancelled'),
      ],
      'a',
    ],
    [
      'counting an open "on or before" date',
      [event('a', '2025-04'), event('b', '../2025-05-24')],
      'b',
    ],
    ['skipping one dated after today', [event('a', '2025-04'), event('b', '2026-12-02')], 'a'],
    ['none when nothing occurred', [event('a', '2025-05-27', 'scheduled')], undefined],
  ])('is %s', (_, events, expected) => {
    expect(lastOccurredEvent(events, TODAY)?.id).toBe(expected);
  });
});

describe('lastEventText', () => {
  test.each([
    ['2025-05-24', 'Last event: 24 May 2025'],
    ['2025-04', 'Last event: April 2025'],
    [undefined, 'No event recorded yet'],
  ])('%s reads "%s"', (edtf, expected) => {
    expect(lastEventText(edtf ? parseEventDate(edtf) : undefined)).toBe(expected);
  });
});

describe('reviewedText', () => {
  test.each([
    ['2026-10-02', 'Last reviewed for news: 2 October 2026'],
    [undefined, 'Not reviewed for news since it was added on 28 November 2026'],
  ])('reviewed %s reads "%s"', (reviewed, expected) => {
    expect(reviewedText({ reviewed, published: '2026-11-28' })).toBe(expected);
  });
});

describe('caseCurrencyText', () => {
  test.each([
    [
      '2025-05-24',
      undefined,
      'Last event: 24 May 2025. Not reviewed for news since it was added on 28 November 2026.',
    ],
    ['2025-04', '2026-11-29', 'Last event: April 2025. Last reviewed for news: 29 November 2026.'],
    [
      undefined,
      undefined,
      'No event recorded yet. Not reviewed for news since it was added on 28 November 2026.',
    ],
  ])('last event %s, reviewed %s reads "%s"', (edtf, reviewed, expected) => {
    expect(
      caseCurrencyText({
        lastEvent: edtf ? parseEventDate(edtf) : undefined,
        reviewed,
        published: '2026-11-28',
      }),
    ).toBe(expected);
  });
});
