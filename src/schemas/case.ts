import { z } from 'astro/zod';
import { ACTOR_ROLES, CASE_STATUSES } from './enums';
import { edtfDate } from './date';
import { idRef, oneOf, text } from './id';

/** A party to a proceeding. */
const partySchema = z
  .object({
    /** The actor's id. */
    id: idRef('actors'),
    /** Its role in the proceeding. */
    role: oneOf(ACTOR_ROLES, 'a role'),
  })
  .strict();

/** One proceeding before a court or authority within a case. */
export const proceedingSchema = z
  .object({
    /** What the proceeding is: "injunction request", "appeal"… */
    name: text('the name of the proceeding'),
    /** The court or authority (an actor id). */
    court: idRef('actors'),
    /** The docket number exactly as the court gives it; omit when unknown. */
    docket: z.string().min(1).optional(),
    /** The parties and their roles. */
    parties: z.array(partySchema).default([]),
    /** Where the proceeding stands. */
    status: z.string().min(1).optional(),
  })
  .strict();

/** A matter followed over time. */
export const caseSchema = z
  .object({
    /** The case's name. */
    title: text("the case's name"),
    /** One or two sentences about the matter. */
    summary: text('one or two sentences'),
    /** ISO country codes or EU. */
    jurisdictions: z.array(z.string().min(2)).default([]),
    /** ongoing, decided, appealed or closed. */
    status: oneOf(CASE_STATUSES, 'a case status'),
    /** The proceedings before courts or authorities. */
    proceedings: z.array(proceedingSchema).default([]),
    /** Free tags. */
    tags: z.array(z.string().min(1)).default([]),
    /** When this case entered the knowledge base. */
    published: edtfDate,
    /** When it last changed. */
    updated: edtfDate.optional(),
    /** The day an editor last checked the case for news (a ruling, an appeal, a new date). */
    reviewed: edtfDate.optional(),
  })
  .strict();

export type CaseData = z.output<typeof caseSchema>;
