import { describe, expect, test } from 'vitest';
import { findRawDateProblems } from '../../../src/lib/model/raw-dates';

const file = (front: string) => `---\n${front}\n---\n\nBody.\n`;

describe('findRawDateProblems', () => {
  test.each([
    ['a real day', 'date: 2025-05-23', []],
    ['a leap day', 'date: 2024-02-29', []],
    [
      'a month, an approximate day, an interval',
      'date: 2025-04\npublished: 2025-05-23~\nupdated: 2025-05-14/2025-05-23',
      [],
    ],
    ['30 February, which YAML 1.1 would turn into 2 March', 'date: 2025-02-30', ['date']],
    ['month 13', 'published: 2025-13-01', ['published']],
    ['day 00', 'updated: 2025-05-00', ['updated']],
    [
      'an impossible source date',
      'date: 2025-05-23\nsources:\n  - title: S\n    published: 2025-04-31',
      ['sources[0].published'],
    ],
    [
      'an impossible correction date',
      'date: 2025-05-23\ncorrections:\n  - date: 2025-06-31\n    note: N',
      ['corrections[0].date'],
    ],
    ['a day that is not EDTF at all', 'date: 23/05/2025', ['date']],
  ])('%s', (_, front, fields) => {
    expect(findRawDateProblems('content/events/x.mdx', file(front)).map((p) => p.field)).toEqual(
      fields,
    );
  });

  test('names the file, the text found and the calendar fact', () => {
    const [problem] = findRawDateProblems('content/events/x.mdx', file('date: 2025-02-30'));
    expect(problem).toMatchObject({
      file: 'content/events/x.mdx',
      field: 'date',
      found: '"2025-02-30"',
      severity: 'error',
    });
    expect(problem?.expected).toMatch(/February 2025 has 28 days/);
  });
});
