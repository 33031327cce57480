import type { APIContext } from 'astro';
import { jsonResponse } from '../../../../../site/feeds';
import { getModel } from '../../../../../site/model';
import { caseDetailsData, caseDetailsStaticPaths } from '../../../../../site/timeline';

export const getStaticPaths = caseDetailsStaticPaths;

/** Serve one chunk of a case chart's event details: what the widget's list loads as it needs it. */
export async function GET({ params }: APIContext) {
  return jsonResponse(
    caseDetailsData(await getModel(), params.case as string, Number(params.chunk)),
  );
}
