import type { TimelineEvent } from './types';

/**
 * What the timeline needs of an event, in the shape the data API publishes (`ApiEvent`): the
 * page projects the model into it, the widget reads it from `/data/cases/<case>.json`, and both
 * go through `projectEvent`, so the two can never draw an event differently.
 */
export interface TimelineSource {
  id: string;
  title: string;
  summary: string;
  kind: TimelineEvent['kind'];
  status: TimelineEvent['status'];
  date: {
    display: string;
    earliest: string | null;
    latest: string | null;
    precision: TimelineEvent['precision'];
    qualifier: TimelineEvent['qualifier'];
    span: TimelineEvent['span'];
  };
  url: string;
  cases: readonly string[];
  actors: readonly { id: string }[];
  court?: string | null;
  links: readonly { type: TimelineEvent['links'][number]['type']; label: string; event: string }[];
}

/** Project one event onto the small, serialisable shape the timeline draws. */
export function projectEvent(source: TimelineSource): TimelineEvent {
  const { date } = source;
  return {
    id: source.id,
    title: source.title,
    summary: source.summary,
    kind: source.kind,
    status: source.status,
    when: date.display,
    start: date.earliest,
    end: date.latest,
    precision: date.precision,
    qualifier: date.qualifier,
    span: date.span,
    url: source.url,
    cases: [...source.cases],
    actors: [
      ...new Set([...source.actors.map((a) => a.id), ...(source.court ? [source.court] : [])]),
    ],
    links: source.links.map(({ type, label, event }) => ({ type, label, event })),
  };
}
