import { earliestDay, formatEventDate, latestDay, precisionOf } from '../dates';
import type { ModelEvent } from '../model/types';
import { projectEvent } from './source';
import type { TimelineEvent } from './types';

/** Project the model's events onto the timeline's shape, through the same projection as the API's. */
export function toTimelineEvents(
  events: readonly ModelEvent[],
  eventUrl: (id: string) => string,
): TimelineEvent[] {
  return events.map(({ id, data, links }) =>
    projectEvent({
      id,
      title: data.title,
      summary: data.summary,
      kind: data.kind,
      status: data.status,
      date: {
        display: formatEventDate(data.date),
        earliest: earliestDay(data.date),
        latest: latestDay(data.date),
        precision: precisionOf(data.date),
        qualifier: data.date.qualifier,
        span: data.date.span,
      },
      url: eventUrl(id),
      cases: data.cases,
      actors: data.actors,
      court: data.court,
      links,
    }),
  );
}
