import type { ApiCaseDocument, ApiEvent } from '../data/types';
import type { LaneBy, TimelineEvent } from '../timeline/types';
import { safeHttpUrl } from '../url/safe';

/** A case as the widget draws it: the timeline's events and the labels of each kind of lane. */
export interface EmbedCase {
  id: string;
  title: string;
  /** The case page, for the attribution link; '' when the document gave no http(s) address. */
  url: string;
  events: TimelineEvent[];
  /** Lane labels by lane grouping, then by id. */
  names: Record<LaneBy, Record<string, string>>;
}

/** Why a response cannot be drawn: not a case document of a version this widget reads. */
export class CaseDocumentError extends Error {
  override name = 'CaseDocumentError';
}

/** Return one API event in the shape the timeline draws (the same as the site's pages give it). */
export function apiEventToTimeline(event: ApiEvent): TimelineEvent {
  const { date } = event;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    status: event.status,
    when: date.display,
    start: date.earliest,
    end: date.latest,
    precision: date.precision,
    qualifier: date.qualifier,
    span: date.span,
    url: event.url,
    cases: [...event.cases],
    actors: [...new Set([...event.actors.map((a) => a.id), ...(event.court ? [event.court] : [])])],
    links: event.links.map(({ type, label, event: other }) => ({ type, label, event: other })),
  };
}

// The widget runs in other people's pages and `src=` may point at any document, so nothing in it
// is trusted: an event is drawn only when it has the shape the timeline needs, and a URL is a
// link only when it is http(s) — a `javascript:` URL would run in the host page on click.
const DAY = /^-?\d{4,}-\d{2}-\d{2}$/;
const isText = (value: unknown): value is string => typeof value === 'string';
const isDay = (value: unknown) => value === null || (isText(value) && DAY.test(value));
const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/** Return whether a value from a case document has the shape of an API event, as far as drawing needs. */
export function isDrawableEvent(value: unknown): value is ApiEvent {
  const e = value as Partial<Record<keyof ApiEvent, unknown>> | null;
  if (typeof e !== 'object' || e === null) return false;
  const date = e.date as Partial<Record<string, unknown>> | null | undefined;
  return (
    isText(e.id) &&
    isText(e.title) &&
    isText(e.kind) &&
    isText(e.status) &&
    typeof date === 'object' &&
    date !== null &&
    isText(date.display) &&
    isText(date.precision) &&
    isDay(date.earliest) &&
    isDay(date.latest) &&
    (date.earliest !== null || date.latest !== null) &&
    (e.summary === undefined || isText(e.summary)) &&
    isList(e.cases ?? []) &&
    isList(e.actors ?? []) &&
    isList(e.links ?? [])
  );
}

function cleanEvent(event: ApiEvent): TimelineEvent {
  const timeline = apiEventToTimeline({
    ...event,
    summary: event.summary ?? '',
    cases: (event.cases ?? []).filter(isText),
    actors: (event.actors ?? []).filter((a) => isText((a as { id?: unknown } | null)?.id)),
    court: isText(event.court) ? event.court : undefined,
    links: (event.links ?? []).filter((l) => isText(l?.event) && isText(l.label)),
  } as ApiEvent);
  return { ...timeline, url: safeHttpUrl(event.url) ?? '' };
}

/**
 * Return the case a `/data/cases/<case>.json` document describes, ready to draw. Throws a
 * CaseDocumentError when the JSON is not a version 1 case document. Events it cannot draw are
 * left out with one warning (`warn`, console.warn by default); URLs that are not http(s) become ''.
 */
export function apiCaseToEmbed(
  doc: unknown,
  warn: (message: string) => void = (message) => console.warn(message),
): EmbedCase {
  const d = doc as Partial<ApiCaseDocument> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.version !== 1 ||
    typeof d.case !== 'object' ||
    d.case === null ||
    !isText(d.case.id) ||
    !isText(d.case.title) ||
    !Array.isArray(d.events) ||
    !Array.isArray(d.actors)
  ) {
    throw new CaseDocumentError(
      'expected a Casetrail case document, version 1 (/data/cases/<case>.json)',
    );
  }
  const drawable = d.events.filter(isDrawableEvent);
  const skipped = d.events.length - drawable.length;
  if (skipped > 0)
    warn(
      `casetrail-timeline: left out ${skipped} event${skipped === 1 ? '' : 's'} of "${d.case.id}" that ${skipped === 1 ? 'is' : 'are'} not Casetrail events (version 1)`,
    );
  const actors = d.actors.filter((a) => isText(a?.id) && isText(a.name));
  return {
    id: d.case.id,
    title: d.case.title,
    url: safeHttpUrl(d.case.url) ?? '',
    events: drawable.map(cleanEvent),
    names: {
      case: { [d.case.id]: d.case.title },
      actor: Object.fromEntries(actors.map((a) => [a.id, a.name])),
      kind: {},
    },
  };
}

/** Return the value for `<time datetime>` of an event: as precise as its date, never more. */
export function datetimeAttr(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  const day = (event.start ?? event.end) as string;
  return day.slice(0, event.precision === 'year' ? 4 : event.precision === 'month' ? 7 : 10);
}
