import { z } from 'astro/zod';
import { ACTOR_KINDS } from './enums';

/** A company, court, regulator, NGO or person; one id, referenced everywhere. */
export const actorSchema = z
  .object({
    /** The actor's name as readers know it. */
    name: z.string().min(1),
    /** What the actor is. */
    kind: z.enum(ACTOR_KINDS),
    /** ISO 3166-1 alpha-2 country code, where the sources give it. */
    country: z.string().regex(/^[A-Z]{2}$/, { message: 'expected an ISO country code such as DE' }).optional(),
    /** The actor's own website, where the sources give it. */
    url: z.string().url().refine((u) => /^https?:/.test(u), { message: 'expected an http(s) address' }).optional(),
    /** Other names the sources use. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One sentence on who the actor is, from the sources. */
    description: z.string().min(1).optional(),
  })
  .strict();

export type ActorData = z.output<typeof actorSchema>;
