import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site-meta';
import { rssResponse } from '../site/feeds';
import { urls } from '../site/paths';
import { getModel } from '../site/model';

/** Serve every event, newest change first, with its full text. */
export async function GET() {
  const model = await getModel();
  return rssResponse(model, model.events, {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    home: urls.home(),
    self: urls.rss(),
  });
}
