import { DAY_MS, dayToMs } from './time';
import type { TimelineEvent } from './types';
import { notReportedSince } from '../labels';

/** Return whether an event was scheduled for a date that has passed with no report since. */
export function isOverdue(
  event: Pick<TimelineEvent, 'status' | 'start' | 'end'>,
  todayMs: number | null,
): boolean {
  const last = event.end ?? event.start;
  return (
    event.status === 'scheduled' &&
    todayMs !== null &&
    last !== null &&
    dayToMs(last) + DAY_MS <= todayMs
  );
}

/**
 * Return the date line of an event as the chart's card and the event list word it: the date as
 * shown, and for a scheduled date that has passed, "scheduled for 27 May 2025; not reported since".
 */
export function describeWhen(
  event: Pick<TimelineEvent, 'status' | 'start' | 'end' | 'when'>,
  todayMs: number | null,
): string {
  if (isOverdue(event, todayMs)) return notReportedSince(event.when);
  if (event.status === 'scheduled') return `${event.when} (scheduled)`;
  if (event.status === 'cancelled') return `${event.when} (cancelled)`;
  return event.when;
}
