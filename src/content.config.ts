import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor';
import { caseSchema } from './schemas/case';
import { eventSchema } from './schemas/event';
import { contentDir, idFromEntryPath } from './lib/content-dir';

const root = contentDir();
// Files starting with `_` are drafts: kept in the repo, never published.
const generateId = ({ entry }: { entry: string }) => idFromEntryPath(entry);
// A content folder may have no actors/ yet; an absent folder is an empty collection, not a warning.
const folder = (name: string, pattern: string) =>
  existsSync(`${root}/${name}`)
    ? glob({ pattern: [pattern, '!**/_*'], base: `${root}/${name}`, generateId })
    : { name: `casetrail-no-${name}`, load: () => Promise.resolve() };

export const collections = {
  cases: defineCollection({
    loader: folder('cases', '**/*.mdx'),
    schema: caseSchema,
  }),
  actors: defineCollection({
    loader: folder('actors', '**/*.yaml'),
    schema: actorSchema,
  }),
  events: defineCollection({
    loader: folder('events', '**/*.mdx'),
    schema: eventSchema,
  }),
};
