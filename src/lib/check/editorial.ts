import type { CaseData } from '../../schemas/case';
import type { EventData } from '../../schemas/event';
import { formatEventDate, parseEventDate } from '../dates';
import type { ContentProblem, Entry } from '../model/types';

/** How many months an `ongoing` case may go without an event before the check says so. */
export const DEFAULT_STALE_MONTHS = 12;

/** Return the ISO day `months` calendar months before `day`. */
export function monthsBefore(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

function lastEdit(data: EventData): string | undefined {
  const stamps = [data.updated?.earliest, ...data.corrections.map((c) => c.date.earliest)];
  return stamps
    .filter((s): s is string => Boolean(s))
    .sort()
    .at(-1);
}

const warn = (file: string, field: string, found: string, expected: string): ContentProblem => ({
  file,
  field,
  found,
  expected,
  severity: 'warning',
});

/** Warn about a scheduled event whose date has passed and whose entry was not updated since. */
export function checkPastScheduled(event: Entry<EventData>, today: string): ContentProblem[] {
  const { status, date } = event.data;
  if (status !== 'scheduled' || date.latest === null || date.latest >= today) return [];
  const edited = lastEdit(event.data);
  if (edited && edited > date.latest) return [];
  return [
    warn(
      event.filePath,
      'status',
      `"scheduled" for ${formatEventDate(date)}, which has passed`,
      'expected "occurred" or "cancelled" once a source says what happened (or a new date); then set updated: to the day you checked',
    ),
  ];
}

/** Warn about an event whose every source is secondary (press reports, not the document itself). */
export function checkOnlySecondary(event: Entry<EventData>): ContentProblem[] {
  const { sources } = event.data;
  if (sources.length === 0 || sources.some((s) => s.kind === 'primary')) return [];
  const count = sources.length === 1 ? '1 secondary source' : `${sources.length} secondary sources`;
  return [
    warn(
      event.filePath,
      'sources',
      `only ${count}`,
      'expected a primary source too (the ruling, letter or post itself, with kind: primary) where one is public',
    ),
  ];
}

/** Warn about each source that has a url but no archived copy. */
export function checkArchived(event: Entry<EventData>): ContentProblem[] {
  return event.data.sources.flatMap((source, i) =>
    source.url && !source.archived
      ? [
          warn(
            event.filePath,
            `sources[${i}].archived`,
            `no archived copy of ${source.url}`,
            'expected a snapshot URL: save the page at https://web.archive.org/save and add archived: with the address it gives',
          ),
        ]
      : [],
  );
}

/** Warn about an `ongoing` case with no event in the last `months` months before `today`. */
export function checkStaleCase(
  kase: Entry<CaseData>,
  events: Entry<EventData>[],
  today: string,
  months: number,
): ContentProblem[] {
  if (kase.data.status !== 'ongoing') return [];
  const days = events
    .filter((e) => e.data.cases.includes(kase.id))
    .map((e) => e.data.date.latest ?? e.data.date.earliest)
    .filter((d): d is string => d !== null && d <= today)
    .sort();
  const latest = days.at(-1);
  const cutoff = monthsBefore(today, months);
  if (latest && latest >= cutoff) return [];
  const found = latest
    ? `"ongoing" with no event since ${formatEventDate(parseEventDate(latest))} (more than ${months} months)`
    : '"ongoing" with no events';
  return [
    warn(
      kase.filePath,
      'status',
      found,
      'expected a newer event, or status: decided, appealed or closed if the case has ended',
    ),
  ];
}

/** Warn about a case whose `reviewed:` day is more than `months` months before `today`. */
export function checkReviewed(
  kase: Entry<CaseData>,
  today: string,
  months: number,
): ContentProblem[] {
  const reviewed = kase.data.reviewed?.latest;
  if (!reviewed || reviewed >= monthsBefore(today, months)) return [];
  return [
    warn(
      kase.filePath,
      'reviewed',
      `last reviewed ${formatEventDate(parseEventDate(reviewed))} (more than ${months} months ago)`,
      'expected a recent review: look for news on the case, add any new events, then set reviewed: to today',
    ),
  ];
}
