import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check';
import { parseContentFile } from '../../../src/lib/check/read';

// Astro reads frontmatter as YAML 1.1, where an unquoted 2025-02-30 silently becomes 2 March; the
// check reads dates as the editor wrote them, so an impossible day is refused by name.
const CASE = parseContentFile(
  'cases',
  'cases/c.mdx',
  '---\ntitle: C\nsummary: S.\nstatus: ongoing\npublished: 2025-01-01\n---\n',
);

function dateFields(front: string): string[] {
  const event = parseContentFile(
    'events',
    'events/e.mdx',
    `---\ntitle: T\nsummary: S.\nkind: ruling\ncases: [c]\nsources: [{ title: S }]\npublished: 2025-06-01\n${front}\n---\n\nBody.\n`,
  );
  return checkContent([CASE, event], { today: '2025-06-02' })
    .filter((p) => p.severity === 'error')
    .map((p) => p.field);
}

describe('checkContent reads dates as written', () => {
  test.each([
    ['a real day', 'date: 2025-05-23', []],
    ['a leap day', 'date: 2024-02-29', []],
    [
      'a month, an approximate day, an interval',
      'date: 2025-04\nupdated: 2025-05-14/2025-05-23',
      [],
    ],
    ['30 February, which YAML 1.1 would turn into 2 March', 'date: 2025-02-30', ['date']],
    ['month 13', 'date: 2025-13-01', ['date']],
    ['day 00', 'date: 2025-05-01\nupdated: 2025-05-00', ['updated']],
    [
      'an impossible correction date',
      'date: 2025-05-23\ncorrections:\n  - date: 2025-06-31\n    note: A fix.',
      ['corrections[0].date'],
    ],
    ['a day that is not EDTF at all', 'date: 23/05/2025', ['date']],
  ])('%s', (_, front, fields) => {
    expect(dateFields(front)).toEqual(fields);
  });
});
