import { z } from 'astro/zod';
import { DateError, EDTF_EXAMPLES, parseEventDate, type EventDate } from '../lib/dates';
import { isIsoDay, msToDay } from '../lib/days';
import { describeFound } from './id';

// The EDTF grammar costs about a quarter of a millisecond a date, and the content check and
// Astro's loader both parse every date of every entry; a knowledge base repeats its dates
// (publication days above all), so each distinct text is parsed once per process.
const parsedDates = new Map<string, EventDate | DateError>();

function parseDateOnce(value: unknown): EventDate {
  const key = typeof value === 'string' ? value : undefined;
  const known = key === undefined ? undefined : parsedDates.get(key);
  if (known instanceof DateError) throw known;
  if (known) return { ...known };
  try {
    const date = parseEventDate(value);
    if (key !== undefined) parsedDates.set(key, date);
    return { ...date };
  } catch (error) {
    if (key !== undefined && error instanceof DateError) parsedDates.set(key, error);
    throw error;
  }
}

/**
 * An EDTF date string, or the Date YAML makes of an unquoted `2025-05-23`, parsed into the
 * model's EventDate: a union on `span` with each known side's days and precision.
 */
export const edtfDate = z
  .union([z.string(), z.date(), z.number()], {
    error: (iss) => `found ${describeFound(iss.input)}; expected an EDTF date: ${EDTF_EXAMPLES}`,
  })
  .transform((value, ctx): EventDate => {
    try {
      return parseDateOnce(value);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message:
          error instanceof DateError
            ? `found ${error.found === '' ? 'an empty date' : `"${error.found}"`}; expected ${error.expected}`
            : String(error),
        input: value,
      });
      return z.NEVER;
    }
  })
  .describe(
    'An EDTF date: 2025-05-23, 2025-04, 2025, 2025-05-23~, 2025-05?, ../2025-05-23, 2025-05-14/2025-05-23.',
  );

/**
 * Return a schema for a day in the knowledge base's own history (`published`, `updated`, a
 * correction): a plain ISO day, or the Date YAML makes of one, as `YYYY-MM-DD`. `what` says
 * what the day records, for the error.
 */
export function plainDay(what: string) {
  return z
    .union([z.string(), z.date()], {
      error: (iss) =>
        `found ${describeFound(iss.input)}; expected a plain day YYYY-MM-DD (${what}), like 2025-06-01`,
    })
    .transform((value, ctx): string => {
      const day = value instanceof Date ? msToDay(value.getTime()) : value.trim();
      if (isIsoDay(day)) return day;
      ctx.addIssue({
        code: 'custom',
        message: `found ${describeFound(value)}; expected a plain day YYYY-MM-DD (${what}), like 2025-06-01: no month, year, range or "~"`,
        input: value,
      });
      return z.NEVER;
    })
    .describe(`A plain day YYYY-MM-DD: ${what}.`);
}
