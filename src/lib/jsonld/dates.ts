import { dateToDatetimeAttr, parseEventDate, type EventDate } from '../dates';

/** A date as schema.org takes it: ISO 8601 at the date's own precision ("2025-04", never a fake day). */
export interface JsonLdDates {
  startDate?: string;
  endDate?: string;
  /** An ISO 8601 interval, open sides as "..": what schema.org's temporalCoverage accepts. */
  temporalCoverage: string;
}

/**
 * Return the schema.org dates for an EDTF date. EDTF's `~` and `?` have no ISO 8601 form, so
 * they are dropped here; the page's visible text still says "about" or "(uncertain)".
 */
export function toJsonLdDates(date: EventDate): JsonLdDates {
  const iso = dateToDatetimeAttr(date);
  switch (date.span) {
    case 'on-or-before':
      return { endDate: iso, temporalCoverage: `../${iso}` };
    case 'on-or-after':
      return { startDate: iso, temporalCoverage: `${iso}/..` };
    case 'interval': {
      const end = dateToDatetimeAttr(parseEventDate(date.edtf.split('/')[1]));
      return { startDate: iso, endDate: end, temporalCoverage: `${iso}/${end}` };
    }
    default:
      return { startDate: iso, temporalCoverage: iso };
  }
}

/** Return a single ISO 8601 date at its precision, for datePublished and dateModified. */
export function toJsonLdDate(date: EventDate): string {
  return dateToDatetimeAttr(date);
}
