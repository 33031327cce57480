import edtf from 'edtf';
import {
  dayToDatetime,
  formatDay,
  daysInMonth,
  MONTHS,
  msToDay,
  type DayRange,
  type Precision,
} from './days';

export type { Precision } from './days';

/** How sure the source is of a date (EDTF `~`, `?`, `%`). */
export type Qualifier = 'exact' | 'approximate' | 'uncertain' | 'approximate-uncertain';

/** The shape of a date: one point, a span between two, or open on one side. */
export type Span = 'point' | 'interval' | 'on-or-before' | 'on-or-after';

/**
 * One known side of a date: every day it can mean (ISO `YYYY-MM-DD`, UTC), how finely the
 * source gives it, and how sure the source is of that side alone.
 */
export interface DateSide extends DayRange {
  precision: Precision;
  qualifier: Qualifier;
}

interface DateFacts {
  /** The EDTF text the editor wrote (a YAML Date as its ISO day). */
  edtf: string;
  /** How sure the source is of the date as a whole (either side qualified counts). */
  qualifier: Qualifier;
}

/** A day, month or year: `start` and `end` are the same side. */
export interface PointDate extends DateFacts {
  span: 'point';
  start: DateSide;
  end: DateSide;
}

/** From one known date to another, each at its own precision (`2025-04/2025-06-03`). */
export interface IntervalDate extends DateFacts {
  span: 'interval';
  start: DateSide;
  end: DateSide;
}

/** Known only not to be later than `end` (`../2025-05-23`). */
export interface OnOrBeforeDate extends DateFacts {
  span: 'on-or-before';
  start: null;
  end: DateSide;
}

/** Known only not to be earlier than `start` (`2025-05-14/..`). */
export interface OnOrAfterDate extends DateFacts {
  span: 'on-or-after';
  start: DateSide;
  end: null;
}

/**
 * A date as the model holds it: what the source says, no more. Every side the EDTF gives is
 * there with its bounds and precision; a side left open is `null`, and only there.
 */
export type EventDate = PointDate | IntervalDate | OnOrBeforeDate | OnOrAfterDate;

/**
 * The reason a value is not a date Casetrail accepts. `expected` says what to write instead, in
 * words for editors; `message` adds the value that was found.
 */
export class DateError extends Error {
  override name = 'DateError';
  constructor(
    readonly found: string,
    readonly expected: string,
    options?: ErrorOptions,
  ) {
    super(`${found === '' ? 'the date is empty' : `"${found}"`}: expected ${expected}`, options);
  }
}

/** The EDTF forms editors may use, quoted in every date error. */
export const EDTF_EXAMPLES =
  '2025-05-23 (day), 2025-04 (month), 2025 (year), 2025-05-23~ (approximate), 2025-05? (uncertain), ../2025-05-23 (on or before), 2025-05-14/.. (on or after), 2025-05-14/2025-05-23 (interval)';

interface EdtfDate {
  type: string;
  values: number[];
  min: number;
  max: number;
  // Bitmasks over the date's parts; a value of 0 means no part is qualified.
  approximate?: { value: number };
  uncertain?: { value: number };
  unspecified?: { value: number };
}

interface EdtfInterval {
  type: 'Interval';
  lower: unknown;
  upper: unknown;
}

/** Return YAML's Date (from an unquoted `2025-05-23`) or a string as an EDTF string. */
export function toEdtfString(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new DateError(String(value), `a real calendar day; use one of ${EDTF_EXAMPLES}`);
    return msToDay(value.getTime());
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string')
    throw new DateError(String(value), `an EDTF date string; use one of ${EDTF_EXAMPLES}`);
  return value.trim();
}

// edtf reports impossible days as a bare syntax error (and reads 29 February of a common year
// as 1 March); name the calendar fact instead.
function explainImpossibleDay(text: string): string | undefined {
  for (const [, y, m, d] of text.matchAll(/(\d{4})-(\d{2})(?:-(\d{2}))?/g)) {
    const year = Number(y);
    const month = Number(m);
    // 21 to 41 are EDTF's seasons and quarters, refused later with their own reason.
    if (month < 1 || (month > 12 && month < 21) || month > 41) return `month ${m} does not exist`;
    if (d === undefined || month > 12) continue;
    const days = daysInMonth(year, month);
    if (Number(d) < 1 || Number(d) > days)
      return `${MONTHS[month - 1]} ${year} has ${days} days, so day ${d} does not exist`;
  }
  return undefined;
}

