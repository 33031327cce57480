import { parse as parseCsv } from 'csv-parse/sync';
// fast-xml-parser points to its new fast-xml-validator package, which is not a dependency here;
// its XMLValidator still reports the line and column of the first error.
import { XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';

/** The file endings of feeds and data files, and the parser each is checked with. */
export const DATA_FILE = /\.(xml|json|webmanifest|ics|csv)$/;

/** Return why a calendar is not one a client can read, or undefined. node-ical alone accepts anything. */
function icsProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('BEGIN:VCALENDAR') || !trimmed.endsWith('END:VCALENDAR')) {
    return 'does not start with BEGIN:VCALENDAR and end with END:VCALENDAR';
  }
  if (/[^\r]\n/.test(text)) return 'has a line that does not end with CRLF (RFC 5545, section 3.1)';
  const calendar = ical.sync.parseICS(text);
  for (const [key, component] of Object.entries(calendar)) {
    if (component?.type !== 'VEVENT') continue;
    const event = component as { uid?: string; start?: unknown; summary?: unknown };
    const start = event.start;
    if (!event.uid) return `event ${key} has no UID`;
    if (!(start instanceof Date) || Number.isNaN(start.getTime()))
      return `event ${event.uid} has no valid DTSTART (got ${String(start)})`;
    if (!event.summary) return `event ${event.uid} has no SUMMARY`;
  }
  return undefined;
}

/** Return why a feed or data file does not parse (with the line where the parser knows it), or undefined. */
export function dataFileProblem(file: string, text: string): string | undefined {
  try {
    if (file.endsWith('.xml')) {
      const result = XMLValidator.validate(text);
      return result === true
        ? undefined
        : `line ${result.err.line}, column ${result.err.col}: ${result.err.msg}`;
    }
    if (file.endsWith('.json') || file.endsWith('.webmanifest')) {
      JSON.parse(text);
      return undefined;
    }
    if (file.endsWith('.ics')) return icsProblem(text);
    if (file.endsWith('.csv')) {
      const rows: unknown[] = parseCsv(text, { columns: true, bom: true });
      return rows.length === 0 && !text.trim() ? 'is empty' : undefined;
    }
  } catch (error) {
    return (error as Error).message;
  }
  return `has no parser (expected ${DATA_FILE})`;
}
