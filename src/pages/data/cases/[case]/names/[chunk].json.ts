import type { APIContext } from 'astro';
import { jsonResponse } from '../../../../../site/feeds';
import { getModel } from '../../../../../site/model';
import { caseDetailsStaticPaths, caseNamesData } from '../../../../../site/timeline';

// The names come in the same chunks as the details.
export const getStaticPaths = caseDetailsStaticPaths;

/** Serve one chunk of a case chart's event ids and titles: what a big chart loads as it zooms. */
export async function GET({ params }: APIContext) {
  return jsonResponse(caseNamesData(await getModel(), params.case as string, Number(params.chunk)));
}
