import type { APIContext } from 'astro';
import { buildApiCase } from '../../../lib/data/api';
import { jsonResponse, urls } from '../../../site/feeds';
import { getModel } from '../../../site/model';

/** Build one document per case. */
export async function getStaticPaths() {
  const model = await getModel();
  return [...model.cases.keys()].map((id) => ({ params: { case: id } }));
}

/** Serve a case with its actors and events: what the embed widget reads. */
export async function GET({ params }: APIContext) {
  return jsonResponse(buildApiCase(await getModel(), params.case as string, urls));
}
