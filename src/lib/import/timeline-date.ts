import { parseEventDate } from '../dates';

/** A TimelineJS date: every part may be a number or a string, and only `year` is required. */
export interface TimelineDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

/** Why a row could not be converted, in words for the import report. */
export class RowError extends Error {
  override name = 'RowError';
}

// A date part as text: TimelineJS files carry numbers or strings; anything else reads as its JSON.
function cellText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : (JSON.stringify(value) ?? '');
}

// TimelineJS allows "", null or a missing key for "not given", and numbers as strings.
function part(value: unknown, name: string, where: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = cellText(value).trim();
  if (text === '') return undefined;
  if (!/^[-+]?\d+$/.test(text))
    throw new RowError(`${where}.${name} is "${text}", not a whole number`);
  return Number(text);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Return the EDTF string for a TimelineJS date at exactly the precision it gives: a year alone
 * stays a year, year and month a month. A time of day is dropped (Casetrail dates are days) and
 * reported in `notes`, as is a `display_date`.
 */
export function timelineDateToEdtf(
  date: TimelineDate | undefined,
  where: string,
): { edtf: string; notes: string[] } {
  if (!date || typeof date !== 'object')
    throw new RowError(`${where} is missing; TimelineJS needs at least a year`);
  const year = part(date.year, 'year', where);
  const month = part(date.month, 'month', where);
  const day = part(date.day, 'day', where);
  if (year === undefined)
    throw new RowError(`${where} has no year; TimelineJS needs at least a year`);
  if (year < 1 || year > 9999) {
    throw new RowError(
      `${where}.year is ${year}; Casetrail dates run from year 1 to 9999 (no BCE or cosmological dates)`,
    );
  }
  if (day !== undefined && month === undefined)
    throw new RowError(`${where} has a day (${day}) but no month`);
  if (month !== undefined && (month < 1 || month > 12))
    throw new RowError(`${where}.month is ${month}; expected 1 to 12`);
  let edtf = pad(year, 4);
  if (month !== undefined) edtf += `-${pad(month, 2)}`;
  if (day !== undefined) edtf += `-${pad(day, 2)}`;
  try {
    parseEventDate(edtf);
  } catch (error) {
    throw new RowError(`${where}: ${(error as Error).message}`, { cause: error });
  }
  const notes: string[] = [];
  const time = (['hour', 'minute', 'second', 'millisecond'] as const).map((k) =>
    part(date[k], k, where),
  );
  if (time.some((t) => t !== undefined)) {
    const [h = 0, m = 0, s, ms] = time;
    const clock = `${pad(h, 2)}:${pad(m, 2)}${s !== undefined ? `:${pad(s, 2)}` : ''}${ms !== undefined ? `.${pad(ms, 3)}` : ''}`;
    notes.push(
      `${where}: dropped the time ${clock}; Casetrail dates are days, so the date is ${edtf}`,
    );
  }
  return { edtf, notes };
}

/** Return the EDTF for a slide: its start date, or an interval `start/end` when it has an end date. */
export function slideDateToEdtf(
  start: TimelineDate | undefined,
  end: TimelineDate | undefined,
): { edtf: string; notes: string[] } {
  const from = timelineDateToEdtf(start, 'start_date');
  const given = (v: unknown) => v !== undefined && v !== null && cellText(v).trim() !== '';
  if (!end || ![end.year, end.month, end.day].some(given)) return from;
  const to = timelineDateToEdtf(end, 'end_date');
  if (to.edtf === from.edtf) return { edtf: from.edtf, notes: [...from.notes, ...to.notes] };
  const edtf = `${from.edtf}/${to.edtf}`;
  try {
    parseEventDate(edtf);
  } catch (error) {
    throw new RowError(`start_date and end_date: ${(error as Error).message}`, { cause: error });
  }
  return { edtf, notes: [...from.notes, ...to.notes] };
}

/** What a display date adds to a slide's date parts. */
export interface DisplayDateReading {
  /** The EDTF qualifier its wording asks for: `~` approximate, `?` uncertain, `%` both. */
  qualifier: '' | '~' | '?' | '%';
  /** Whether it says more than the parts (a season, a range, "early"), so it is worth keeping as text. */
  saysMore: boolean;
}

const APPROXIMATE =
  /(^|[\s(])(c\.|ca\.|circa|about|around|approx(\.|imately)?|roughly|some time|sometime)(?=\s|\d|$)/i;
const UNCERTAIN = /\?|(^|\s)(probably|possibly|perhaps|uncertain|maybe)(?=\s|$)/i;
const MONTH_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?(?=[\s,]|$)/gi;

/**
 * Read a slide's display date against its parts: "c. 480", "circa 1900", "about 1066" are
 * approximate, "1943?" uncertain; "Spring 1943" or "477–480" (when the parts give 478) say more
 * than the parts, so the import keeps them as the body's date note.
 */
export function readDisplayDate(
  display: string,
  parts: (number | string | undefined)[],
): DisplayDateReading {
  const text = display.trim();
  if (!text) return { qualifier: '', saysMore: false };
  const approximate = APPROXIMATE.test(text);
  const uncertain = UNCERTAIN.test(text);
  const qualifier = approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';
  const known = new Set(
    parts.filter((p) => p !== undefined && String(p).trim() !== '').map((p) => Number(p)),
  );
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  const rest = text
    .replace(APPROXIMATE, ' ')
    .replace(/\?/g, ' ')
    .replace(/(^|\s)(probably|possibly|perhaps|uncertain|maybe)(?=\s|$)/gi, ' ')
    .replace(MONTH_WORDS, ' ')
    .replace(/\b(CE|AD|A\.D\.|C\.E\.)(?=\s|$)/g, ' ')
    .replace(/[\d\s.,/\-–—:]+/g, ' ')
    .trim();
  return { qualifier, saysMore: rest !== '' || numbers.some((n) => !known.has(n)) };
}

/** Return an EDTF date with a qualifier on each known end (`0478~`, `1943-04?/1943-06?`). */
export function qualifyEdtf(edtf: string, qualifier: DisplayDateReading['qualifier']): string {
  if (!qualifier) return edtf;
  return edtf
    .split('/')
    .map((end) => (end === '..' || end === '' ? end : `${end}${qualifier}`))
    .join('/');
}
