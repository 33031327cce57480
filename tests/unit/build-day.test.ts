import { describe, expect, test } from 'vitest';
import { buildDay } from '../../src/lib/build-day';

describe('buildDay', () => {
  test('fixes the first day it reads, so a build across midnight keeps one day', () => {
    const env: Record<string, string | undefined> = {};
    expect(buildDay(env, new Date(2026, 10, 30, 23, 59, 59))).toBe('2026-11-30');
    expect(buildDay(env, new Date(2026, 11, 1, 0, 0, 1))).toBe('2026-11-30');
    expect(env.CASETRAIL_TODAY).toBe('2026-11-30');
  });

  test('takes CASETRAIL_TODAY when it is a real day', () => {
    expect(buildDay({ CASETRAIL_TODAY: '2025-05-23' }, new Date(2026, 0, 1))).toBe('2025-05-23');
  });

  test.each(['2025-02-30', 'tomorrow', '23/05/2025'])(
    'refuses CASETRAIL_TODAY=%s naming the variable and the fix',
    (value) => {
      expect(() => buildDay({ CASETRAIL_TODAY: value })).toThrow(
        /CASETRAIL_TODAY is ".*", not a day\. Fix: give a real calendar day as YYYY-MM-DD/,
      );
    },
  );
});
