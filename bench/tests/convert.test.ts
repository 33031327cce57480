import { describe, expect, test } from 'vitest';
import { slidesToVisItems, toTimelineJsDate, toTimelineJsEvent, toVisItem } from '../peers/convert';
import type { TimelineEvent } from '../../src/lib/timeline/types';

const event = (
  date: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'span'>,
): TimelineEvent => ({
  id: 'e1',
  title: 'Title',
  summary: 'Summary',
  kind: 'ruling',
  status: 'occurred',
  when: 'shown',
  qualifier: 'exact',
  url: '/events/e1/',
  cases: ['c'],
  actors: [],
  links: [],
  ...date,
});

describe('toVisItem', () => {
  test.each([
    [
      'a day is a point',
      { start: '2025-05-23', end: '2025-05-23', precision: 'day', span: 'point' },
      { start: '2025-05-23' },
    ],
    [
      'a month is a range over it',
      { start: '2025-04-01', end: '2025-04-30', precision: 'month', span: 'point' },
      { start: '2025-04-01', end: '2025-04-30' },
    ],
    [
      'an interval is a range',
      { start: '2025-05-14', end: '2025-05-23', precision: 'day', span: 'interval' },
      { start: '2025-05-14', end: '2025-05-23' },
    ],
    [
      'on or before is a point at its known day',
      { start: null, end: '2025-05-23', precision: 'day', span: 'on-or-before' },
      { start: '2025-05-23' },
    ],
    [
      'on or after is a point at its known day',
      { start: '2025-05-23', end: null, precision: 'day', span: 'on-or-after' },
      { start: '2025-05-23' },
    ],
  ] as const)('%s', (_, date, expected) => {
    expect(toVisItem(event(date))).toEqual({ id: 'e1', content: 'Title', ...expected });
  });
});

describe('toTimelineJsDate', () => {
  test.each([
    ['2025-05-23', 'day', { year: 2025, month: 5, day: 23 }],
    ['2025-04-01', 'month', { year: 2025, month: 4 }],
    ['2025-01-01', 'year', { year: 2025 }],
  ] as const)('%s at %s precision keeps only the known parts', (day, precision, expected) => {
    expect(toTimelineJsDate(day, precision)).toEqual(expected);
  });
});

describe('toTimelineJsEvent', () => {
  test.each([
    [
      'an interval has an end date',
      { start: '2025-05-14', end: '2025-05-23', precision: 'day', span: 'interval' },
      {
        start_date: { year: 2025, month: 5, day: 14 },
        end_date: { year: 2025, month: 5, day: 23 },
      },
    ],
    [
      'a month has none',
      { start: '2025-04-01', end: '2025-04-30', precision: 'month', span: 'point' },
      { start_date: { year: 2025, month: 4 } },
    ],
    [
      'on or before starts at its known day',
      { start: null, end: '2025-05-23', precision: 'day', span: 'on-or-before' },
      { start_date: { year: 2025, month: 5, day: 23 } },
    ],
  ] as const)('%s', (_, date, expected) => {
    expect(toTimelineJsEvent(event(date))).toEqual({
      unique_id: 'e1',
      text: { headline: 'Title', text: 'Summary' },
      ...expected,
    });
  });
});

describe('slidesToVisItems', () => {
  test.each([
    [
      'a day is a point',
      { unique_id: 'a', start_date: { year: 2025, month: 5, day: 23 }, text: { headline: 'A' } },
      [{ id: 'a', content: 'A', start: '2025-05-23' }],
    ],
    [
      'a month keeps only its parts',
      { unique_id: 'b', start_date: { year: 2025, month: 4 }, text: { headline: 'B' } },
      [{ id: 'b', content: 'B', start: '2025-04' }],
    ],
    [
      'an interval gets its end',
      {
        unique_id: 'c',
        start_date: { year: 999, month: 1, day: 2 },
        end_date: { year: 999, month: 2, day: 3 },
        text: { headline: 'C' },
      },
      [{ id: 'c', content: 'C', start: '0999-01-02', end: '0999-02-03' }],
    ],
    [
      'the title slide has no date and is left out',
      { unique_id: 't', text: { headline: 'T' } },
      [],
    ],
  ])('%s', (_, slide, items) => {
    expect(slidesToVisItems([slide])).toEqual(items);
  });
});
