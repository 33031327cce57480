import type { APIContext } from 'astro';
import { SITE_NAME } from '../../lib/site-meta';
import { jsonResponse } from '../../site/feeds';
import { urls } from '../../site/paths';
import { embedSnippets, IFRAME_HEIGHT, OEMBED_WIDTH } from '../../site/embed';
import { getModel, caseStaticPaths } from '../../site/model';

export const getStaticPaths = caseStaticPaths;

/** Serve a case's oEmbed document (type rich): the iframe snippet and its size. */
export async function GET({ params }: APIContext) {
  const model = await getModel();
  const id = params.case as string;
  const kase = model.cases.get(id)!;
  return jsonResponse({
    version: '1.0',
    type: 'rich',
    title: kase.data.title,
    provider_name: SITE_NAME,
    provider_url: urls.home(),
    html: (await embedSnippets(id, kase.data.title)).iframe,
    width: OEMBED_WIDTH,
    height: IFRAME_HEIGHT,
  });
}
