import type { APIContext } from 'astro';
import { buildApiCase } from '../../../lib/data/api';
import { jsonResponse } from '../../../site/feeds';
import { urls } from '../../../site/paths';
import { getModel, caseStaticPaths } from '../../../site/model';

export const getStaticPaths = caseStaticPaths;

/** Serve a case with its actors and events: what the embed widget reads. */
export async function GET({ params }: APIContext) {
  return jsonResponse(buildApiCase(await getModel(), params.case as string, urls));
}
