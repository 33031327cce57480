import { describe, expect, test } from 'vitest';
import { eventsInWindow } from '../../../src/lib/embed/window';

const EVENTS = [
  { id: 'before-may', start: null, end: '2025-05-10' },
  { id: 'april', start: '2025-04-01', end: '2025-04-30' },
  { id: 'may-23', start: '2025-05-23', end: '2025-05-23' },
  { id: 'after-june', start: '2025-06-01', end: null },
];
const ids = (from: string | null, to: string | null) =>
  eventsInWindow(EVENTS, { from, to }).map((e) => e.id);

describe('eventsInWindow', () => {
  test.each([
    [null, null, ['before-may', 'april', 'may-23', 'after-june']],
    ['2025-05', null, ['before-may', 'may-23', 'after-june']],
    ['2025-05-11', '2025-05-31', ['may-23']],
    [null, '2025-04-15', ['before-may', 'april']],
    ['2025-04-30', '2025-04-30', ['before-may', 'april']],
    ['2025-07', '2025', ['after-june']],
    ['2026', null, ['after-june']],
  ])('keeps what reaches into %s – %s', (from, to, expected) =>
    expect(ids(from, to)).toEqual(expected),
  );

  test('ignores a window with no event in it rather than draw an empty chart', () => {
    const few = EVENTS.slice(1, 3);
    expect(eventsInWindow(few, { from: '2030', to: null }).map((e) => e.id)).toEqual([
      'april',
      'may-23',
    ]);
  });
});
