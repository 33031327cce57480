import { toApiDate } from '../data/api';
import type { ApiDate } from '../data/types';
import { dateToDatetimeAttr } from '../dates';
import { dayToDate } from '../days';
import type { FeedEntry } from './entries';
import type { FeedChannel } from './rss';

/** The JSON Feed version every feed declares. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** One item of a JSON Feed 1.1, with Casetrail's extension `_casetrail`. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  _casetrail: {
    event: string;
    /** The event's date as the data API gives it, plus its `<time datetime>` value. */
    date: ApiDate & { datetime: string };
    status: string;
    kind: string;
    cases: string[];
    corrections: { date: string; note: string }[];
  };
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** Return the JSON Feed item of a feed entry: the same id, dates and HTML as its RSS item. */
export function toJsonFeedItem(entry: FeedEntry, html: string): JsonFeedItem {
  // A corrected entry is published again on the day of its correction, as in RSS.
  const republished = entry.corrections[0]?.day ?? entry.published;
  return {
    id: entry.guid,
    url: entry.url,
    title: entry.title,
    content_html: html,
    summary: entry.summary,
    date_published: dayToDate(republished).toISOString(),
    date_modified: dayToDate(entry.changed).toISOString(),
    tags: entry.categories,
    _casetrail: {
      event: entry.eventId,
      date: { ...toApiDate(entry.date), datetime: dateToDatetimeAttr(entry.date) },
      status: entry.status,
      kind: entry.kind,
      cases: entry.cases.map((c) => c.id),
      corrections: entry.corrections.map((c) => ({ date: c.day, note: c.note })),
    },
  };
}

/** Return a JSON Feed 1.1 document with one item per entry, in the entries' order. */
export function buildJsonFeed(
  channel: FeedChannel,
  entries: FeedEntry[],
  htmlByGuid: Map<string, string>,
): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.home,
    feed_url: channel.self,
    description: channel.description,
    language: 'en',
    authors: [{ name: channel.title, url: channel.home }],
    items: entries.map((entry) => toJsonFeedItem(entry, htmlByGuid.get(entry.guid) ?? '')),
  };
}
