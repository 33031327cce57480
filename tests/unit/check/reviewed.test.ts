import { describe, expect, test } from 'vitest';
import { checkReviewed } from '../../../src/lib/check/editorial';
import { caseSchema } from '../../../src/schemas/case';

const kase = (reviewed?: string) => ({
  id: 'c',
  filePath: 'content/cases/c.mdx',
  data: caseSchema.parse({
    title: 'T',
    summary: 'S',
    status: 'ongoing',
    published: '2025-01-01',
    ...(reviewed ? { reviewed } : {}),
  }),
});

describe('checkReviewed', () => {
  test.each<[string | undefined, number, string | undefined]>([
    [undefined, 6, undefined],
    ['2026-11-01', 6, undefined],
    ['2026-05-30', 6, undefined],
    [
      '2026-05-29',
      6,
      'content/cases/c.mdx: reviewed: last reviewed 29 May 2026 (more than 6 months ago)',
    ],
    [
      '2025-11-01',
      12,
      'content/cases/c.mdx: reviewed: last reviewed 1 November 2025 (more than 12 months ago)',
    ],
    ['2025-12-01', 12, undefined],
  ])('a case reviewed on %s, with a limit of %i months, warns: %s', (reviewed, months, line) => {
    const [problem, ...rest] = checkReviewed(kase(reviewed), '2026-11-30', months);
    expect(rest).toEqual([]);
    if (line === undefined) return expect(problem).toBeUndefined();
    expect(`${problem?.file}: ${problem?.field}: ${problem?.found}`).toBe(line);
    expect(problem?.severity).toBe('warning');
    expect(problem?.expected).toContain('set reviewed: to today');
  });
});
