import { z } from 'astro/zod';

/** The form of every id: lower-case words joined by hyphens, as in file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Return a schema for an id that refers to an entry of `collection` (checked by the model). */
export function idRef(collection: 'cases' | 'actors' | 'events') {
  return z
    .string()
    .regex(ID_PATTERN, {
      message: `expected the id of an entry in ${collection} (lower-case words joined by hyphens, the file name without extension)`,
    })
    .describe(`The id of an entry in content/${collection}/ (its file name without extension).`);
}
