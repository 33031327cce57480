import type { APIRoute } from 'astro';
import { eventsOfCase } from '../../../lib/model/queries';
import { SITE_NAME } from '../../../lib/site-meta';
import { caseCardText } from '../../../lib/og/text';
import { getModel, caseStaticPaths } from '../../../site/model';
import { cardResponse } from '../../../site/og';

export const getStaticPaths = caseStaticPaths;

/** Return a case's social card (1200×630 PNG). */
export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const kase = model.cases.get(params.case as string);
  if (!kase) return new Response('Not found', { status: 404 });
  return cardResponse(caseCardText(kase, eventsOfCase(model, kase.id), SITE_NAME));
};
