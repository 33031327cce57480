import {
  anchorDay,
  compareEventDates,
  dateToDatetimeAttr,
  formatEventDate,
  type EventDate,
} from '../dates';
import { enumLabel, jurisdictionLabel } from '../labels';
import { actorIdsOfEvent, eventsOfActor, eventsOfCase } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';
import { dateSearchWords } from './date-words';
import type { FilterName, SearchAttributes } from './filters';
import { spellingVariants } from './variants';

// A page with no dated event still needs a sort value, or Pagefind drops it from sorted results;
// this one sorts before every real date.
const UNDATED = '0000';

/**
 * Return the years a date is filed under: the year it starts and the year it ends. An interval
 * of 618–907 is filed under 618 and 907, not under the 290 years between (which would bury
 * every other year in the facet); an open side counts only its known year.
 */
export function yearsOfDate(date: EventDate): string[] {
  const first = Number((date.earliest ?? date.latest ?? '').slice(0, 4));
  const last = Number((date.latest ?? date.earliest ?? '').slice(0, 4));
  return unique([String(first), String(last)]);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

function compact(filters: Record<FilterName, string[]>): SearchAttributes['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

// Meta values are searched too: keep out the empty ones, and separate list items with "; ".
function metaOf(fields: Record<string, string | string[] | undefined>): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const text = Array.isArray(value) ? unique(value).join('; ') : value;
    if (text) meta[name] = text;
  }
  return meta;
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

/**
 * Return the other names readers may type for some actors: their aliases (other languages
 * included, such as "Gericht in Köln") and the spellings of names and aliases without
 * diacritics ("Koeln"). The main names are on the page already.
 */
export function actorSearchTerms(model: Model, actorIds: readonly string[]): string[] {
  const terms: string[] = [];
  for (const id of actorIds) {
    const actor = model.actors.get(id);
    if (!actor) continue;
    const { name, aliases } = actor.data;
    terms.push(...aliases, ...spellingVariants([name, ...aliases]));
  }
  return unique(terms);
}

/** Return the search attributes of an event page. */
export function eventSearchAttributes(model: Model, event: ModelEvent): SearchAttributes {
  const { data } = event;
  const caseTitles = data.cases.map((id) => model.cases.get(id)?.data.title ?? id);
  const actorIds = actorIdsOfEvent(event);
  const when = dateSearchWords(data.date);
  return {
    filters: compact({
      type: ['event'],
      case: [...data.cases],
      kind: [data.kind],
      actor: actorIds,
      court: unique([data.court]),
      jurisdiction: unique([data.jurisdiction]),
      year: yearsOfDate(data.date),
      status: [data.status],
    }),
    sort: dateToDatetimeAttr(data.date),
    meta: metaOf({
      type: 'event',
      title: data.title,
      date: formatEventDate(data.date),
      kind: enumLabel(data.kind),
      case: caseTitles.join('; '),
      summary: data.summary,
      when: when.exact,
      around: when.near,
      terms: [
        ...actorSearchTerms(model, actorIds),
        ...(data.jurisdiction ? [jurisdictionLabel(data.jurisdiction)] : []),
        ...(data.docket ? [data.docket] : []),
      ],
    }),
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
  const parties = unique(data.proceedings.flatMap((p) => p.parties.map((party) => party.id)));
  const actors = unique([...parties, ...courts, ...events.flatMap(actorIdsOfEvent)]);
  const jurisdictions = unique([...data.jurisdictions, ...events.map((e) => e.data.jurisdiction)]);
  return {
    filters: compact({
      type: ['case'],
      case: [caseId],
      kind: [],
      actor: actors,
      court: courts,
      jurisdiction: jurisdictions,
      // Years are when events happened: a case is found through its events, not counted twice.
      year: [],
      status: [data.status],
    }),
    sort: span?.sort ?? dateToDatetimeAttr(data.published),
    meta: metaOf({
      type: 'case',
      title: data.title,
      status: enumLabel(data.status),
      span: span?.shown,
      summary: data.summary,
      terms: [
        ...[...parties, ...courts].map((id) => model.actors.get(id)?.data.name ?? id),
        ...actorSearchTerms(model, [...parties, ...courts]),
        ...jurisdictions.map(jurisdictionLabel),
        ...data.proceedings.flatMap((p) => [p.name, p.docket ?? '']),
      ],
    }),
  };
}

/** Return the search attributes of an actor page: the actor and the cases it appears in. */
export function actorSearchAttributes(model: Model, actorId: string): SearchAttributes {
  const actor = model.actors.get(actorId);
  if (!actor)
    throw new Error(
      `no actor "${actorId}" in content/actors/; search attributes need an existing actor id`,
    );
  const events = eventsOfActor(model, actorId);
  const span = spanOf(events);
  const caseIds = unique(events.flatMap((e) => e.data.cases));
  const { data } = actor;
  return {
    filters: compact({
      type: ['actor'],
      case: caseIds,
      kind: [],
      actor: [actorId],
      court: [],
      jurisdiction: [],
      year: [],
      status: [],
    }),
    sort: span?.sort ?? UNDATED,
    meta: metaOf({
      type: 'actor',
      title: data.name,
      kind: enumLabel(data.kind),
      case: caseIds.map((id) => model.cases.get(id)?.data.title ?? id),
      summary: data.description ?? enumLabel(data.kind),
      terms: [
        ...actorSearchTerms(model, [actorId]),
        ...(data.country ? [jurisdictionLabel(data.country)] : []),
      ],
    }),
  };
}
