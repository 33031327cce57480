import { z } from 'astro/zod';
import { DateError, EDTF_EXAMPLES, parseEventDate, type EventDate } from '../lib/dates';
import { describeFound } from './id';

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
      return parseEventDate(value);
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
