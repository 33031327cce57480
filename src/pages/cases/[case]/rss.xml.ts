import type { APIContext } from 'astro';
import { eventsOfCase } from '../../../lib/model/queries';
import { SITE_NAME } from '../../../lib/site-meta';
import { rssResponse } from '../../../site/feeds';
import { urls } from '../../../site/paths';
import { getModel, caseStaticPaths } from '../../../site/model';

export const getStaticPaths = caseStaticPaths;

/** Serve a case's events, newest change first, with their full text. */
export async function GET({ params }: APIContext) {
  const model = await getModel();
  const id = params.case as string;
  const kase = model.cases.get(id)!;
  return rssResponse(model, eventsOfCase(model, id), {
    title: `${kase.data.title} · ${SITE_NAME}`,
    description: kase.data.summary,
    home: urls.case(id),
    self: urls.caseRss(id),
  });
}
