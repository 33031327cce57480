import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor';
import { caseSchema } from './schemas/case';
import { eventSchema } from './schemas/event';
import { contentDir, idFromEntryPath } from './lib/content-dir';

// Astro keeps parsed entries in its cache until this file's text changes; it does not see a
// change in src/schemas/. Raise this number whenever a schema's output changes shape, so no
// build reads entries parsed by the old schema.
// Version 2: dates are a union on `span`; published, updated and corrections are plain days.
export const SCHEMA_OUTPUT_VERSION = 2;

const root = contentDir();
// Files starting with `_` are drafts: kept in the repo, never published.
const generateId = ({ entry }: { entry: string }) => idFromEntryPath(entry);

export const collections = {
  cases: defineCollection({
    loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: `${root}/cases`, generateId }),
    schema: caseSchema,
  }),
  actors: defineCollection({
    loader: glob({ pattern: ['**/*.yaml', '!**/_*'], base: `${root}/actors`, generateId }),
    schema: actorSchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: `${root}/events`, generateId }),
    schema: eventSchema,
  }),
};
