import type { ApiCaseDocument, ApiEvent } from '../data/types';
import { dayToDatetime } from '../days';
import type { LaneBy, TimelineEvent } from '../timeline/types';

/** A case as the widget draws it: the timeline's events and the labels of each kind of lane. */
export interface EmbedCase {
  id: string;
  title: string;
  /** The case page, for the attribution link. */
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

/**
 * Return the case a `/data/cases/<case>.json` document describes, ready to draw. Throws a
 * CaseDocumentError when the JSON is not a version 1 case document.
 */
export function apiCaseToEmbed(doc: unknown): EmbedCase {
  const d = doc as Partial<ApiCaseDocument> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.version !== 1 ||
    !d.case ||
    !Array.isArray(d.events) ||
    !Array.isArray(d.actors)
  ) {
    throw new CaseDocumentError(
      'expected a Casetrail case document, version 1 (/data/cases/<case>.json)',
    );
  }
  return {
    id: d.case.id,
    title: d.case.title,
    url: d.case.url,
    events: d.events.map(apiEventToTimeline),
    names: {
      case: { [d.case.id]: d.case.title },
      actor: Object.fromEntries(d.actors.map((a) => [a.id, a.name])),
      kind: {},
    },
  };
}

/** Return the value for `<time datetime>` of an event: as precise as its date, never more. */
export function datetimeAttr(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return dayToDatetime(event.start ?? event.end ?? '', event.precision);
}
