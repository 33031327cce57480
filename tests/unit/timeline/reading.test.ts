import { describe, expect, test } from 'vitest';
import { listGap } from '../../../src/lib/timeline/gaps';
import { wrapTitle } from '../../../src/lib/timeline/geometry';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { legendEntries } from '../../../src/lib/timeline/legend';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { DAY_MS } from '../../../src/lib/timeline/time';
import type { TimelineEvent } from '../../../src/lib/timeline/types';
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

/** Return the legend keys of one chart of events, laid out over a domain at a width. */
function legendOf(
  events: TimelineEvent[],
  domain?: readonly [number, number],
  width = 1000,
  today: number | null = TODAY,
): string[] {
  const prepared = prepareTimeline(events);
  const layout = layoutTimeline(prepared, { domain: domain ?? prepared.extent, width, today });
  return legendEntries(layout).map((e) => e.key);
}

const day = (id: string, extra: Partial<TimelineEvent> = {}) =>
  fixtureEvent(id, { start: '2025-05-23', end: '2025-05-23' }, extra);
const MAY = [Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 1)] as const;

describe('legendEntries', () => {
  test('lists exactly the kinds and forms the seed-like chart draws', () => {
    expect(legendOf(SEED_LIKE)).toEqual([
      'kind-decision',
      'kind-filing',
      'kind-announcement',
      'kind-report',
      'kind-deadline',
      'somewhere',
      'open-before',
      'overdue',
      'link',
    ]);
  });

  test.each([
    ['a cancelled event', [day('x', { status: 'cancelled' })], 'cancelled'],
    [
      'an interval',
      [fixtureEvent('x', { start: '2025-05-20', end: '2025-05-30', span: 'interval' })],
      'interval',
    ],
    ['an approximate day', [day('x', { qualifier: 'approximate' })], 'dashed'],
    ['a scheduled day still ahead', [day('x', { status: 'scheduled' })], 'scheduled'],
    [
      'a link to another event of the chart',
      [day('a'), day('b', { links: [{ type: 'responds-to', label: 'Responds to', event: 'a' }] })],
      'link',
    ],
  ])('lists %s when the chart draws one', (_, events, key) => {
    expect(legendOf(events, MAY, 1000, Date.UTC(2025, 0, 1))).toContain(key);
  });

  test.each([
    [
      'a month seen from a century: its symbol, no dotted box',
      [fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' })],
      [Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)],
      'somewhere',
    ],
    [
      'a link to an event outside the chart',
      [day('b', { links: [{ type: 'responds-to', label: 'Responds to', event: 'gone' }] })],
      MAY,
      'link',
    ],
    [
      'a cancelled event out of view',
      [day('x', { status: 'cancelled' })],
      [MAY[0], MAY[0] + 5 * DAY_MS],
      'cancelled',
    ],
    ['today when its rule is out of view', [day('x')], MAY, 'today'],
    ['clusters when none are drawn', SEED_LIKE, undefined, 'cluster'],
  ] as const)('leaves out %s', (_, events, domain, key) => {
    expect(legendOf([...events], domain)).not.toContain(key);
  });

  test.each([
    ['today, when its rule is drawn', [day('x')], MAY, Date.UTC(2025, 4, 10), 'today'],
    [
      'clusters, when the drawing has them',
      Array.from({ length: 40 }, (_, i) => day(`s${i}`)),
      MAY,
      null,
      'cluster',
    ],
  ] as const)('adds %s', (_, events, domain, today, key) => {
    expect(legendOf([...events], domain, 1000, today)).toContain(key);
  });
});
