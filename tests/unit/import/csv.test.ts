import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/editor/frontmatter';
import { importCsv, inColumns, parseTime } from '../../../src/lib/import/csv';
import { importReport } from '../../../src/lib/import/report';
import type { ImportOptions } from '../../../src/lib/import/slides';
import { ROOT } from '../../helpers/site';

const sheet = readFileSync(join(ROOT, 'tests/fixtures/import/sheet-template.csv'), 'utf8');
const options: ImportOptions = {
  caseId: 'sample-case',
  kind: 'report',
  today: '2026-11-28',
  existingIds: new Set(),
};

describe('parseTime', () => {
  test.each([
    ['10:30', { hour: '10', minute: '30' }],
    ['6:45 PM', { hour: '18', minute: '45' }],
    ['6:45pm', { hour: '18', minute: '45' }],
    ['12:05 a.m.', { hour: '0', minute: '05' }],
    ['12 PM', { hour: '12', minute: '00' }],
    ['09:30:15.250', { hour: '9', minute: '30', second: '15', millisecond: '250' }],
    ['The Great Boar Hunt', undefined],
    ['25:00', undefined],
    ['13:00 PM', undefined],
    ['7', undefined],
  ])('reads %j as %j', (text, parts) => {
    expect(parseTime(text)).toEqual(parts);
  });
});

describe('inColumns', () => {
  test.each([
    ['start_date.month is 13; expected 1 to 12', 'column "Month" is 13; expected 1 to 12'],
    ['end_date.year is "x", not a whole number', 'column "End Year" is "x", not a whole number'],
    [
      'start_date: dropped the time 18:45; Casetrail dates are days',
      'column "Time": dropped the time 18:45; Casetrail dates are days',
    ],
  ])("says %j in the sheet's columns", (reason, expected) => {
    expect(inColumns(reason)).toBe(expected);
  });
});

describe('importCsv', () => {
  const result = importCsv(sheet, options);
  const byLine = new Map(result.rows.map((r) => [r.row, r]));

  test('numbers rows by the line they start on, even after a cell that spans two lines', () => {
    expect(result.rows.map((r) => [r.row, r.label, r.ok])).toEqual([
      [3, '"An evening meeting"', true],
      [5, '"The Great Boar Hunt"', false],
      [6, '"A spring show"', true],
      [7, '"A second spring show"', true],
      [8, '"A winter sale"', true],
    ]);
  });

  test('refuses a row with fewer cells than the header, naming the column where it falls short', () => {
    expect(byLine.get(5)).toMatchObject({
      ok: false,
      reason:
        'the row has 13 cells where the header has 18, so column "Media Caption" and those after it are missing (a cell added or removed in the sheet shifts the row); fix the row and import it again',
    });
  });

  test('refuses a row with a filled cell past the last column', () => {
    const long = importCsv('Year,Headline\n2020,A row,stray text\n', options);
    expect(long.rows[0]).toMatchObject({
      row: 2,
      label: '"A row"',
      ok: false,
      reason: expect.stringContaining(
        'cell 3 ("stray text") is past the last column, "Headline"',
      ) as unknown,
    });
  });

  test("accepts a 12-hour time, drops it and says so in the column's name", () => {
    const row = byLine.get(3);
    expect(row?.ok && splitFrontmatter(row.text).data).toMatchObject({ date: '1884-06-02' });
    expect(row?.notes).toContain(
      'column "Time": dropped the time 18:45; Casetrail dates are days, so the date is 1884-06-02',
    );
  });

  test('gives events of one month the source order', () => {
    const order = [6, 7, 8].map((line) => {
      const row = byLine.get(line);
      return row?.ok ? (splitFrontmatter(row.text).data as { order?: number }).order : 'refused';
    });
    expect(order).toEqual([6, 7, undefined]);
  });

  test('prints a reason shared by every row once, with the rows it affects', () => {
    const report = importReport(
      'sheet.csv',
      importCsv(sheet, { ...options, kind: undefined }),
      new Map(),
      'line',
    );
    expect(report.match(/pass --kind/g)).toHaveLength(1);
    expect(report).toContain(
      'sheet.csv: not imported (4 lines): no kind: TimelineJS has none; pass --kind',
    );
    expect(report).toContain('\n  line 3 "An evening meeting"\n  line 6 "A spring show"\n');
    expect(report).toContain(
      'sheet.csv: line 5 "The Great Boar Hunt": not imported: the row has 13 cells',
    );
  });
});
