import { z } from 'astro/zod';
import { ACTOR_KINDS } from './enums';
import { describeFound, oneOf, text } from './id';
import { httpUrl } from './source';

/** A company, court, regulator, NGO or person; one id, referenced everywhere. */
export const actorSchema = z
  .object({
    /** The actor's name as readers know it. */
    name: text("the actor's name"),
    /** What the actor is. */
    kind: oneOf(ACTOR_KINDS, 'an actor kind'),
    /** ISO 3166-1 alpha-2 country code, where the sources give it. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, {
        error: (iss) =>
          `found ${describeFound(iss.input)}; expected an ISO 3166 country code such as DE`,
      })
      .optional(),
    /** The actor's own website, where the sources give it. */
    url: httpUrl.optional(),
    /** Other names the sources use. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One sentence on who the actor is, from the sources. */
    description: z.string().min(1).optional(),
  })
  .strict();

export type ActorData = z.output<typeof actorSchema>;
