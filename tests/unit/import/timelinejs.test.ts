import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/editor/frontmatter';
import { importCsv } from '../../../src/lib/import/csv';
import type { ImportOptions } from '../../../src/lib/import/slides';
import { importTimelineJson } from '../../../src/lib/import/timelinejs';
import { eventSchema } from '../../../src/schemas/event';
import { ROOT } from '../../helpers/site';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8');

const options: ImportOptions = {
  caseId: 'sample-case',
  kind: 'report',
  source: { title: 'A synthetic source', publisher: 'Example Press' },
  today: '2026-11-28',
  existingIds: new Set(),
};

describe('importTimelineJson', () => {
  const result = importTimelineJson(fixture('timelinejs-every-date.json'), options);
  const byRow = new Map(result.rows.map((r) => [r.row, r]));

  test.each([
    [1, '2019'],
    [2, '2020'],
    [3, '2021-03'],
    [4, '2022-06-15'],
    [5, '2022-07-04'],
    [6, '2023-01-02'],
    [7, '2023-02-03'],
    [8, '2018'],
    [9, '2017'],
    [10, '2016-05'],
    [11, '2010/2012'],
    [12, '2024-04/2024-06'],
    [13, '2025-05-14/2025-05-23'],
    [14, '2024-11/2025-01-10'],
    [15, '2015-09-01'],
    [16, '2099-12'],
  ])('keeps the date of event %i as %s in a file that passes the schema', (row, edtf) => {
    const result = byRow.get(row);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const data = splitFrontmatter(result.text).data as Record<string, unknown>;
    expect(data.date).toBe(edtf);
    expect(eventSchema.safeParse(data).success).toBe(true);
  });

  test.each([
    [
      17,
      'start_date.year is -44; Casetrail dates run from year 1 to 9999 (no BCE or cosmological dates)',
    ],
    [
      18,
      'start_date.year is -13800000000; Casetrail dates run from year 1 to 9999 (no BCE or cosmological dates)',
    ],
    [19, 'start_date is missing; TimelineJS needs at least a year'],
    [20, 'start_date has a day (5) but no month'],
    [
      21,
      'start_date: "2025-02-30": expected a real date (February 2025 has 28 days, so day 30 does not exist)',
    ],
    [
      22,
      'start_date and end_date: "2025-05-23/2025-05-01": expected an end after the start (the end 2025-05-01 comes first); write the earlier date first',
    ],
    [23, 'no headline: text.headline is empty, and every event needs a title'],
  ])('reports event %i as not imported: %s', (row, reason) => {
    expect(byRow.get(row)).toMatchObject({ ok: false, reason });
  });

  test('takes the source from the media credit, the title from the headline text, and the group as a tag', () => {
    const first = byRow.get(1);
    if (!first?.ok) throw new Error('row 1 should convert');
    expect(splitFrontmatter(first.text).data).toMatchObject({
      title: 'Year given as a number',
      sources: [
        {
          title: 'A report on the year',
          publisher: 'Example Gazette',
          url: 'https://example.org/a',
        },
      ],
      tags: ['Filings'],
      status: 'occurred',
    });
  });

  test('marks a future date scheduled and says what the title slide and eras became', () => {
    const future = byRow.get(16);
    expect(future?.ok && splitFrontmatter(future.text).data).toMatchObject({ status: 'scheduled' });
    expect(result.notes).toEqual([
      "the title slide and 1 era: not events, so not imported; paste this into the case's overview (the body of its file in cases/):\n### A synthetic timeline\n\nTest data only: every date shape TimelineJS allows.\n\nPeriods:\n\n- 2010–2015: An era",
    ]);
  });

  test('escapes the HTML text into MDX and drops the script', () => {
    const day = byRow.get(4);
    if (!day?.ok) throw new Error('row 4 should convert');
    expect(splitFrontmatter(day.text).body).toContain(
      'Curly \\{braces\\}, a `code` span, a \\< sign & an \\<angle\\>.',
    );
    expect(day.text).not.toContain('alert');
    expect(day.notes).toContain('dropped a <script> element and its content');
  });

  test('refuses to overwrite an event that exists', () => {
    const again = importTimelineJson(fixture('timelinejs-every-date.json'), {
      ...options,
      existingIds: new Set(['2019-year-given-as-a-number']),
    });
    expect(again.rows[0]).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already exists; the import never overwrites') as unknown,
    });
  });

  test('reports a slide without a source when no --source-title is given', () => {
    const bare = importTimelineJson(fixture('timelinejs-every-date.json'), {
      ...options,
      source: undefined,
    });
    expect(bare.rows[1]).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no source: the slide has no media credit or url') as unknown,
    });
  });

  test.each([
    ['not json', 'the file is not JSON'],
    ['{"slides": []}', 'expected a TimelineJS timeline: an object with an "events" list'],
  ])('refuses a file that is %s', (text, message) => {
    expect(() => importTimelineJson(text, options)).toThrow(message);
  });
});

describe('importCsv', () => {
  const result = importCsv(fixture('timeline-sheet.csv'), { ...options, source: undefined });
  const byLine = new Map(result.rows.map((r) => [r.row, r]));

  test.each([
    [3, '2021-03', 'letter'],
    [4, '2022-06-15', 'report'],
    [5, '2023/2024', 'report'],
  ])('converts line %i to a %s %s', (line, edtf, kind) => {
    const row = byLine.get(line);
    expect(row?.ok).toBe(true);
    if (row?.ok) expect(splitFrontmatter(row.text).data).toMatchObject({ date: edtf, kind });
  });

  test.each([
    [7, 'the date (columns "Year", "Month", "Day") is missing; TimelineJS needs at least a year'],
    [
      8,
      'the date (columns "Year", "Month", "Day"): "2024-02-30": expected a real date (February 2024 has 29 days, so day 30 does not exist)',
    ],
    [9, 'kind "verdict" is not one of'],
  ])('reports line %i as not imported: %s', (line, reason) => {
    expect(byLine.get(line)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(reason) as unknown,
    });
  });

  test('skips title and era rows with a note that gives their text for the case overview', () => {
    expect(result.notes).toEqual([
      "the title slide and 1 era: not events, so not imported; paste this into the case's overview (the body of its file in cases/):\n### A synthetic title row\n\nTest data only.\n\nPeriods:\n\n- 2019: An era row",
    ]);
  });
});

describe('importTimelineJson on a biography from an encyclopedia', () => {
  const result = importTimelineJson(fixture('timelinejs-biography.json'), options);
  const first = result.rows[0];

  test('keeps a picture inside the text as a <Media> after it, and says so', () => {
    if (!first?.ok) throw new Error('event 1 should convert');
    expect(first.body.split('\n\n').at(-1)).toBe(
      '<Media src="https://upload.wikimedia.org/wikipedia/commons/0/02/Synthetic_network_diagram.png" caption="A sorting network diagram" />',
    );
    expect(first.notes).toEqual([
      'dropped an image (data:image/png;base64,AAAA); add it as a source if it is one',
      'the image //upload.wikimedia.org/wikipedia/commons/0/02/Synthetic_network_diagram.png in the text is kept as a <Media> after it',
    ]);
  });

  test('starts the summary at the start of the text, "Ph.D" included', () => {
    expect(first?.ok && splitFrontmatter(first.text).data).toMatchObject({
      summary: expect.stringMatching(
        /^After four years of study she earns a Ph\.D in mathematics/,
      ) as unknown,
    });
  });
});
