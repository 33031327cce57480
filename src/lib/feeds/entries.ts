import { compareEventDates, formatEventDate, type EventDate } from '../dates';
import { formatDay } from '../days';
import { enumLabel } from '../labels';
import { changedOn } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';
import type { EventKind, EventStatus } from '../../schemas/enums';
import { buildDay } from '../build-day';
import type { SiteUrls } from '../paths';
import { eventStatusLine, isOverdue } from '../trust/event-status';

/** How many items a feed carries: readers only need the recent ones, and 10,000 bodies would not fit. */
export const FEED_ITEM_LIMIT = 100;

/** The text put before the title of an item republished after a correction. */
export const CORRECTED_PREFIX = 'Corrected: ';

/** A correction as feeds show it. */
export interface FeedCorrection {
  /** The day of the correction (YYYY-MM-DD). */
  day: string;
  /** The day as readers see it: "1 December 2026". */
  when: string;
  note: string;
}

/** One event as every feed (RSS, JSON Feed) carries it; the rendered body is added by the caller. */
export interface FeedEntry {
  eventId: string;
  /**
   * The item's id: the event's URL, plus `#correction-<n>` after its n-th correction, so a
   * correction reaches readers as a new item while every other rebuild keeps the same id.
   */
  guid: string;
  url: string;
  /** The event's title, after `CORRECTED_PREFIX` once corrected. */
  title: string;
  /** The summary; after the as-of status line when a scheduled date passed without a report. */
  summary: string;
  /** Case titles, the kind as readers see it, then the tags. */
  categories: string[];
  date: EventDate;
  /** The event's place among events of its date (its `order`), if it has one. */
  order?: number;
  /** The event date with its precision: "April 2025", "on or before 23 May 2025". */
  when: string;
  status: EventStatus;
  /** The status as of the build: "Scheduled for 27 May 2025; not reported as having happened as of …". */
  statusText: string;
  kind: EventKind;
  cases: { id: string; title: string; url: string }[];
  /** When the entry entered the knowledge base (YYYY-MM-DD). */
  published: string;
  /** When it last changed: the latest of published, updated and its corrections (YYYY-MM-DD). */
  changed: string;
  /** Its corrections, newest first. */
  corrections: FeedCorrection[];
}

/**
 * Order feed entries newest change first: a backdated event added today comes before an old
 * entry about last week. At a tie, the later-published, then the later event, then the id.
 */
export function compareFeedEntries(a: FeedEntry, b: FeedEntry): number {
  if (a.changed !== b.changed) return a.changed < b.changed ? 1 : -1;
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  const last = Number.MAX_SAFE_INTEGER;
  return (
    compareEventDates(b.date, a.date) ||
    (b.order ?? last) - (a.order ?? last) ||
    a.eventId.localeCompare(b.eventId)
  );
}

/** Return the feed entry of one event. */
export function toFeedEntry(
  model: Model,
  event: ModelEvent,
  urls: SiteUrls,
  today: string = buildDay(),
): FeedEntry {
  const { data } = event;
  const url = urls.event(event.id);
  const cases = data.cases.map((id) => ({
    id,
    title: model.cases.get(id)?.data.title ?? id,
    url: urls.case(id),
  }));
  const corrections = data.corrections
    .map((c) => ({
      day: c.date,
      when: formatDay(c.date),
      note: c.note,
    }))
    .reverse();
  const statusText = eventStatusLine(model, event, today);
  return {
    eventId: event.id,
    guid: corrections.length > 0 ? `${url}#correction-${corrections.length}` : url,
    url,
    title: corrections.length > 0 ? `${CORRECTED_PREFIX}${data.title}` : data.title,
    // Readers that show only the description still learn the date passed without a report.
    summary: isOverdue(event, today) ? `${statusText}. ${data.summary}` : data.summary,
    categories: [...new Set([...cases.map((c) => c.title), enumLabel(data.kind), ...data.tags])],
    date: data.date,
    ...(data.order !== undefined && { order: data.order }),
    when: formatEventDate(data.date),
    status: data.status,
    statusText,
    kind: data.kind,
    cases,
    published: data.published,
    changed: changedOn(event),
    corrections,
  };
}

/** Return the newest `limit` feed entries of some events, newest change first. */
export function buildFeedEntries(
  model: Model,
  events: ModelEvent[],
  urls: SiteUrls,
  limit = FEED_ITEM_LIMIT,
): FeedEntry[] {
  return events
    .map((event) => toFeedEntry(model, event, urls))
    .sort(compareFeedEntries)
    .slice(0, limit);
}
