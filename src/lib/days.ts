// Calendar days as ISO `YYYY-MM-DD` strings (UTC, proleptic Gregorian, years 1 to 9999): the
// one home for making, checking, bounding and reading them. No EDTF parser here, so the embed
// widget can import it without the `edtf` package.
//
// Dates are built from numbers by arithmetic, never through `Date.UTC` or `new Date(y, m, d)`,
// which read years 0 to 99 as 1900 to 1999.

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** The first and last ISO day of a stretch of calendar time. */
export interface DayRange {
  first: string;
  last: string;
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The month names readers see. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Return how many days a month (1–12) of a year has (29 February every 4 years, but not every 100, yet every 400). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Return whether year, month (1–12) and day name a day the calendar has, in years 1 to 9999. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Return the ISO day of a year, month (1–12) and day; the year has four digits, as ISO 8601 asks. */
export function toIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Return whether a text is an ISO day (`YYYY-MM-DD`) that exists. */
export function isIsoDay(text: unknown): text is string {
  const match = typeof text === 'string' ? ISO_DAY.exec(text) : null;
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Return the days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Return the UTC midnight (ms) of an ISO day `YYYY-MM-DD`. */
export function dayToMs(day: string): number {
  // Parsed by hand: the timeline reads 10,000 events on the main thread before the first frame.
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  if (
    day.length !== 10 ||
    day[4] !== '-' ||
    day[7] !== '-' ||
    !(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
  )
    throw new Error(`expected an ISO day YYYY-MM-DD, found "${day}"`);
  return daysFromCivil(y, m, d) * DAY_MS;
}

/** Return the UTC midnight (ms) of a year, month (1–12) and day, years 0 to 99 included. */
export function utcMs(year: number, month = 1, day = 1): number {
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** Return the ISO day `YYYY-MM-DD` of a time (ms, UTC). */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Return midnight UTC of an ISO day as a Date, the instant feeds and calendars give for a day. */
export function dayToDate(day: string): Date {
  return new Date(dayToMs(day));
}

/** Return the ISO day `days` after (or, negative, before) a day. */
export function addDays(day: string, days: number): string {
  return msToDay(dayToMs(day) + days * DAY_MS);
}

/** Return today's date in the local time zone as an ISO day (YYYY-MM-DD). */
export function todayIso(now = new Date()): string {
  return toIsoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Return the whole day, month or year (by precision) that contains a day. */
export function unitOf(day: string, precision: Precision): DayRange {
  if (precision === 'day') return { first: day, last: day };
  const year = day.slice(0, 4);
  if (precision === 'year') return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = day.slice(0, 7);
  // Every month has 28 days or more, so the last day needs no padding.
  return { first: `${month}-01`, last: `${month}-${daysInMonth(+year, +day.slice(5, 7))}` };
}

/**
 * Return the days an EDTF level 0 calendar date (`2025`, `2025-05`, `2025-05-23`) covers and
 * its precision, or undefined when the text is not one or names a day the calendar lacks.
 */
export function calendarDateRange(
  text: string | null | undefined,
): (DayRange & { precision: Precision }) | undefined {
  const match = text ? CALENDAR_DATE.exec(text) : null;
  if (!text || !match) return undefined;
  const [, y, m, d] = match;
  if (!isRealDay(Number(y), Number(m ?? 1), Number(d ?? 1))) return undefined;
  const precision: Precision = d ? 'day' : m ? 'month' : 'year';
  return { ...unitOf(d ? text : m ? `${text}-01` : `${text}-01-01`, precision), precision };
}

/** Return the value for `<time datetime>` of a day at a precision: `2025`, `2025-05` or `2025-05-23`. */
export function dayToDatetime(day: string, precision: Precision): string {
  return day.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** Return a day as readers see it, at a precision: "23 May 2025", "May 2025", "2025", "602". */
export function formatDay(day: string, precision: Precision = 'day'): string {
  const year = Number(day.slice(0, 4));
  if (precision === 'year') return String(year);
  const month = MONTHS[Number(day.slice(5, 7)) - 1] as string;
  if (precision === 'month') return `${month} ${year}`;
  return `${Number(day.slice(8, 10))} ${month} ${year}`;
}
