import type { APIContext } from 'astro';
import { eventsOfActor } from '../../../lib/model/queries';
import { SITE_NAME } from '../../../lib/site-meta';
import { rssResponse } from '../../../site/feeds';
import { urls } from '../../../site/paths';
import { getModel, actorStaticPaths } from '../../../site/model';

export const getStaticPaths = actorStaticPaths;

/** Serve the events an actor takes part in, newest change first, with their full text. */
export async function GET({ params }: APIContext) {
  const model = await getModel();
  const id = params.actor as string;
  const actor = model.actors.get(id)!;
  return rssResponse(model, eventsOfActor(model, id), {
    title: `${actor.data.name} · ${SITE_NAME}`,
    description: actor.data.description ?? `Events involving ${actor.data.name} in ${SITE_NAME}.`,
    home: urls.actor(id),
    self: urls.actorRss(id),
  });
}
