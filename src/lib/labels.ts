// Every word a reader sees for a value of the model: kinds, roles, statuses, link types, the
// sentences that qualify a status and the as-of sentences. Pages, feeds, exports, the timeline
// and the widget all take them from here. Types only from the schemas, so the widget does not load Zod.
import type {
  ActorKind,
  ActorRole,
  CaseStatus,
  EventKind,
  EventStatus,
  LinkType,
} from '../schemas/enums';

// Enum words that are acronyms and must stay in capitals.
const ACRONYMS: Record<string, string> = { ngo: 'NGO' };

/** Return an enum value as readers see it: "regulatory-action" → "Regulatory action", "ngo" → "NGO". */
export function humanise(value: string): string {
  const text = value
    .split('-')
    .map((word) => ACRONYMS[word] ?? word)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STATUS_TEXT: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

/** Return an event status as shown on pages and cards. */
export function eventStatusLabel(status: EventStatus): string {
  return STATUS_TEXT[status];
}

/** Return a kind, role or case status as shown on pages. */
export function enumLabel(value: EventKind | ActorRole | ActorKind | CaseStatus): string {
  return humanise(value);
}

/** Return an event kind as readers see it: "regulatory-action" → "Regulatory action". */
export function kindLabel(kind: string): string {
  return humanise(kind);
}

/** What the site has not seen of a scheduled event: no source saying it happened. */
export const NOT_REPORTED = 'not reported as having happened';

// Written out rather than built from NOT_REPORTED: a computed constant stays in embed.js unused.
/** What a scheduled event's status does not mean, said wherever the status is shown. */
export const SCHEDULED_NOTE = 'announced for this date; not reported as having happened';

/** Return the words that qualify a status, or undefined when it needs none. */
export function statusNote(status: EventStatus): string | undefined {
  return status === 'scheduled' ? SCHEDULED_NOTE : undefined;
}

/** Return a status as one line of text: "Scheduled (announced for this date; …)". */
export function statusSentence(status: EventStatus): string {
  const note = statusNote(status);
  return note ? `${eventStatusLabel(status)} (${note})` : eventStatusLabel(status);
}

// The as-of sentences: how the site says what it knows as of when. The dates come in as shown
// ("27 May 2025", "on or before 23 May 2025"); src/lib/trust/as-of.ts decides which to say.

/** Return "Scheduled for 27 May 2025", or "Scheduled on or before 23 May 2025" for an open date. */
export function scheduledSentence(when: string, open: boolean): string {
  return open ? `Scheduled ${when}` : `Scheduled for ${when}`;
}

/** Return "Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026". */
export function notReportedSentence(scheduled: string, asOf: string): string {
  return `${scheduled}; ${NOT_REPORTED} as of ${asOf}`;
}

/**
 * Return the chart's and the widget list's short line for a scheduled date that has passed with
 * no report: "scheduled for 27 May 2025; not reported since" (lower case: it follows a title).
 */
export function notReportedSince(when: string): string {
  return `scheduled for ${when}; not reported since`;
}

/** What names a case's last event, before its date ("Last event: 24 May 2025"). */
export const LAST_EVENT = 'Last event';

/** Return "Last event: 24 May 2025", or "No event recorded yet" when none has taken place. */
export function lastEventSentence(when: string | undefined): string {
  return when ? `${LAST_EVENT}: ${when}` : 'No event recorded yet';
}

/** Return "Last reviewed for news: 28 November 2026", or that it has not been since it was added. */
export function reviewedSentence(reviewed: string | undefined, published: string): string {
  return reviewed
    ? `Last reviewed for news: ${reviewed}`
    : `Not reviewed for news since it was added on ${published}`;
}

/** Return an ongoing case's currency: "Last event: 24 May 2025. Last reviewed for news: …." */
export function caseCurrencySentence(lastEvent: string, reviewed: string): string {
  return `${lastEvent}. ${reviewed}.`;
}

/** What a printout says of its date without JavaScript: the day the site was built ("Page as of 1 December 2026"). */
export const PAGE_AS_OF = 'Page as of';

/** What a printout says of its date when the browser fills in the day it is printed ("Printed 3 December 2026"). */
export const PRINTED = 'Printed';

/** How each link type reads from the event that holds it, and from the event it points at. */
export const LINK_LABELS: Record<LinkType, { out: string; in: string }> = {
  'responds-to': { out: 'Responds to', in: 'Answered by' },
  challenges: { out: 'Challenges', in: 'Challenged by' },
  decides: { out: 'Decides', in: 'Decided by' },
  appeals: { out: 'Appeals', in: 'Appealed by' },
  supersedes: { out: 'Supersedes', in: 'Superseded by' },
  'reports-on': { out: 'Reports on', in: 'Reported by' },
};

// Made on first use: a module-level `new` would keep this out of reach of tree-shaking, and the
// widget, which imports the kind labels, never names a jurisdiction.
let regions: Intl.DisplayNames | undefined;

/** Return a jurisdiction code's English name ("DE" → "Germany", "EU" → "European Union"). */
export function jurisdictionLabel(code: string): string {
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Return a whole number as readers write it in English: "10,000". Not toLocaleString: its first
 * call in a page loads the browser's locale data, ~24 ms of the widget's start (measured).
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
