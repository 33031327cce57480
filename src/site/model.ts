import { getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { contentDir } from '../lib/content-dir';
import { buildModel } from '../lib/model/build';
import { ContentError } from '../lib/model/problems';
import { allCardTexts } from '../lib/og/text';
import { SITE_NAME } from '../lib/site-meta';
import type { Entry, Model } from '../lib/model/types';
import { drawCardsAhead } from './og';

let cached: Promise<Model> | undefined;

function toEntry<T>(entry: {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}): Entry<T> {
  return { id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body };
}

async function loadModel(): Promise<Model> {
  // Astro warns on every build about a collection whose folder is absent (no actors/ yet).
  const read = <C extends 'cases' | 'actors' | 'events'>(name: C) =>
    existsSync(`${contentDir()}/${name}`) ? getCollection(name) : Promise.resolve([]);
  const [cases, actors, events] = await Promise.all([
    read('cases'),
    read('actors'),
    read('events'),
  ]);
  const { model, problems } = buildModel({
    cases: cases.map(toEntry),
    actors: actors.map(toEntry),
    events: events.map(toEntry),
  });
  // The build ran the content check (src/integrations/content-check.ts) before this: dates as
  // written, names, bodies. What remains here are the references, for `astro dev`.
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return model;
}

/**
 * Return the checked model of the whole knowledge base, built once per build. Throws a
 * ContentError listing every broken reference, which fails the build.
 */
export function getModel(): Promise<Model> {
  // In `astro dev` content changes between requests, so only the build may keep the model.
  if (import.meta.env.DEV) return loadModel();
  if (!cached) {
    cached = loadModel();
    // The first route of the build asks for the model; from then on the card workers draw every
    // social card while the pages render (see drawCardsAhead).
    cached.then(
      (model) => drawCardsAhead(allCardTexts(model, SITE_NAME)),
      () => undefined,
    );
  }
  return cached;
}

/** Return one static path per case: `getStaticPaths` of every `[case]` route. */
export async function caseStaticPaths() {
  const model = await getModel();
  return [...model.cases.keys()].map((id) => ({ params: { case: id } }));
}

/** Return one static path per actor: `getStaticPaths` of every `[actor]` route. */
export async function actorStaticPaths() {
  const model = await getModel();
  return [...model.actors.keys()].map((id) => ({ params: { actor: id } }));
}

/** Return one static path per event: `getStaticPaths` of every `[event]` route. */
export async function eventStaticPaths() {
  const model = await getModel();
  return model.events.map((event) => ({ params: { event: event.id } }));
}
