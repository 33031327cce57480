import type { ApiCaseDocument, ApiEvent } from '../data/types';
import { projectEvent } from '../timeline/source';
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

/** Return one API event in the shape the timeline draws (the same projection as the site's pages). */
export function apiEventToTimeline(event: ApiEvent): TimelineEvent {
  return projectEvent(event);
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
  const day = (event.start ?? event.end) as string;
  return day.slice(0, event.precision === 'year' ? 4 : event.precision === 'month' ? 7 : 10);
}
