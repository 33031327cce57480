import { buildJsonFeed } from '../lib/feeds/json-feed';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site-meta';
import { feedEntriesWithHtml, jsonResponse } from '../site/feeds';
import { urls } from '../site/paths';
import { getModel } from '../site/model';

/** Serve the JSON Feed 1.1 twin of /rss.xml: the same items, ids, order and HTML. */
export async function GET() {
  const model = await getModel();
  const { entries, html } = await feedEntriesWithHtml(model, model.events);
  const channel = {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    home: urls.home(),
    self: urls.jsonFeed(),
  };
  return jsonResponse(buildJsonFeed(channel, entries, html), 'application/feed+json');
}
