import { paths } from './paths';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import FeedItemContent from '../components/FeedItemContent.astro';
import { absolutiseUrls } from '../lib/feeds/absolute-urls';
import { buildFeedEntries, type FeedEntry } from '../lib/feeds/entries';
import { sanitizeFeedHtml } from '../lib/feeds/sanitize';
import { toRssOptions, type FeedChannel } from '../lib/feeds/rss';
import type { Model, ModelEvent } from '../lib/model/types';
import { renderEventBody } from './body';
import { urls } from './paths';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function renderEntry(model: Model, entry: FeedEntry): Promise<string> {
  const body = await renderEventBody(model, entry.eventId);
  container ??= AstroContainer.create();
  const html = await (
    await container
  ).renderToString(FeedItemContent, {
    props: { entry, sources: model.eventsById.get(entry.eventId)?.data.sources ?? [], body },
  });
  return sanitizeFeedHtml(absolutiseUrls(html, entry.url));
}

/**
 * Return a feed item's full HTML: the event's body rendered as on its page, wrapped with its date,
 * case, corrections and sources, every URL absolute. Each revision is rendered once per build,
 * however many feeds carry it.
 */
export function renderFeedHtml(model: Model, entry: FeedEntry): Promise<string> {
  if (import.meta.env.DEV) return renderEntry(model, entry);
  let html = rendered.get(entry.guid);
  if (!html) {
    html = renderEntry(model, entry);
    rendered.set(entry.guid, html);
  }
  return html;
}

/** Return the feed entries of some events and the full HTML of each, keyed by guid. */
export async function feedEntriesWithHtml(
  model: Model,
  events: ModelEvent[],
): Promise<{ entries: FeedEntry[]; html: Map<string, string> }> {
  const entries = buildFeedEntries(model, events, urls);
  const html = new Map(
    await Promise.all(entries.map(async (e) => [e.guid, await renderFeedHtml(model, e)] as const)),
  );
  return { entries, html };
}

/** Return the RSS 2.0 response for some events. */
export async function rssResponse(
  model: Model,
  events: ModelEvent[],
  channel: FeedChannel,
): Promise<Response> {
  const { entries, html } = await feedEntriesWithHtml(model, events);
  // Browsers show the feed as a page through public/feed.xsl; feed readers ignore it.
  return rss(toRssOptions({ ...channel, stylesheet: paths.to('feed.xsl') }, entries, html));
}

/** Return a JSON response, compact, as UTF-8. */
export function jsonResponse(body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}
