import { describe, expect, test } from 'vitest';
import {
  MAX_LANES,
  MIN_SPAN_MS,
  eventTime,
  fitExtent,
  prepareTimeline,
} from '../../../src/lib/timeline/prepare';
import { DAY_MS } from '../../../src/lib/timeline/time';
import { fixtureEvent, SEED_LIKE } from '../../fixtures/timeline/seed-like';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('eventTime', () => {
  test.each([
    ['a day', { start: '2025-05-23', end: '2025-05-23' }, utc(2025, 5, 23), utc(2025, 5, 24), null],
    [
      'a month',
      { start: '2025-04-01', end: '2025-04-30', precision: 'month' as const },
      utc(2025, 4, 1),
      utc(2025, 5, 1),
      null,
    ],
    [
      'a year',
      { start: '2025-01-01', end: '2025-12-31', precision: 'year' as const },
      utc(2025, 1, 1),
      utc(2026, 1, 1),
      null,
    ],
    [
      'an interval',
      { start: '2025-05-14', end: '2025-05-23', span: 'interval' as const },
      utc(2025, 5, 14),
      utc(2025, 5, 24),
      null,
    ],
    [
      'on or before a day',
      { start: null, end: '2025-05-23', span: 'on-or-before' as const },
      utc(2025, 5, 23),
      utc(2025, 5, 24),
      'before',
    ],
    [
      'on or before a month',
      {
        start: null,
        end: '2025-05-31',
        span: 'on-or-before' as const,
        precision: 'month' as const,
      },
      utc(2025, 5, 1),
      utc(2025, 6, 1),
      'before',
    ],
    [
      'on or after a day',
      { start: '2025-05-14', end: null, span: 'on-or-after' as const },
      utc(2025, 5, 14),
      utc(2025, 5, 15),
      'after',
    ],
    [
      'on or after a year',
      { start: '2025-01-01', end: null, span: 'on-or-after' as const, precision: 'year' as const },
      utc(2025, 1, 1),
      utc(2026, 1, 1),
      'after',
    ],
  ])('places %s over its known part, with the open side marked', (_, date, a0, a1, open) => {
    expect(eventTime(fixtureEvent('e', date))).toEqual({ a0, a1, open });
  });

  test('refuses a closed date without both ends, naming the event', () => {
    expect(() => eventTime(fixtureEvent('broken', { start: null, end: '2025-05-01' }))).toThrow(
      /event "broken"/,
    );
  });
});

describe('fitExtent', () => {
  test.each([
    ['no events', [], MIN_SPAN_MS],
    ['one day', [{ a0: utc(2025, 5, 23), a1: utc(2025, 5, 24), open: null }], MIN_SPAN_MS],
    ['two months', [{ a0: utc(2025, 4, 1), a1: utc(2025, 6, 1), open: null }], 61 * DAY_MS * 1.11],
  ] as const)('fits %s with room around', (_, times, span) => {
    const [from, to] = fitExtent(times);
    expect(to - from).toBeCloseTo(span, -3);
    for (const t of times) expect(from < t.a0 && t.a1 < to).toBe(true);
  });
});

describe('prepareTimeline', () => {
  const twoCases = [
    fixtureEvent(
      'a',
      { start: '2025-01-01', end: '2025-01-01' },
      { cases: ['x'], actors: ['p', 'q'], kind: 'ruling' },
    ),
    fixtureEvent(
      'b',
      { start: '2025-01-02', end: '2025-01-02' },
      { cases: ['x', 'y'], actors: ['q'], kind: 'letter' },
    ),
    fixtureEvent(
      'c',
      { start: '2025-01-03', end: '2025-01-03' },
      { cases: ['y'], actors: [], kind: 'ruling' },
    ),
  ];

  test.each([
    [
      'case',
      [
        ['x', 'Case X', ['a', 'b']],
        ['y', 'Case Y', ['b', 'c']],
      ],
    ],
    [
      'actor',
      [
        ['p', 'Party P', ['a']],
        ['q', 'q', ['a', 'b']],
        ['', 'No actor', ['c']],
      ],
    ],
    [
      'kind',
      [
        ['ruling', 'Ruling', ['a', 'c']],
        ['letter', 'Letter', ['b']],
      ],
    ],
  ] as const)('puts events in lanes by %s, in order of each lane’s first event', (by, lanes) => {
    const prepared = prepareTimeline(twoCases, by, { x: 'Case X', y: 'Case Y', p: 'Party P' });
    expect(
      prepared.lanes.map((l) => [l.id, l.label, [...l.members].map((i) => twoCases[i]!.id)]),
    ).toEqual(lanes);
  });

  test('folds lanes beyond the limit into one "Other" lane holding all their events', () => {
    const many = Array.from({ length: MAX_LANES + 5 }, (_, i) =>
      fixtureEvent(`e${i}`, { start: '2025-01-01', end: '2025-01-01' }, { cases: [`case-${i}`] }),
    );
    const { lanes } = prepareTimeline(many, 'case');
    expect(lanes).toHaveLength(MAX_LANES);
    expect(lanes.at(-1)).toMatchObject({ label: 'Other' });
    expect(lanes.at(-1)!.members).toHaveLength(6);
  });

  test('keeps the given (date) order of events for the keyboard', () => {
    expect(prepareTimeline(SEED_LIKE).events.map((e) => e.id)).toEqual(SEED_LIKE.map((e) => e.id));
  });
});
