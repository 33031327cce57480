import {
  anchorDay,
  compareEventDates,
  dateToDatetimeAttr,
  formatEventDate,
  yearsOf,
  type EventDate,
} from '../dates';
import { enumLabel } from '../labels';
import { actorIdsOfEvent, eventsOfActor, eventsOfCase } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';
import type { FilterName, SearchAttributes } from './filters';

// A page with no dated event still needs a sort value, or Pagefind drops it from sorted results;
// this one sorts before every real date.
const UNDATED = '0000';

/** Return every calendar year a date may fall in, as facet values (an open side counts only its known year). */
export function yearsOfDate(date: EventDate): string[] {
  return yearsOf(date).map(String);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

function compact(filters: Record<FilterName, string[]>): SearchAttributes['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

// The span of a list of events as a reader sees it: "April 2025 – 27 May 2025".
function spanOf(events: ModelEvent[]): { sort: string; shown: string } | undefined {
  const dates = events.map((e) => e.data.date).sort(compareEventDates);
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return undefined;
  // Dates that share their anchor day ("on or before 23 May", "23 May") read as the surer one.
  const shown =
    anchorDay(first) === anchorDay(last)
      ? formatEventDate(last)
      : `${formatEventDate(first)} – ${formatEventDate(last)}`;
  return { sort: dateToDatetimeAttr(first), shown };
}

/** Return the search attributes of an event page. */
export function eventSearchAttributes(model: Model, event: ModelEvent): SearchAttributes {
  const { data } = event;
  const caseTitles = data.cases.map((id) => model.cases.get(id)?.data.title ?? id);
  return {
    filters: compact({
      type: ['event'],
      case: [...data.cases],
      kind: [data.kind],
      actor: actorIdsOfEvent(event),
      court: unique([data.court]),
      jurisdiction: unique([data.jurisdiction]),
      year: yearsOfDate(data.date),
      status: [data.status],
    }),
    sort: dateToDatetimeAttr(data.date),
    meta: {
      title: data.title,
      date: formatEventDate(data.date),
      case: caseTitles.join('; '),
      kind: enumLabel(data.kind),
      summary: data.summary,
    },
  };
}

/** Return the search attributes of a case page: its own facets plus those of its events. */
export function caseSearchAttributes(model: Model, caseId: string): SearchAttributes {
  const kase = model.cases.get(caseId);
  if (!kase)
    throw new Error(
      `no case "${caseId}" in content/cases/; search attributes need an existing case id`,
    );
  const { data } = kase;
  const events = eventsOfCase(model, caseId);
  const span = spanOf(events);
  const courts = unique([
    ...data.proceedings.map((p) => p.court),
    ...events.map((e) => e.data.court),
  ]);
  return {
    filters: compact({
      type: ['case'],
      case: [caseId],
      kind: [],
      actor: unique([
        ...data.proceedings.flatMap((p) => p.parties.map((party) => party.id)),
        ...courts,
        ...events.flatMap(actorIdsOfEvent),
      ]),
      court: courts,
      jurisdiction: unique([...data.jurisdictions, ...events.map((e) => e.data.jurisdiction)]),
      year: unique(events.flatMap((e) => yearsOfDate(e.data.date))).sort(),
      status: [data.status],
    }),
    sort: span?.sort ?? data.published,
    meta: {
      title: data.title,
      ...(span ? { date: span.shown } : {}),
      case: data.title,
      summary: data.summary,
    },
  };
}

/** Return the search attributes of an actor page: the actor and the cases and years it appears in. */
export function actorSearchAttributes(model: Model, actorId: string): SearchAttributes {
  const actor = model.actors.get(actorId);
  if (!actor)
    throw new Error(
      `no actor "${actorId}" in content/actors/; search attributes need an existing actor id`,
    );
  const events = eventsOfActor(model, actorId);
  const span = spanOf(events);
  const caseIds = unique(events.flatMap((e) => e.data.cases));
  return {
    filters: compact({
      type: ['actor'],
      case: caseIds,
      kind: [],
      actor: [actorId],
      court: [],
      jurisdiction: [],
      year: unique(events.flatMap((e) => yearsOfDate(e.data.date))).sort(),
      status: [],
    }),
    sort: span?.sort ?? UNDATED,
    meta: {
      title: actor.data.name,
      ...(span ? { date: span.shown } : {}),
      ...(caseIds.length > 0
        ? { case: caseIds.map((id) => model.cases.get(id)?.data.title ?? id).join('; ') }
        : {}),
      summary: actor.data.description ?? enumLabel(actor.data.kind),
    },
  };
}
