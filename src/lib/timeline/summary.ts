import type { PreparedTimeline } from './prepare';

/** Return the chart's accessible name: what it shows, how many events, from when to when. */
export function timelineSummary(title: string, prepared: PreparedTimeline, listed: string): string {
  const { events } = prepared;
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  const first = events[0];
  const last = events.at(-1);
  const range =
    first && last && first !== last
      ? `, ${first.when} to ${last.when}`
      : first
        ? `, ${first.when}`
        : '';
  return `Timeline of ${title}: ${count}${range}. ${listed}`;
}
