import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildEventsCsv, CSV_COLUMNS, toTextCell } from '../../../src/lib/data/csv';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';

const LONG_LINE = 'x'.repeat(2000);
const model = makeModel({
  nasty: rawEvent({
    title: NASTY,
    summary: `${NASTY}\nsecond line\r\n${LONG_LINE}`,
    tags: ['a, b', '"q"'],
    actors: [{ id: 'court-a', role: 'court' }],
  }),
  formula: rawEvent({
    title: '=HYPERLINK("https://evil.example","click")',
    date: '2024',
    sources: [
      { title: 'S1', url: 'https://example.org/1' },
      { title: 'S2' },
      { title: 'S3', url: 'https://example.org/3' },
    ],
  }),
});
const csv = buildEventsCsv(model, TEST_URLS);

describe('buildEventsCsv', () => {
  test('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('parses back to the header row and one row per event, every row as wide as the header', () => {
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  test('keeps hostile text, emoji and RTL intact, on one line per event', () => {
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    const nasty = records.find((r) => r.id === 'nasty')!;
    expect(nasty.title).toBe(NASTY);
    expect(nasty.summary).toBe(`${NASTY} second line ${LONG_LINE}`);
    expect(nasty.tags).toBe('a, b; "q"');
    expect(nasty.url).toBe('https://casetrail.test/kb/events/nasty/');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  test('gives dates with their precision and lists as text', () => {
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.find((r) => r.id === 'formula')).toMatchObject({
      date: '2024',
      date_display: '2024',
      earliest: '2024-01-01',
      latest: '2024-12-31',
      precision: 'year',
      source_titles: 'S1; S2; S3',
      source_urls: 'https://example.org/1 https://example.org/3',
      actors: 'court-a (court)',
      cases: 'case-a',
    });
  });
});

describe('toTextCell', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-cmd', `'-cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['  two\n lines ', 'two lines'],
    ['Plain', 'Plain'],
    [null, ''],
  ])('makes %j safe as %j', (value, expected) => {
    expect(toTextCell(value)).toBe(expected);
  });
});
