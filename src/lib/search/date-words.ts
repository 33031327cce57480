import { knownSide, type EventDate, type Precision } from '../dates';
import { formatDay } from '../days';

/**
 * The ways a reader may type a date when searching: `2025-05-23`, "23 May 2025", "May 2025".
 * `exact` holds the words of dates the sources give as they are; `near` those of dates known
 * only roughly or from one side ("on or before", "about"), which rank below an exact match.
 */
export interface DateWords {
  exact: string[];
  near: string[];
}

// The ISO forms of one known day, month or year, from the most to the least precise.
function isoForms(day: string, precision: Precision): string[] {
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  // A year before 1000 is also typed without its leading zeros: "618" as well as "0618".
  if (precision === 'year') return [...new Set([year, String(Number(year))])];
  if (precision === 'month') return [month];
  return [day, month];
}

// "2025-05-23" → ["2025-05-23", "23 May 2025", "2025-05", "May 2025"]: each ISO form and its words.
function wordsOf(day: string, precision: Precision): string[] {
  return isoForms(day, precision).flatMap((iso) => {
    // Days and months get their English words ("May 2025"); a year is its own word.
    if (!iso.includes('-')) return [iso];
    // A plain day or month reads as formatDay writes it; no need for the EDTF grammar, which
    // cost 7 s of a 10,000-event build here.
    return [iso, formatDay(iso, iso.length === 7 ? 'month' : 'day')];
  });
}

/** Return the search words of an event's date, split by how surely the date is known. */
export function dateSearchWords(date: EventDate): DateWords {
  const sure = date.qualifier === 'exact';
  const ends: string[] = [];
  if (date.span === 'point' || date.span === 'interval') {
    ends.push(...wordsOf(date.start.first, date.start.precision));
    if (date.span === 'interval') ends.push(...wordsOf(date.end.first, date.end.precision));
    return sure ? { exact: unique(ends), near: [] } : { exact: [], near: unique(ends) };
  }
  // "On or before" knows only its end, "on or after" only its start.
  const known = knownSide(date);
  return { exact: [], near: unique(wordsOf(known.first, known.precision)) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
