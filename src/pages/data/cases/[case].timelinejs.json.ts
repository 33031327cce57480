import type { APIContext } from 'astro';
import { buildTimelineJs } from '../../../lib/data/timelinejs';
import { jsonResponse, urls } from '../../../site/feeds';
import { getModel } from '../../../site/model';

/** Build one TimelineJS document per case. */
export async function getStaticPaths() {
  const model = await getModel();
  return [...model.cases.keys()].map((id) => ({ params: { case: id } }));
}

/** Serve a case in TimelineJS 3's JSON format. */
export async function GET({ params }: APIContext) {
  return jsonResponse(buildTimelineJs(await getModel(), params.case as string, urls));
}
