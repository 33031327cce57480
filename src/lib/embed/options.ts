// The embed's options, read from query parameters (the iframe) or attributes (the element).
// Every value is checked against a closed set or a strict pattern; anything else is dropped, so
// nothing a link carries is ever written into the page.
import { calendarDateRange } from '../days';
import { ID_PATTERN } from '../paths';
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

const MAX_ID_LENGTH = 200;

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
  return value && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value) ? value : undefined;
}

/** Return a height in whole CSS pixels (digits only, within HEIGHT_LIMITS), else undefined. */
export function parseHeight(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const height = Number(value);
  return height >= HEIGHT_LIMITS.min && height <= HEIGHT_LIMITS.max ? height : undefined;
}

/**
 * Return the first and last day (ISO, UTC) an EDTF year, month or day covers, or undefined when
 * the value is not one or names a day the calendar lacks. Qualifiers, intervals and open ends
 * mean nothing for the edge of a window, so they are not accepted there.
 */
export function calendarDateBounds(
  value: string | null | undefined,
): { first: string; last: string } | undefined {
  const range = calendarDateRange(value);
  return range && { first: range.first, last: range.last };
}

// A window's edge as given, with the days it covers; undefined when it is not a calendar date.
function windowEdge(text: string | null | undefined) {
  const range = text ? calendarDateRange(text) : undefined;
  return text && range ? { text, ...range } : undefined;
}

/**
 * Read an embed's options through `read` (a query parameter or an attribute by name). Invalid
 * values are ignored, one by one; a window whose end comes before its start is ignored whole.
 */
export function parseEmbedOptions(
  read: (name: OptionName) => string | null | undefined,
): EmbedOptions {
  const from = windowEdge(read('from'));
  const to = windowEdge(read('to'));
  const backwards = from && to && from.first > to.last;
  return {
    theme: parseTheme(read('theme')) ?? DEFAULT_OPTIONS.theme,
    lanes: parseLanes(read('lanes')) ?? DEFAULT_OPTIONS.lanes,
    from: backwards ? null : (from?.text ?? null),
    to: backwards ? null : (to?.text ?? null),
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
