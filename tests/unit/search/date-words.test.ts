import { describe, expect, test } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates';
import { dateSearchWords } from '../../../src/lib/search/date-words';

describe('dateSearchWords', () => {
  test.each([
    ['2025-05-23', ['2025-05-23', '23 May 2025', '2025-05', 'May 2025'], []],
    ['2025-04', ['2025-04', 'April 2025'], []],
    ['2025', ['2025'], []],
    ['0618/0907', ['0618', '618', '0907', '907'], []],
    [
      '2025-12-01/2026-02-10',
      [
        '2025-12-01',
        '1 December 2025',
        '2025-12',
        'December 2025',
        '2026-02-10',
        '10 February 2026',
        '2026-02',
        'February 2026',
      ],
      [],
    ],
    // Dates known roughly or from one side only rank below exact ones.
    ['../2025-05-23', [], ['2025-05-23', '23 May 2025', '2025-05', 'May 2025']],
    ['2025-05-14/..', [], ['2025-05-14', '14 May 2025', '2025-05', 'May 2025']],
    ['2025-05-23~', [], ['2025-05-23', '23 May 2025', '2025-05', 'May 2025']],
    ['2025-05?', [], ['2025-05', 'May 2025']],
  ])('%s is found as %j, or roughly as %j', (edtf, exact, near) => {
    expect(dateSearchWords(parseEventDate(edtf))).toEqual({ exact, near });
  });
});
