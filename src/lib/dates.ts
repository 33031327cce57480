import edtf from 'edtf';

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** How sure the source is of a date (EDTF `~`, `?`, `%`). */
export type Qualifier = 'exact' | 'approximate' | 'uncertain' | 'approximate-uncertain';

/** The shape of a date: one point, a span between two, or open on one side. */
export type Span = 'point' | 'interval' | 'on-or-before' | 'on-or-after';

/**
 * A date as the model holds it. `earliest` and `latest` are ISO calendar days (`YYYY-MM-DD`,
 * UTC) bounding every day the date can mean; `null` where the EDTF leaves that side open.
 */
export interface EventDate {
  edtf: string;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  qualifier: Qualifier;
  span: Span;
}

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

const MONTHS = [
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
];

interface EdtfDate {
  type: string;
  values: number[];
  min: number;
  max: number;
  // Bitmasks over the date's parts; a value of 0 means no part is qualified.
  approximate?: { value: number };
  uncertain?: { value: number };
  precision: number;
}

interface EdtfInterval {
  type: 'Interval';
  lower: EdtfDate | null | undefined | number;
  upper: EdtfDate | null | undefined | number;
}

/** Return YAML's Date (from an unquoted `2025-05-23`) or a string as an EDTF string. */
export function toEdtfString(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new DateError(String(value), `a real calendar day; use one of ${EDTF_EXAMPLES}`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string')
    throw new DateError(String(value), `an EDTF date string; use one of ${EDTF_EXAMPLES}`);
  return value.trim();
}

// edtf reports impossible days as a bare syntax error; name the calendar fact instead.
function explainImpossibleDay(text: string): string | undefined {
  for (const match of text.matchAll(/(\d{4})-(\d{2})(?:-(\d{2}))?/g)) {
    const [, y, m, d] = match;
    const year = Number(y);
    const month = Number(m);
    if (month < 1 || (month > 12 && month < 21) || month > 41) {
      return `month ${m} does not exist`;
    }
    if (d !== undefined && month <= 12) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (Number(d) < 1 || Number(d) > days) {
        return `${MONTHS[month - 1]} ${year} has ${days} days, so day ${d} does not exist`;
      }
    }
  }
  return undefined;
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function precisionOf(date: EdtfDate): Precision {
  if (date.type !== 'Date') {
    throw new DateError(
      date.type,
      `a day, month or year (${date.type.toLowerCase()} dates are not supported); use one of ${EDTF_EXAMPLES}`,
    );
  }
  return date.values.length >= 3 ? 'day' : date.values.length === 2 ? 'month' : 'year';
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
  // edtf accepts 29 February in any year (as 1 March), so the calendar is checked first.
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
  let parsed: EdtfDate | EdtfInterval;
  try {
    parsed = edtf(normal) as EdtfDate | EdtfInterval;
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
  if (parsed.type === 'Interval') {
    const { lower, upper } = parsed as EdtfInterval;
    const start = isDate(lower) ? lower : undefined;
    const end = isDate(upper) ? upper : undefined;
    if (!start && !end)
      throw new DateError(text, 'at least one known end; give a start or an end date');
    const known = (start ?? end) as EdtfDate;
    return {
      edtf: text,
      earliest: start ? dayOf(start.min) : null,
      latest: end ? dayOf(end.max) : null,
      precision: precisionOf(known),
      qualifier: qualifierOf(start, end),
      span: start && end ? 'interval' : start ? 'on-or-after' : 'on-or-before',
    };
  }
  const date = parsed as EdtfDate;
  return {
    edtf: text,
    earliest: dayOf(date.min),
    latest: dayOf(date.max),
    precision: precisionOf(date),
    qualifier: qualifierOf(date),
    span: 'point',
  };
}

/** Return the day that stands for a date when one is needed: its start, or its end if open. */
export function anchorDay(date: EventDate): string {
  return (date.earliest ?? date.latest) as string;
}

function formatDay(iso: string, precision: Precision): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1];
  if (precision === 'year') return y as string;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

function formatPoint(date: EventDate, iso: string): string {
  const text = formatDay(iso, date.precision);
  switch (date.qualifier) {
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
  const { earliest, latest } = date;
  switch (date.span) {
    case 'on-or-before':
      return `on or before ${formatPoint(date, latest as string)}`;
    case 'on-or-after':
      return `on or after ${formatPoint(date, earliest as string)}`;
    case 'interval': {
      const end = date.edtf.split('/')[1];
      const endDate = parseEventDate(end);
      return `${formatPoint(date, earliest as string)} – ${formatPoint(endDate, endDate.earliest as string)}`;
    }
    default:
      return formatPoint(date, earliest as string);
  }
}

/** Return the value for `<time datetime>`: as precise as the date is, never more. */
export function dateToDatetimeAttr(date: EventDate): string {
  const day = anchorDay(date);
  if (date.precision === 'year') return day.slice(0, 4);
  if (date.precision === 'month') return day.slice(0, 7);
  return day;
}

/** Return the calendar year of a date, for facets and grouping. */
export function yearOf(date: EventDate): number {
  return Number(anchorDay(date).slice(0, 4));
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
  const precision = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (precision !== 0) return precision;
  const endA = a.latest ?? '9999';
  const endB = b.latest ?? '9999';
  return endA === endB ? 0 : endA < endB ? -1 : 1;
}

/** Return whether a date lies wholly before a day (ISO `YYYY-MM-DD`). */
export function isDateBefore(date: EventDate, day: string): boolean {
  return date.latest !== null && date.latest < day;
}
