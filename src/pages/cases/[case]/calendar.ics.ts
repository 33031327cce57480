import type { APIContext } from 'astro';
import { buildCalendar } from '../../../lib/feeds/calendar';
import { eventsOfCase } from '../../../lib/model/queries';
import { SITE_NAME } from '../../../lib/site-meta';
import { urls } from '../../../site/paths';
import { getModel, caseStaticPaths } from '../../../site/model';

export const getStaticPaths = caseStaticPaths;

/** Serve a case's events as all-day calendar events. */
export async function GET({ params }: APIContext) {
  const model = await getModel();
  const id = params.case as string;
  const kase = model.cases.get(id)!;
  const info = {
    name: `${kase.data.title} · ${SITE_NAME}`,
    description: kase.data.summary,
    home: urls.case(id),
  };
  return new Response(buildCalendar(model, eventsOfCase(model, id), info, urls), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
