import { earliestDay, formatEventDate, latestDay, precisionOf } from '../dates';
import type { ModelEvent } from '../model/types';
import type { TimelineEvent } from './types';

/** Project the model's events onto the small, serialisable shape the timeline draws. */
export function toTimelineEvents(
  events: readonly ModelEvent[],
  eventUrl: (id: string) => string,
): TimelineEvent[] {
  return events.map(({ id, data, links }) => ({
    id,
    title: data.title,
    summary: data.summary,
    kind: data.kind,
    status: data.status,
    when: formatEventDate(data.date),
    start: earliestDay(data.date),
    end: latestDay(data.date),
    precision: precisionOf(data.date),
    qualifier: data.date.qualifier,
    span: data.date.span,
    url: eventUrl(id),
    cases: [...data.cases],
    actors: [...new Set([...data.actors.map((a) => a.id), ...(data.court ? [data.court] : [])])],
    links: links.map((link) => ({ type: link.type, label: link.label, event: link.event })),
  }));
}
