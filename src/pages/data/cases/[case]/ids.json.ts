import type { APIContext } from 'astro';
import { jsonResponse } from '../../../../site/feeds';
import { getModel, caseStaticPaths } from '../../../../site/model';
import { caseIdsData } from '../../../../site/timeline';

export const getStaticPaths = caseStaticPaths;

/** Serve every event id of a case chart, in its order: what a big chart loads to find an event by id. */
export async function GET({ params }: APIContext) {
  return jsonResponse(caseIdsData(await getModel(), params.case as string));
}
