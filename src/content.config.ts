import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor';
import { caseSchema } from './schemas/case';
import { eventSchema } from './schemas/event';
import { contentDir, idFromEntryPath } from './lib/content-dir';

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
