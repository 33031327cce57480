import { z } from 'astro/zod';
import { SOURCE_KINDS } from './enums';
import { edtfDate } from './date';

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value), {
    message: 'expected an http:// or https:// address, like https://example.org/ruling.pdf',
  });

/** A document an event rests on. */
export const sourceSchema = z
  .object({
    /** An id for citing this source in the body (`<Cite id="…"/>`). */
    id: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** The document's own title. */
    title: z.string().min(1),
    /** Who published it: a newspaper, court, company or NGO. */
    publisher: z.string().min(1).optional(),
    /** Who wrote it, where known. */
    author: z.string().min(1).optional(),
    /** When it was published (EDTF). */
    published: edtfDate.optional(),
    /** Where it can be read; optional, since not every document is online. */
    url: httpUrl.optional(),
    /** A snapshot of it in a web archive. */
    archived: httpUrl.optional(),
    /** primary: the document itself (ruling, letter, post); secondary: reporting on it. */
    kind: z.enum(SOURCE_KINDS).default('secondary'),
    /** The document's language as a BCP 47 tag (en, de). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).optional(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
