import type { APIContext } from 'astro';
import { getModel, eventStaticPaths } from '../../../site/model';
import { citableOf, citationResponse } from '../../../site/trust';

export const getStaticPaths = eventStaticPaths;

/** Serve the page's citation as BibTeX, written by citation-js. */
export async function GET({ params }: APIContext) {
  return citationResponse(citableOf(await getModel(), 'events', params.event as string), 'bib');
}
