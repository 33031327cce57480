import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor';
import { caseSchema } from './schemas/case';
import { eventSchema } from './schemas/event';
import { contentDir, idFromEntryPath } from './lib/content-dir';
import { mdxGlob } from './site/mdx-loader';

// Astro keeps parsed entries in its cache until this file's text changes; it does not see a
// change in src/schemas/. Raise this number whenever a schema's output changes shape, so no
// build reads entries parsed by the old schema.
// Version 2: dates are a union on `span`; published, updated and corrections are plain days.
// Version 3: MDX bodies are stored as text (src/site/mdx-loader.ts), not as modules to bundle.
export const SCHEMA_OUTPUT_VERSION = 3;

const root = contentDir();
// Files starting with `_` are drafts: kept in the repo, never published.
const generateId = ({ entry }: { entry: string }) => idFromEntryPath(entry);
// A content folder may have no actors/ yet; an absent folder is an empty collection, not a warning.
// MDX bodies are kept as text and rendered at page time (src/site/body.ts).
const folder = (name: string, pattern: string) =>
  existsSync(`${root}/${name}`)
    ? (pattern.endsWith('.mdx') ? mdxGlob : glob)({
        pattern: [pattern, '!**/_*'],
        base: `${root}/${name}`,
        generateId,
      })
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
