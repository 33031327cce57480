// What the site knows as of when: a scheduled date that has passed without a report, an ongoing
// case's last event and last review. The logic is here; the words are src/lib/labels.ts's. Pure:
// the build passes in "today".
import { earliestDay, formatEventDate, latestDay, type EventDate } from '../dates';
import { formatDay } from '../days';
import {
  caseCurrencySentence,
  eventStatusLabel,
  lastEventSentence,
  notReportedSentence,
  reviewedSentence,
  scheduledSentence,
} from '../labels';
import type { EventStatus } from '../../schemas/enums';

/** Return whether a scheduled event's date has wholly passed on `today` (an ISO day). */
export function isPassedUnreported(status: EventStatus, date: EventDate, today: string): boolean {
  const latest = latestDay(date);
  return status === 'scheduled' && latest !== null && latest < today;
}

/** Return "Scheduled for 27 May 2025", "Scheduled on or before 23 May 2025", "Scheduled for May 2025". */
export function scheduledFor(date: EventDate): string {
  return scheduledSentence(
    formatEventDate(date),
    date.span === 'on-or-before' || date.span === 'on-or-after',
  );
}

/**
 * Return the day the site's silence about a passed scheduled event holds for: the latest day an
 * editor looked at it after the date (the event's own update, a review of one of its cases), else
 * the build day.
 */
export function asOfDay(
  date: EventDate,
  checkedDays: (string | undefined)[],
  today: string,
): string {
  const latest = latestDay(date);
  const after = checkedDays
    .filter((d): d is string => d !== undefined && latest !== null && d > latest)
    .sort()
    .at(-1);
  return after ?? today;
}

/** What the status line of an event needs to know besides the event. */
export interface StatusContext {
  /** The build day, ISO. */
  today: string;
  /** Days an editor looked at the event or its cases (its updates, its cases' `reviewed`). */
  checkedDays?: (string | undefined)[];
}

/**
 * Return an event's status as readers see it, as of what the site knows: "Occurred",
 * "Cancelled", "Scheduled for 27 May 2026", or "Scheduled for 27 May 2025; not reported as
 * having happened as of 30 November 2026" once the date has passed without an update.
 */
export function eventStatusText(
  status: EventStatus,
  date: EventDate,
  { today, checkedDays = [] }: StatusContext,
): string {
  if (status !== 'scheduled') return eventStatusLabel(status);
  const scheduled = scheduledFor(date);
  if (!isPassedUnreported(status, date, today)) return scheduled;
  return notReportedSentence(scheduled, formatDay(asOfDay(date, checkedDays, today)));
}

/** What a case's currency line is made of. */
export interface CaseCurrency {
  /** The date of its latest event that has taken place, if any. */
  lastEvent?: EventDate;
  /** The day an editor last checked it for news. */
  reviewed?: string;
  /** The day it entered the knowledge base. */
  published: string;
}

/**
 * Return a case's last event as of `today`: the latest of its events (oldest first) that has
 * taken place and cannot have begun after today; undefined when none has.
 */
export function lastOccurredEvent<E extends { data: { status: EventStatus; date: EventDate } }>(
  events: readonly E[],
  today: string,
): E | undefined {
  return events
    .filter((e) => e.data.status === 'occurred' && (earliestDay(e.data.date) ?? '') <= today)
    .at(-1);
}

/** Return "Last event: 24 May 2025", or "No event recorded yet". */
export function lastEventText(lastEvent: EventDate | undefined): string {
  return lastEventSentence(lastEvent && formatEventDate(lastEvent));
}

/** Return "Last reviewed for news: 28 November 2026", or say it has not been since it was added. */
export function reviewedText({ reviewed, published }: CaseCurrency): string {
  return reviewedSentence(reviewed && formatDay(reviewed), formatDay(published));
}

/** Return an ongoing case's currency: "Last event: 24 May 2025. Last reviewed for news: …." */
export function caseCurrencyText(currency: CaseCurrency): string {
  return caseCurrencySentence(lastEventText(currency.lastEvent), reviewedText(currency));
}