// One known side of an EDTF date, or a DateError (about the whole text) saying why it is not one.
function sideOf(date: EdtfDate, text: string): DateSide {
  if (date.type !== 'Date') {
    throw new DateError(
      text,
      `a day, month or year (${date.type.toLowerCase()} dates are not supported); use one of ${EDTF_EXAMPLES}`,
    );
  }
  if ((date.values[0] as number) < 1)
    throw new DateError(text, 'a year from 1 to 9999 (year 0 and BCE dates are not supported)');
  if (date.values.length > 3) throw new DateError(text, 'a day without a time of day');
  if ((date.unspecified?.value ?? 0) !== 0)
    throw new DateError(
      text,
      'digits, not X (unspecified digits are not supported): write the year alone (2025) or an interval (2010/2019)',
    );
  return {
    first: msToDay(date.min),
    last: msToDay(date.max),
    precision: date.values.length === 3 ? 'day' : date.values.length === 2 ? 'month' : 'year',
    qualifier: qualifierOf(date),
  };
}

function qualifierOf(...dates: (EdtfDate | undefined)[]): Qualifier {
  const approximate = dates.some((d) => (d?.approximate?.value ?? 0) !== 0);
  const uncertain = dates.some((d) => (d?.uncertain?.value ?? 0) !== 0);
  if (approximate && uncertain) return 'approximate-uncertain';
  if (approximate) return 'approximate';
  if (uncertain) return 'uncertain';
  return 'exact';
}

function isDate(bound: unknown): bound is EdtfDate {
  return typeof bound === 'object' && bound !== null && 'values' in bound;
}

function parseEdtf(text: string, normal: string): EdtfDate | EdtfInterval {
  try {
    return edtf(normal) as EdtfDate | EdtfInterval;
  } catch (cause) {
    const bound = /invalid upper bound: (.+)$/.exec(String((cause as Error).message));
    if (bound) {
      throw new DateError(
        text,
        `an end after the start (the end ${bound[1]} comes first); write the earlier date first`,
        { cause },
      );
    }
    throw new DateError(text, `an EDTF date; use one of ${EDTF_EXAMPLES}`, { cause });
  }
}

/**
 * Parse an EDTF string (or YAML Date) into the model's date. Throws a DateError that says what
 * was found and what is expected.
 */
export function parseEventDate(input: unknown): EventDate {
  const text = toEdtfString(input);
  if (text === '') throw new DateError('', `one of ${EDTF_EXAMPLES}`);
  // `[..2025-05-23]` is EDTF's "one of a set, on or before": the same fact as `../2025-05-23`.
  const setBefore = /^\[\.\.([^\],]+)\]$/.exec(text);
  const normal = setBefore ? `../${setBefore[1]}` : text;
  const impossible = explainImpossibleDay(normal);
  if (impossible) throw new DateError(text, `a real date (${impossible})`);
  // EDTF reads "643" as the decade 6430–6439 and "64" as a century; an editor meant a year.
  const short = normal.split('/').find((end) => /^\d{1,3}[~?%]?$/.test(end));
  if (short) {
    const year = short.replace(/[~?%]$/, '');
    throw new DateError(
      text,
      `a year with four digits: write "${year.padStart(4, '0')}" for the year ${Number(year)}`,
    );
  }
  const parsed = parseEdtf(text, normal);
  if (parsed.type !== 'Interval') {
    const side = sideOf(parsed as EdtfDate, text);
    return { edtf: text, qualifier: side.qualifier, span: 'point', start: side, end: side };
  }
  const { lower, upper } = parsed as EdtfInterval;
  const start = isDate(lower) ? sideOf(lower, text) : null;
  const end = isDate(upper) ? sideOf(upper, text) : null;
  const qualifier = qualifierOf(
    isDate(lower) ? lower : undefined,
    isDate(upper) ? upper : undefined,
  );
  if (start && end) return { edtf: text, qualifier, span: 'interval', start, end };
  if (start) return { edtf: text, qualifier, span: 'on-or-after', start, end: null };
  if (end) return { edtf: text, qualifier, span: 'on-or-before', start: null, end };
  throw new DateError(text, 'at least one known end; give a start or an end date');
}

