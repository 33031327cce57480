import type { APIContext } from 'astro';
import { buildTimelineJs } from '../../../lib/data/timelinejs';
import { jsonResponse } from '../../../site/feeds';
import { urls } from '../../../site/paths';
import { getModel, caseStaticPaths } from '../../../site/model';

export const getStaticPaths = caseStaticPaths;

/** Serve a case in TimelineJS 3's JSON format. */
export async function GET({ params }: APIContext) {
  return jsonResponse(buildTimelineJs(await getModel(), params.case as string, urls));
}
