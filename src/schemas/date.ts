import { z } from 'astro/zod';
import { DateError, EDTF_EXAMPLES, parseEventDate, type EventDate } from '../lib/dates';
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
 * model's `{ edtf, earliest, latest, precision, qualifier, span }`.
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
