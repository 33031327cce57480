import { z } from 'astro/zod';

/** The form of every id: lower-case words joined by hyphens, as in file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: a file name, a URL segment and a CSS selector must all stay well within limits. */
export const ID_MAX_LENGTH = 100;

/** Return how a value reads in an error message: `"text"`, `nothing` for a missing field. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input instanceof Date) return `"${input.toISOString().slice(0, 10)}"`;
  return JSON.stringify(input) ?? typeof input;
}

/** Return a schema for an id that refers to an entry of `collection` (existence is checked by the model). */
export function idRef(collection: 'cases' | 'actors' | 'events') {
  return z
    .string({
      error: (iss) =>
        `found ${describeFound(iss.input)}; expected the id of an entry in content/${collection}/`,
    })
    .regex(ID_PATTERN, {
      error: (iss) =>
        `found ${describeFound(iss.input)}; expected the id of an entry in content/${collection}/ (its file name: lower-case words joined by hyphens)`,
    });
}

/** Return an enum schema whose error names the value found and every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      `found ${describeFound(iss.input)}; expected ${what}: one of ${values.join(', ')}`,
  });
}

/** Return a required text field whose error says what to write. */
export function text(what: string) {
  return z
    .string({ error: (iss) => `found ${describeFound(iss.input)}; expected ${what} as text` })
    .min(1, { error: `found an empty text; expected ${what}` });
}
