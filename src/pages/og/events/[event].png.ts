import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../../lib/site-meta';
import { eventCardText } from '../../../lib/og/text';
import { getModel, eventStaticPaths } from '../../../site/model';
import { cardResponse } from '../../../site/og';

export const getStaticPaths = eventStaticPaths;

/** Return an event's social card (1200×630 PNG). */
export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const event = model.eventsById.get(params.event as string);
  if (!event) return new Response('Not found', { status: 404 });
  return cardResponse(eventCardText(model, event, SITE_NAME));
};
