import { sideToDatetime, type EventDate } from '../dates';

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
  switch (date.span) {
    case 'on-or-before': {
      const end = sideToDatetime(date.end);
      return { endDate: end, temporalCoverage: `../${end}` };
    }
    case 'on-or-after': {
      const start = sideToDatetime(date.start);
      return { startDate: start, temporalCoverage: `${start}/..` };
    }
    case 'interval': {
      const [start, end] = [sideToDatetime(date.start), sideToDatetime(date.end)];
      return { startDate: start, endDate: end, temporalCoverage: `${start}/${end}` };
    }
    default: {
      const day = sideToDatetime(date.start);
      return { startDate: day, temporalCoverage: day };
    }
  }
}
