import type { APIContext } from 'astro';
import { getModel, caseStaticPaths } from '../../../site/model';
import { citableOf, citationResponse } from '../../../site/trust';

export const getStaticPaths = caseStaticPaths;

/** Serve the page's citation as RIS, written by citation-js. */
export async function GET({ params }: APIContext) {
  return citationResponse(citableOf(await getModel(), 'cases', params.case as string), 'ris');
}
