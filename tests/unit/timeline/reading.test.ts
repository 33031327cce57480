import { describe, expect, test } from 'vitest';
import { listGap } from '../../../src/lib/timeline/gaps';
import { wrapTitle } from '../../../src/lib/timeline/geometry';
import { legendEntries } from '../../../src/lib/timeline/legend';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { DAY_MS } from '../../../src/lib/timeline/time';
import { describeWhen, isOverdue } from '../../../src/lib/timeline/wording';
import { fixtureEvent, SEED_LIKE } from '../../fixtures/timeline/seed-like';

const TODAY = Date.UTC(2026, 10, 30);

describe('describeWhen', () => {
  test.each([
    ['occurred', '2025-05-27', '27 May 2025'],
    ['scheduled', '2027-05-27', '27 May 2025 (scheduled)'],
    ['scheduled', '2025-05-27', 'scheduled for 27 May 2025; not reported since'],
    ['cancelled', '2025-05-27', '27 May 2025 (cancelled)'],
  ] as const)('words a %s event on %s as "%s"', (status, day, expected) => {
    const event = { status, start: day, end: day, when: '27 May 2025' };
    expect(describeWhen(event, TODAY)).toBe(expected);
  });
});

describe('isOverdue', () => {
  test.each([
    ['a scheduled day before today', 'scheduled', '2026-11-29', true],
    ['a scheduled day that is today', 'scheduled', '2026-11-30', false],
    ['an occurred day before today', 'occurred', '2026-11-29', false],
  ] as const)('says %s is overdue: %s', (_, status, day, expected) => {
    expect(isOverdue({ status, start: day, end: day }, TODAY)).toBe(expected);
  });
});

describe('listGap', () => {
  test.each([
    [0, null],
    [3, null],
    [21, '3 weeks later'],
    [92, '3 months later'],
    [730, '2 years later'],
    [36525 * 3, '3 centuries later'],
  ] as const)('words a gap of %i days as %s', (days, text) => {
    expect(listGap(0, days * DAY_MS).text).toBe(text);
  });

  test('gives longer gaps more space, but collapsed and capped', () => {
    const spaces = [1, 30, 365, 36525].map((d) => listGap(0, d * DAY_MS).space);
    expect([...spaces].sort((a, b) => a - b)).toEqual(spaces);
    expect(spaces[3]).toBeLessThanOrEqual(4);
  });
});

describe('wrapTitle', () => {
  test.each([
    ['Short title', 20, ['Short title']],
    [
      'Cologne court denies the injunction request',
      20,
      ['Cologne court denies', 'the injunction', 'request'],
    ],
    ['Averyveryverylongword here', 10, ['Averyveryv', 'erylongwor', 'd here']],
  ] as const)('wraps "%s" at %i characters without losing a word', (title, chars, lines) => {
    expect(wrapTitle(title, chars)).toEqual(lines);
  });
});

describe('legendEntries', () => {
  test('lists only the kinds and forms the seed-like chart draws', () => {
    const prepared = prepareTimeline(SEED_LIKE);
    const keys = legendEntries(prepared, { clusters: [] }, TODAY).map((e) => e.key);
    expect(keys).toContain('somewhere');
    expect(keys).toContain('open-before');
    expect(keys).toContain('overdue');
    expect(keys).not.toContain('cluster');
    expect(keys).not.toContain('interval');
    expect(keys).not.toContain('cancelled');
    expect(keys).not.toContain('today');
  });

  test.each([
    ['a cancelled event', { status: 'cancelled' as const }, 'cancelled'],
    ['an interval', { span: 'interval' as const, end: '2025-05-30' }, 'interval'],
    ['an approximate day', { qualifier: 'approximate' as const }, 'dashed'],
  ])('adds %s when the chart has one', (_, extra, key) => {
    const event = fixtureEvent('x', { start: '2025-05-23', end: '2025-05-23', ...extra });
    const keys = legendEntries(prepareTimeline([event]), { clusters: [] }, TODAY).map((e) => e.key);
    expect(keys).toContain(key);
  });
});
