import { z } from 'astro/zod';
import { ACTOR_ROLES, EVENT_KINDS, EVENT_STATUSES, LINK_TYPES } from './enums';
import { edtfDate } from './date';
import { describeFound, idRef, oneOf, text } from './id';
import { sourceSchema } from './source';

/** An actor taking part in an event, and the part it plays. */
export const actorRoleSchema = z
  .object({
    /** The actor's id (a file in content/actors/). */
    id: idRef('actors'),
    /** What the actor does in this event: applicant, respondent, court, author… */
    role: oneOf(ACTOR_ROLES, 'a role'),
  })
  .strict();

/** A typed link from this event to another. */
export const eventLinkSchema = z
  .object({
    /** How this event relates to the other: responds-to, challenges, decides, appeals, supersedes, reports-on. */
    type: oneOf(LINK_TYPES, 'a link type'),
    /** The other event's id (its file name). */
    event: idRef('events'),
  })
  .strict();

/** A correction to a published entry, shown on the page and republished in feeds. */
export const correctionSchema = z
  .object({
    /** The day the correction was made (YYYY-MM-DD). */
    date: edtfDate,
    /** What was wrong and what changed. */
    note: text('what was corrected'),
  })
  .strict();

/** One legal event: an announcement, a letter, an application, a ruling. */
export const eventSchema = z
  .object({
    /** A short headline for the event. */
    title: text('a headline'),
    /** One or two sentences; used on cards, feeds, search results and the widget. */
    summary: text('one or two sentences'),
    /** When it happened, with the precision the sources give (EDTF). */
    date: edtfDate,
    /** occurred, scheduled (announced for a date) or cancelled. */
    status: oneOf(EVENT_STATUSES, 'an event status').default('occurred'),
    /** What kind of legal event this is. */
    kind: oneOf(EVENT_KINDS, 'an event kind'),
    /** The cases this event belongs to (ids in content/cases/). */
    cases: z
      .array(idRef('cases'), {
        error: (iss) =>
          `found ${describeFound(iss.input)}; expected a list of case ids, like [meta-ai-training-eu]`,
      })
      .min(1, { error: 'found an empty list; expected at least one case id' }),
    /** The actors taking part, each with a role. */
    actors: z.array(actorRoleSchema).default([]),
    /** Where it applies: an ISO country code or EU. */
    jurisdiction: z.string().min(2).optional(),
    /** The court or authority (an actor id). */
    court: idRef('actors').optional(),
    /** The docket or case number, exactly as the court gives it. */
    docket: z.string().min(1).optional(),
    /** The documents this event rests on; at least one. */
    sources: z
      .array(sourceSchema, {
        error: (iss) =>
          `found ${describeFound(iss.input)}; expected a list of sources: every event cites at least one (title, publisher, url if online)`,
      })
      .min(1, {
        error:
          'found an empty list; expected at least one source: every event cites what it rests on (title, publisher, url if online)',
      }),
    /** Typed links to other events. */
    links: z.array(eventLinkSchema).default([]),
    /** Free tags for feeds and search. */
    tags: z.array(z.string().min(1)).default([]),
    /**
     * Where this event stands among events of the same date (1, 2, 3…): the source's order of a
     * day's events, which the date alone cannot give. Events without it follow, by id.
     */
    order: z.number().int().min(1).optional(),
    /** When this entry entered the knowledge base. */
    published: edtfDate,
    /** When this entry last changed. */
    updated: edtfDate.optional(),
    /** Corrections made after publication, oldest first. */
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();

export type EventData = z.output<typeof eventSchema>;
