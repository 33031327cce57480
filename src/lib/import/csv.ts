import { parse } from 'csv-parse/sync';
import type { ImportOptions, TimelineSlide } from './slides';
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

/** Return "10:30" or "10:30:15.250" as TimelineJS time parts. */
export function parseTime(text: string): Partial<TimelineDate> {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(text.trim());
  if (!match) throw new RowError(`time "${text}" is not hh:mm or hh:mm:ss`);
  const [, hour, minute, second, millisecond] = match;
  return { hour, minute, ...(second && { second }), ...(millisecond && { millisecond }) };
}

/** Return a TimelineJS slide from a spreadsheet row (the TimelineJS template's columns, plus optional Casetrail ones). */
export function rowToSlide(row: Row): TimelineSlide {
  const dateOf = (prefix: string): TimelineDate | undefined => {
    const year = cell(row, `${prefix}year`);
    const time = cell(row, `${prefix}time`);
    if (!year && !cell(row, `${prefix}month`) && !cell(row, `${prefix}day`)) {
      if (time) throw new RowError(`${prefix || 'start '}time is given without a date`);
      return undefined;
    }
    return {
      year,
      month: cell(row, `${prefix}month`),
      day: cell(row, `${prefix}day`),
      ...(time ? parseTime(time) : {}),
    };
  };
  return {
    start_date: dateOf(''),
    end_date: dateOf('end '),
    display_date: cell(row, 'display date'),
    text: { headline: cell(row, 'headline', 'title'), text: cell(row, 'text', 'body') },
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

/**
 * Convert a spreadsheet export (CSV with a header row): the TimelineJS Google Sheets template
 * (Year, Month, Day, Time, End Year…, Headline, Text, Media, Media Credit, Group, Type), and
 * optionally Casetrail's own columns (Date as EDTF, Kind, Status, Summary, Source Title…).
 * Rows are numbered by their line in the file.
 */
export function importCsv(text: string, options: ImportOptions): ImportResult {
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (headers: string[]) => headers.map(fold),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
  } catch (cause) {
    throw new RowError(`the file is not valid CSV: ${(cause as Error).message}`, { cause });
  }
  const headers = Object.keys(records[0]?.record ?? {});
  if (records.length > 0 && !headers.includes('headline') && !headers.includes('title')) {
    throw new RowError(
      `expected a header row with a Headline (or Title) column; found ${headers.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  const notes: string[] = [];
  const slides: { slide: TimelineSlide; row: number }[] = [];
  const failed: { row: number; reason: string }[] = [];
  for (const { record, info } of records) {
    try {
      const slide = rowToSlide(record);
      if (slide.type === 'title' || slide.type === 'era') {
        notes.push(
          `line ${info.lines}: ${slide.type === 'era' ? 'an' : 'a'} ${slide.type} row is not an event and was not imported`,
        );
        continue;
      }
      slides.push({ slide, row: info.lines });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      failed.push({ row: info.lines, reason: error.message });
    }
  }
  const result = convertSlides(slides, options, notes);
  const early = failed.map(({ row, reason }) => ({
    row,
    label: 'this row',
    ok: false as const,
    reason,
    notes: [],
  }));
  return { rows: [...early, ...result.rows].sort((a, b) => a.row - b.row), notes };
}
