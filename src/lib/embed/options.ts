// The embed's options, read from query parameters (the iframe) or attributes (the element).
// Every value is checked against a closed set or a strict pattern; anything else is dropped, so
// nothing a link carries is ever written into the page.
import type { LaneBy } from '../timeline/types';

/** The colour themes an embed offers; `auto` follows the reader's system setting. */
export const THEMES = ['auto', 'light', 'dark'] as const;

/** An embed's colour theme. */
export type Theme = (typeof THEMES)[number];

/** What the embed's lanes group by. */
export const LANES = ['case', 'actor', 'kind'] as const satisfies readonly LaneBy[];

/** The smallest and largest fixed height (CSS pixels) an embed accepts. */
export const HEIGHT_LIMITS = { min: 160, max: 4000 } as const;

/** The option names, as query parameters and attributes. */
export const OPTION_NAMES = ['theme', 'lanes', 'from', 'to', 'event', 'height'] as const;

/** One option's name. */
export type OptionName = (typeof OPTION_NAMES)[number];

// The same form as src/schemas/id.ts (tests/unit/embed/options.test.ts keeps them equal); not
// imported, because that module brings Zod into the 35 KB widget.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;
// EDTF level 0 calendar dates: a year, a month or a day. Qualifiers, intervals and open ends
// mean nothing for the edge of a window, so they are not accepted there.
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The checked options of one embed; `null` where none (or an invalid one) was given. */
export interface EmbedOptions {
  theme: Theme;
  lanes: LaneBy;
  /** The window's edges as given (an EDTF year, month or day). */
  from: string | null;
  to: string | null;
  /** The id of the event selected at the start. */
  event: string | null;
  /** A fixed height in CSS pixels; without it the embed is as tall as its content. */
  height: number | null;
}

/** The options of an embed that was given none. */
export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
  theme: 'auto',
  lanes: 'case',
  from: null,
  to: null,
  event: null,
  height: null,
});

/** Return a theme if the value names one, else undefined. */
export function parseTheme(value: string | null | undefined): Theme | undefined {
  return THEMES.find((t) => t === value);
}

/** Return a lane grouping if the value names one, else undefined. */
export function parseLanes(value: string | null | undefined): LaneBy | undefined {
  return LANES.find((l) => l === value);
}

/** Return a case or event id if the value has the form of one, else undefined. */
export function parseId(value: string | null | undefined): string | undefined {
  return value && value.length <= MAX_ID_LENGTH && ID.test(value) ? value : undefined;
}

/** Return a height in whole CSS pixels (digits only, within HEIGHT_LIMITS), else undefined. */
export function parseHeight(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const height = Number(value);
  return height >= HEIGHT_LIMITS.min && height <= HEIGHT_LIMITS.max ? height : undefined;
}

/**
 * Return the first and last day (ISO, UTC) an EDTF year, month or day covers, or undefined when
 * the value is not one or names a day the calendar lacks.
 */
export function calendarDateBounds(
  value: string | null | undefined,
): { first: string; last: string } | undefined {
  const match = value ? CALENDAR_DATE.exec(value) : null;
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const daysIn = (mo: number) => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (d !== undefined && (Number(d) < 1 || Number(d) > daysIn(month as number))) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (d === undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${pad(daysIn(month))}` };
  return { first: value as string, last: value as string };
}

/**
 * Read an embed's options through `read` (a query parameter or an attribute by name). Invalid
 * values are ignored, one by one; a window whose end comes before its start is ignored whole.
 */
export function parseEmbedOptions(
  read: (name: OptionName) => string | null | undefined,
): EmbedOptions {
  const from = calendarDateBounds(read('from')) ? (read('from') as string) : null;
  const to = calendarDateBounds(read('to')) ? (read('to') as string) : null;
  const backwards =
    from !== null && to !== null && calendarDateBounds(from)!.first > calendarDateBounds(to)!.last;
  return {
    theme: parseTheme(read('theme')) ?? DEFAULT_OPTIONS.theme,
    lanes: parseLanes(read('lanes')) ?? DEFAULT_OPTIONS.lanes,
    from: backwards ? null : from,
    to: backwards ? null : to,
    event: parseId(read('event')) ?? null,
    height: parseHeight(read('height')) ?? null,
  };
}

/** Return the query string (with `?`, or empty) that carries the options that differ from the defaults. */
export function toEmbedQuery(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  for (const name of OPTION_NAMES) {
    const value = options[name];
    if (value !== undefined && value !== null && value !== DEFAULT_OPTIONS[name])
      params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
