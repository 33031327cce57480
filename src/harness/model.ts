// The one model builder of the tests and the benchmark: frontmatter as editors write it, parsed
// by the real schemas and put through the real buildModel. The site builds its model from
// Astro's content layer instead (src/site/model.ts).
import type { CollectionName } from '../lib/check/read';
import { buildModel } from '../lib/model/build';
import type { Model } from '../lib/model/types';
import { actorSchema } from '../schemas/actor';
import { caseSchema } from '../schemas/case';
import { eventSchema } from '../schemas/event';

/** One entry as an editor wrote it: its collection, id, file (for messages) and frontmatter. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data?: unknown;
}

/** Return the model of raw entries, parsed by the real schemas, with every problem found. */
export function buildModelFromRaw(entries: readonly RawEntry[]): ReturnType<typeof buildModel> {
  const of = (collection: CollectionName) => entries.filter((e) => e.collection === collection);
  return buildModel({
    cases: of('cases').map((e) => ({ id: e.id, filePath: e.file, data: caseSchema.parse(e.data) })),
    actors: of('actors').map((e) => ({
      id: e.id,
      filePath: e.file,
      data: actorSchema.parse(e.data),
    })),
    events: of('events').map((e) => ({
      id: e.id,
      filePath: e.file,
      data: eventSchema.parse(e.data),
    })),
  });
}

/** Return the model of raw entries that must be valid; throw naming `what` and every error. */
export function checkedModelFromRaw(entries: readonly RawEntry[], what: string): Model {
  const { model, problems } = buildModelFromRaw(entries);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`${what} has ${errors.length} content error(s): ${JSON.stringify(errors)}`);
  return model;
}
