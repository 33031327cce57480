import type { APIContext } from 'astro';
import { jsonResponse } from '../../../../site/feeds';
import { getModel, caseStaticPaths } from '../../../../site/model';
import { caseChartFiles } from '../../../../site/timeline';

export const getStaticPaths = caseStaticPaths;

/** Serve the actors of a case chart's events: what the widget loads for lanes by actor. */
export async function GET({ params }: APIContext) {
  return jsonResponse(caseChartFiles(await getModel(), params.case as string).actors);
}
