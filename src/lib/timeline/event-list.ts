import type { Precision, Span } from '../dates';
import type { CardMediaView } from '../mdx/media';
import type { EventKind, EventStatus } from '../../schemas/enums';
import { listGap } from './gaps';
import { kindGroupOf, type KindGroup } from './kinds';
import { eventTime } from './prepare';
import type { TimelineEvent } from './types';

/**
 * One event as the event list shows it, every word and link already worked out, so the one
 * builder (src/client/timeline/event-list.ts) draws the site's list and the widget's alike.
 */
export interface EventListItem {
  id: string;
  title: string;
  /** The event's page; '' when there is none to link (the widget drops non-http(s) URLs). */
  url: string;
  summary: string;
  kind: EventKind;
  status: EventStatus;
  group: KindGroup;
  /** The date as readers see it, and its `<time datetime>`, precision and span. */
  when: string;
  datetime: string;
  precision: Precision;
  span: Span;
  /** Scheduled for a date that has passed, and not reported since. */
  overdue: boolean;
  /** The status line under the title (a passed, unreported date), if any. */
  note: string | null;
  /** The part one actor plays in the event (on that actor's page). */
  role?: string;
  /** When the entry was added or last changed (the home page's latest changes). */
  change?: string;
  media?: CardMediaView;
  /** The time since the event before it in the list, as space and words. */
  gap: { space: number; text: string | null } | null;
}

/** What an item needs from its event beyond the timeline's shape. */
export type EventListExtras = Pick<EventListItem, 'datetime' | 'overdue' | 'note'> &
  Partial<Pick<EventListItem, 'role' | 'change' | 'media'>>;

/** Return the centre (ms) of the known part of each event's date: where the list measures gaps from. */
export function eventCentres(events: readonly TimelineEvent[]): number[] {
  return events.map((e) => {
    const t = eventTime(e);
    return (t.a0 + t.a1) / 2;
  });
}

/**
 * Return the list items of some events (`indices`, in date order; all by default), each with
 * the gap since the item before it; the first has none, as what came before it is not listed.
 */
export function eventListItems(
  events: readonly TimelineEvent[],
  extras: (event: TimelineEvent, index: number) => EventListExtras,
  centres: readonly number[] = eventCentres(events),
  indices: readonly number[] = events.map((_, i) => i),
): EventListItem[] {
  return indices.map((i, k) => {
    const e = events[i]!;
    const previous = k === 0 ? null : indices[k - 1]!;
    return {
      id: e.id,
      title: e.title,
      url: e.url,
      summary: e.summary,
      kind: e.kind,
      status: e.status,
      group: kindGroupOf(e.kind),
      when: e.when,
      precision: e.precision,
      span: e.span,
      gap: previous === null ? null : listGap(centres[previous]!, centres[i]!),
      ...extras(e, i),
    };
  });
}