/** Return the side a date is placed and named by: its start, or its end when only that is known. */
export function knownSide(date: EventDate): DateSide {
  return date.start ?? date.end;
}

/** Return how finely a date is known: the precision of its known side (the start, if both are). */
export function precisionOf(date: EventDate): Precision {
  return knownSide(date).precision;
}

/** Return the first day a date can mean, or null when it is open before. */
export function earliestDay(date: EventDate): string | null {
  return date.start?.first ?? null;
}

/** Return the last day a date can mean, or null when it is open after. */
export function latestDay(date: EventDate): string | null {
  return date.end?.last ?? null;
}

/** Return the day that stands for a date when one is needed: its start, or its end if open. */
export function anchorDay(date: EventDate): string {
  return date.start ? date.start.first : date.end.last;
}

function formatSide(side: DateSide, qualifier: Qualifier): string {
  const text = formatDay(side.first, side.precision);
  switch (qualifier) {
    case 'approximate':
      return `about ${text}`;
    case 'uncertain':
      return `${text} (uncertain)`;
    case 'approximate-uncertain':
      return `about ${text} (uncertain)`;
    default:
      return text;
  }
}

/** Return the date as a reader should see it: "April 2025", "on or before 23 May 2025". */
export function formatEventDate(date: EventDate): string {
  switch (date.span) {
    case 'on-or-before':
      return `on or before ${formatSide(date.end, date.qualifier)}`;
    case 'on-or-after':
      return `on or after ${formatSide(date.start, date.qualifier)}`;
    case 'interval':
      // The start reads with the whole date's qualifier, the end with its own: the API's
      // `display` has always said so, and it must not change.
      return `${formatSide(date.start, date.qualifier)} – ${formatSide(date.end, date.end.qualifier)}`;
    default:
      return formatSide(date.start, date.qualifier);
  }
}

/** Return a side for `<time datetime>` and ISO 8601: as precise as it is known, never more. */
export function sideToDatetime(side: DateSide): string {
  return dayToDatetime(side.first, side.precision);
}

/** Return the value for `<time datetime>`: the known side, as precise as the date is, never more. */
export function dateToDatetimeAttr(date: EventDate): string {
  return sideToDatetime(knownSide(date));
}

/** Return the calendar year of a date, for facets and grouping. */
export function yearOf(date: EventDate): number {
  return Number(anchorDay(date).slice(0, 4));
}

/** Return the year a date starts in and the year it ends in (once if the same); an open side counts only its known year. */
export function yearsOf(date: EventDate): number[] {
  const first = Number((earliestDay(date) ?? anchorDay(date)).slice(0, 4));
  const last = Number((latestDay(date) ?? anchorDay(date)).slice(0, 4));
  return first === last ? [first] : [first, last];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const SPAN_RANK: Record<Span, number> = {
  'on-or-before': 0,
  interval: 1,
  point: 1,
  'on-or-after': 2,
};

/**
 * Order two dates: by the day that anchors them (the start, or the end when only that is
 * known); at a tie an open "on or before" comes first, then the coarser precision (a month
 * contains its days), then the earlier end.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const keyA = anchorDay(a);
  const keyB = anchorDay(b);
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  const span = SPAN_RANK[a.span] - SPAN_RANK[b.span];
  if (span !== 0) return span;
  const precision = PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
  if (precision !== 0) return precision;
  const endA = latestDay(a) ?? '9999';
  const endB = latestDay(b) ?? '9999';
  return endA === endB ? 0 : endA < endB ? -1 : 1;
}

/** Return whether a date lies wholly before a day (ISO `YYYY-MM-DD`). */
export function isDateBefore(date: EventDate, day: string): boolean {
  const last = latestDay(date);
  return last !== null && last < day;
}
