import { describe, expect, test } from 'vitest';
import { buildApiCase, buildApiIndex } from '../../../src/lib/data/api';
import { makeModel, rawEvent, TEST_URLS } from '../../helpers/model';

// Every date shape the schema accepts (years from 1000 on: earlier years read differently since
// the readable form dropped their leading zeros), one event each, so a change to the date model
// that alters a byte of the API shows here. The expected files were written by the code before
// the date model became a union on `span`; they are compared, never regenerated.
const DATES: Record<string, string> = {
  day: '2025-05-23',
  month: '2025-04',
  year: '2024',
  approximate: '2025-05-23~',
  uncertain: '2025-05?',
  'approximate-uncertain': '2025%',
  'on-or-before-day': '../2025-05-23',
  'on-or-before-month': '../2025-03',
  'on-or-before-year': '../2023',
  'on-or-before-set': '[..2025-05-20]',
  'on-or-before-unknown-start': '/2025-02',
  'on-or-after-day': '2025-05-14/..',
  'on-or-after-month': '2025-06/..',
  'on-or-after-unknown-end': '2025-07-01/',
  'interval-days': '2025-05-14/2025-05-23',
  'interval-month-day': '2025-04/2025-06-03',
  'interval-qualified-years': '2022~/2023?',
  'leap-day': '2024-02-29',
  'year-1000': '1000-01',
};

const model = makeModel(
  Object.fromEntries(
    Object.entries(DATES).map(([id, date], i) => [
      id,
      rawEvent({
        date,
        published: '2025-06-01',
        sources: [
          {
            title: 'A source',
            publisher: 'A paper',
            published: i % 2 === 0 ? '2025-05' : '../2025-05-24',
          },
        ],
        ...(i % 3 === 0
          ? { updated: '2025-07-01', corrections: [{ date: '2025-07-01', note: 'Fixed.' }] }
          : {}),
      }),
    ]),
  ),
);

describe('buildApiCase', () => {
  test('gives every date shape exactly as before the date model changed', async () => {
    const text = `${JSON.stringify(buildApiCase(model, 'case-a', TEST_URLS), null, 2)}\n`;
    await expect(text).toMatchFileSnapshot('../../fixtures/api-snapshot/every-date-case.json');
  });
});

describe('buildApiIndex', () => {
  test('gives the first and last day of a case with every date shape exactly as before', async () => {
    const text = `${JSON.stringify(buildApiIndex(model, TEST_URLS), null, 2)}\n`;
    await expect(text).toMatchFileSnapshot('../../fixtures/api-snapshot/every-date-index.json');
  });
});
