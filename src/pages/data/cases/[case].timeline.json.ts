import type { APIContext } from 'astro';
import { jsonResponse } from '../../../site/feeds';
import { getModel, caseStaticPaths } from '../../../site/model';
import { caseTimelineData } from '../../../site/timeline';

export const getStaticPaths = caseStaticPaths;

/** Serve a case's chart data, prepared at build time: what a big case's page fetches. */
export async function GET({ params }: APIContext) {
  return jsonResponse(caseTimelineData(await getModel(), params.case as string));
}
