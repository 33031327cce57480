import { parse } from 'csv-parse/sync';
import type { ImportOptions, TimelineSlide } from './slides';
import { htmlToText } from './html-to-mdx';
import { titleAndEraNotes } from './overview';
import type { RowResult } from './slides';
import { convertSlides, type ImportResult } from './timelinejs';
import { RowError, type TimelineDate } from './timeline-date';

type Row = Record<string, string>;

// Spreadsheet headers vary in case and spacing ("Media Credit", "media credit"); compare them folded.
const fold = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

function cell(row: Row, ...names: string[]): string {
  for (const name of names) {
    const value = row[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return '';
}

/**
 * Return the parts of a time of day as TimelineJS accepts it: "10:30", "10:30:15.250", "6:45 PM",
 * "6 pm". Casetrail drops the time anyway, so a time it cannot read is a note, never a refusal.
 */
export function parseTime(text: string): Partial<TimelineDate> | undefined {
  const match =
    /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*([ap])?\.?\s*(m\.?)?$/i.exec(
      text.trim(),
    );
  if (!match || (!match[2] && !match[5])) return undefined;
  const [, h, minute = '00', second, millisecond, half] = match;
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || Number(minute) > 59) return undefined;
  return {
    hour: String(hour),
    minute,
    ...(second && { second }),
    ...(millisecond && { millisecond }),
  };
}

/** Return a TimelineJS slide from a spreadsheet row (the TimelineJS template's columns, plus optional Casetrail ones). */
export function rowToSlide(row: Row, notes: string[] = []): TimelineSlide {
  const dateOf = (prefix: string): TimelineDate | undefined => {
    const year = cell(row, `${prefix}year`);
    const time = cell(row, `${prefix}time`);
    const column = prefix ? 'End Time' : 'Time';
    if (!year && !cell(row, `${prefix}month`) && !cell(row, `${prefix}day`)) {
      if (time) throw new RowError(`column "${column}": "${time}" is given without a date`);
      return undefined;
    }
    const parts = time ? parseTime(time) : {};
    if (!parts) notes.push(`column "${column}": "${time}" is not a time of day; dropped`);
    return {
      year,
      month: cell(row, `${prefix}month`),
      day: cell(row, `${prefix}day`),
      ...parts,
    };
  };
  const background = cell(row, 'background');
  return {
    start_date: dateOf(''),
    end_date: dateOf('end '),
    display_date: cell(row, 'display date'),
    text: { headline: cell(row, 'headline', 'title'), text: cell(row, 'text', 'body') },
    background: background.startsWith('#') ? { color: background } : { url: background },
    media: {
      url: cell(row, 'media'),
      credit: cell(row, 'media credit'),
      caption: cell(row, 'media caption'),
    },
    group: cell(row, 'group', 'tag'),
    type: cell(row, 'type').toLowerCase(),
    casetrail: {
      date: cell(row, 'date'),
      kind: cell(row, 'kind'),
      status: cell(row, 'status'),
      summary: cell(row, 'summary'),
      sourceTitle: cell(row, 'source title'),
      sourcePublisher: cell(row, 'source publisher'),
      sourceUrl: cell(row, 'source url'),
      sourceKind: cell(row, 'source kind'),
    },
  };
}

// Reasons speak in the sheet's columns, not TimelineJS's JSON fields.
const COLUMN_OF: Record<string, string> = {
  'start_date.year': 'column "Year"',
  'start_date.month': 'column "Month"',
  'start_date.day': 'column "Day"',
  'end_date.year': 'column "End Year"',
  'end_date.month': 'column "End Month"',
  'end_date.day': 'column "End Day"',
  start_date: 'the date (columns "Year", "Month", "Day")',
  end_date: 'the end date (columns "End Year", "End Month", "End Day")',
  'text.headline': 'column "Headline"',
};

/** Return a reason with TimelineJS field names replaced by the sheet's column names. */
export function inColumns(reason: string): string {
  return reason
    .replace(/^start_date: dropped the time/, 'column "Time": dropped the time')
    .replace(/^end_date: dropped the time/, 'column "End Time": dropped the time')
    .replace(
      /\b(start_date|end_date|text)(\.(year|month|day|headline))?\b/g,
      (field) => COLUMN_OF[field] ?? field,
    );
}

interface CsvRecord {
  record: string[];
  info: { bytes: number };
}

/**
 * Return the line each record starts on. csv-parse's own `lines` is the line a record ends on
 * (and counts a CRLF inside a quoted cell twice); a report names the line a row starts on.
 */
function firstLines(text: string, records: CsvRecord[]): number[] {
  const bytes = Buffer.from(text);
  let line = 1;
  let offset = 0;
  return records.map(({ info }) => {
    const before = bytes.subarray(offset, info.bytes).toString();
    const lead = /^(?:\r\n|\r|\n)*/.exec(before)?.[0] ?? '';
    const start = line + (lead.match(/\r\n|\r|\n/g)?.length ?? 0);
    line += before.match(/\r\n|\r|\n/g)?.length ?? 0;
    offset = info.bytes;
    return start;
  });
}

/** Return why a row's cells do not line up with the header, or undefined when they do. */
function cellCountProblem(cells: string[], header: string[]): string | undefined {
  if (cells.length < header.length) {
    return `the row has ${cells.length} cells where the header has ${header.length}, so column "${header[cells.length]}" and those after it are missing (a cell added or removed in the sheet shifts the row); fix the row and import it again`;
  }
  const extra = cells.slice(header.length).findIndex((c) => c.trim() !== '');
  if (extra >= 0) {
    return `the row has ${cells.length} cells where the header has ${header.length}; cell ${header.length + extra + 1} ("${cells[header.length + extra]?.slice(0, 40)}") is past the last column, "${header.at(-1)}" (a cell added in the sheet shifts the row); fix the row and import it again`;
  }
  return undefined;
}

/**
 * Convert a spreadsheet export (CSV with a header row): the TimelineJS Google Sheets template
 * (Year, Month, Day, Time, End Year…, Headline, Text, Media, Media Credit, Group, Type), and
 * optionally Casetrail's own columns (Date as EDTF, Kind, Status, Summary, Source Title…).
 * Rows are numbered by the line they start on; a row whose cells do not match the header is
 * refused, never read shifted.
 */
export function importCsv(text: string, options: ImportOptions): ImportResult {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (cause) {
    throw new RowError(`the file is not valid CSV: ${(cause as Error).message}`, { cause });
  }
  const lines = firstLines(text, records);
  const [head, ...body] = records;
  const header = head?.record.map((h) => h.trim()) ?? [];
  const folded = header.map(fold);
  if (head && !folded.includes('headline') && !folded.includes('title')) {
    throw new RowError(
      `expected a header row with a Headline (or Title) column; found ${header.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  const slides: { slide: TimelineSlide; row: number }[] = [];
  const failed: RowResult[] = [];
  const title: TimelineSlide[] = [];
  const eras: TimelineSlide[] = [];
  const rowNotes = new Map<number, string[]>();
  for (const [i, record] of body.entries()) {
    const row = lines[i + 1] as number;
    const fields: Row = Object.fromEntries(folded.map((h, i) => [h, record.record[i] ?? '']));
    // A shifted row's headline may sit in another column; name the row by its first words then.
    const headline =
      cell(fields, 'headline', 'title') ||
      (record.record.length !== header.length
        ? (record.record.find((c) => /\p{L}/u.test(c) && !c.trim().startsWith('<')) ?? '')
        : '');
    const label = headline ? `"${htmlToText(headline).slice(0, 50)}"` : 'no headline';
    const notes: string[] = [];
    try {
      const problem = cellCountProblem(record.record, header);
      if (problem) throw new RowError(problem);
      const slide = rowToSlide(fields, notes);
      if (slide.type === 'title') title.push(slide);
      else if (slide.type === 'era') eras.push(slide);
      else slides.push({ slide, row });
      rowNotes.set(row, notes);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      failed.push({ row, label, ok: false, reason: inColumns(error.message), notes });
    }
  }
  const result = convertSlides(slides, options, titleAndEraNotes(title[0], eras));
  const rows = result.rows.map((r) => ({
    ...r,
    ...(!r.ok && { reason: inColumns(r.reason) }),
    notes: [...(rowNotes.get(r.row) ?? []), ...r.notes].map(inColumns),
  })) as RowResult[];
  return { rows: [...failed, ...rows].sort((a, b) => a.row - b.row), notes: result.notes };
}
