import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { stripNonXmlCharacters } from './absolute-urls';
import { dayToDate, type FeedEntry } from './entries';

/** What a feed is about, for its channel. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The absolute URL of the page the feed follows. */
  home: string;
  /** The absolute URL of the feed itself. */
  self: string;
  /** The site path of the XSLT stylesheet that shows the feed as a page in a browser. */
  stylesheet?: string;
}

/** Return the RSS item of a feed entry with its rendered HTML. */
export function toRssItem(entry: FeedEntry, html: string): RSSFeedItem {
  const item: RSSFeedItem = {
    title: stripNonXmlCharacters(entry.title),
    link: entry.url,
    pubDate: dayToDate(entry.changed),
    // Readers render an RSS description as HTML; the summary is plain text, so it is escaped once
    // as HTML here and once as XML by @astrojs/rss. Titles and categories are shown as text.
    description: stripNonXmlCharacters(escapeHTML(entry.summary)),
    content: stripNonXmlCharacters(html),
    categories: entry.categories.map(stripNonXmlCharacters),
  };
  // @astrojs/rss makes the link the guid; a corrected entry needs its own, so readers see it again.
  if (entry.guid !== entry.url)
    item.customData = `<guid isPermaLink="false">${escapeHTML(entry.guid)}</guid>`;
  return item;
}

/** Return the options for @astrojs/rss: the channel, its self link, and one item per entry. */
export function toRssOptions(
  channel: FeedChannel,
  entries: FeedEntry[],
  htmlByGuid: Map<string, string>,
): RSSOptions {
  const lastChange = entries
    .map((e) => e.changed)
    .sort()
    .at(-1);
  const custom = [
    '<language>en</language>',
    `<atom:link href="${escapeHTML(channel.self)}" rel="self" type="application/rss+xml"/>`,
    // The newest change, not the clock: a rebuild of unchanged content writes the same feed.
    lastChange ? `<lastBuildDate>${dayToDate(lastChange).toUTCString()}</lastBuildDate>` : '',
  ];
  return {
    title: stripNonXmlCharacters(channel.title),
    description: stripNonXmlCharacters(channel.description),
    site: channel.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    ...(channel.stylesheet ? { stylesheet: channel.stylesheet } : {}),
    customData: custom.join(''),
    items: entries.map((entry) => toRssItem(entry, htmlByGuid.get(entry.guid) ?? '')),
  };
}
