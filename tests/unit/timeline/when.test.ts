import { describe, expect, test } from 'vitest';
import {
  formatEventDate,
  parseEventDate,
  earliestDay,
  latestDay,
  precisionOf,
} from '../../../src/lib/dates';
import { readDate } from '../../../src/lib/timeline/when';

// The model's own wording of each date (formatEventDate) against readDate's, from the days,
// precision, qualifier and span the chart keeps: equal wherever the build leaves `when` out.
const forms = (edtf: string) => {
  const date = parseEventDate(edtf);
  return {
    model: formatEventDate(date),
    chart: readDate({
      start: earliestDay(date),
      end: latestDay(date),
      precision: precisionOf(date),
      qualifier: date.qualifier,
      span: date.span,
    }),
  };
};

describe('readDate', () => {
  test.each([
    ['2025-05-23', '23 May 2025'],
    ['2025-04', 'April 2025'],
    ['2025', '2025'],
    ['2025-05-23~', 'about 23 May 2025'],
    ['2025-05?', 'May 2025 (uncertain)'],
    ['2025%', 'about 2025 (uncertain)'],
    ['../2025-05-23', 'on or before 23 May 2025'],
    ['[..2025-05]', 'on or before May 2025'],
    ['2025-05-23/..', 'on or after 23 May 2025'],
    ['2025-05-14/2025-05-23', '14 May 2025 – 23 May 2025'],
  ])('reads %s as the model does: %s', (edtf, text) => {
    expect(forms(edtf)).toEqual({ model: text, chart: text });
  });

  test.each([
    ['an interval from a month to a day', '2025-04/2025-05-23'],
    ['an interval whose end has its own qualifier', '2025-05-14/2025-05-23~'],
  ])('differs for %s, which the chart data keeps as written', (_, edtf) => {
    const { model, chart } = forms(edtf);
    expect(chart).not.toBe(model);
  });
});
