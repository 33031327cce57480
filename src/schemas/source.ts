import { z } from 'astro/zod';
import { SOURCE_KINDS } from './enums';
import { edtfDate } from './date';
import { describeFound, oneOf, text } from './id';
import { encodeUri, hasOnlyUriCharacters } from '../lib/url/uri';

/** An absolute http(s) address; anything else (ftp:, javascript:, a bare path) is refused. */
export const httpUrl = z
  .string({
    error: (iss) => `found ${describeFound(iss.input)}; expected an http:// or https:// address`,
  })
  .refine((value) => /^https?:\/\/[^\s/?#]+\.[^\s/?#]/i.test(value) && URL.canParse(value), {
    error: (iss) =>
      `found ${describeFound(iss.input)}; expected an http:// or https:// address, like https://example.org/ruling.pdf`,
    abort: true,
  })
  // The data API promises RFC 3986 URIs; spaces, quotes, < > and non-ASCII letters must be encoded.
  .refine((value) => hasOnlyUriCharacters(value), {
    error: (iss) => {
      const encoded = typeof iss.input === 'string' ? encodeUri(iss.input) : undefined;
      const hint = encoded ? `; did you mean "${encoded}"?` : '';
      return `found ${describeFound(iss.input)}; expected an address with only URL characters (spaces, quotes, < > and accented letters percent-encoded)${hint}`;
    },
  });

/** A document an event rests on. */
export const sourceSchema = z
  .object({
    /** An id for citing this source in the body (`<Cite id="…"/>`). */
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** The document's own title. */
    title: text("the source's title"),
    /** Who published it: a newspaper, court, company or NGO. */
    publisher: text('the publisher').optional(),
    /** Who wrote it, where known. */
    author: text('the author').optional(),
    /** When it was published (EDTF). */
    published: edtfDate.optional(),
    /** Where it can be read; optional, since not every document is online. */
    url: httpUrl.optional(),
    /** A snapshot of it in a web archive. */
    archived: httpUrl.optional(),
    /** primary: the document itself (ruling, letter, post); secondary: reporting on it. */
    kind: oneOf(SOURCE_KINDS, 'a source kind').default('secondary'),
    /** The document's language as a BCP 47 tag (en, de). */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .optional(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
