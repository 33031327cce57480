import { describe, expect, test } from 'vitest';
import { checkPastScheduled, checkStaleCase, monthsBefore } from '../../../src/lib/check/editorial';
import { caseSchema } from '../../../src/schemas/case';
import { eventSchema } from '../../../src/schemas/event';

const event = (fields: Record<string, unknown>) => ({
  id: 'e',
  filePath: 'e.mdx',
  data: eventSchema.parse({
    title: 'T',
    summary: 'S',
    date: '2025-05-27',
    status: 'scheduled',
    kind: 'deadline',
    cases: ['c'],
    sources: [{ title: 'Src', kind: 'primary' }],
    published: '2025-05-01',
    ...fields,
  }),
});

describe('monthsBefore', () => {
  test.each([
    ['2026-11-28', 12, '2025-11-28'],
    ['2026-03-15', 3, '2025-12-15'],
    ['2026-01-31', 1, '2025-12-31'],
  ])('counts back from %s by %i months to %s', (day, months, expected) => {
    expect(monthsBefore(day, months)).toBe(expected);
  });
});

describe('checkPastScheduled', () => {
  test.each([
    ['a date still to come', { date: '2026-12-01' }, 0],
    ['a passed date and no update', {}, 1],
    ['a passed date, updated after it', { updated: '2025-06-02' }, 0],
    ['a passed date, updated before it', { updated: '2025-05-20' }, 1],
    [
      'a passed date, corrected after it',
      { corrections: [{ date: '2025-06-02', note: 'Checked.' }] },
      0,
    ],
    ['a month that has not ended', { date: '2026-11' }, 0],
    ['an occurred event', { status: 'occurred' }, 0],
  ])('for %s gives %i warnings', (_label, fields, count) => {
    expect(checkPastScheduled(event(fields), '2026-11-28')).toHaveLength(count);
  });
});

describe('checkStaleCase', () => {
  const kase = (status: string) => ({
    id: 'c',
    filePath: 'c.mdx',
    data: caseSchema.parse({ title: 'C', summary: 'S', status, published: '2025-01-01' }),
  });

  test.each([
    ['ongoing', '2026-01-10', 0],
    ['ongoing', '2025-10-10', 1],
    ['decided', '2020-01-01', 0],
  ])('for an %s case whose last event is on %s gives %i warnings', (status, date, count) => {
    expect(
      checkStaleCase(kase(status), [event({ date, status: 'occurred' })], '2026-11-28', 12),
    ).toHaveLength(count);
  });

  test('says so when an ongoing case has no events at all', () => {
    expect(checkStaleCase(kase('ongoing'), [], '2026-11-28', 12)[0]?.found).toBe(
      '"ongoing" with no events',
    );
  });
});
