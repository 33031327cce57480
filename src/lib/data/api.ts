import { earliestDay, formatEventDate, latestDay, precisionOf, type EventDate } from '../dates';
import type { SiteUrls } from '../paths';
import { actorIdsOfEvent, eventsOfCase } from '../model/queries';
import type { Entry, Model, ModelEvent } from '../model/types';
import { SITE } from '../site-config';
import { buildDay } from '../build-day';
import { eventStatusLine } from '../trust/event-status';
import type { ActorData } from '../../schemas/actor';
import type { CaseData } from '../../schemas/case';
import { mediaInBody } from '../mdx/media';
import type {
  ApiActor,
  ApiCaseDocument,
  ApiCaseSummary,
  ApiDate,
  ApiEvent,
  ApiIndex,
} from './types';

/** The API's major version; a change that breaks readers bumps it and gets a new schema file. */
export const API_VERSION = 1;

/** The schema files in public/schema/ that describe each document. */
export const SCHEMA_FILES = { index: 'index-v1.json', case: 'case-v1.json' } as const;

/** Return a model date as the API gives it. */
export function toApiDate(date: EventDate): ApiDate {
  return {
    edtf: date.edtf,
    earliest: earliestDay(date),
    latest: latestDay(date),
    precision: precisionOf(date),
    qualifier: date.qualifier,
    span: date.span,
    display: formatEventDate(date),
  };
}

function caseSummary(model: Model, kase: Entry<CaseData>, urls: SiteUrls): ApiCaseSummary {
  const events = eventsOfCase(model, kase.id);
  const days = events
    .flatMap((e) => [earliestDay(e.data.date), latestDay(e.data.date)])
    .filter((d): d is string => d !== null)
    .sort();
  const { data } = kase;
  return {
    id: kase.id,
    title: data.title,
    summary: data.summary,
    status: data.status,
    jurisdictions: data.jurisdictions,
    tags: data.tags,
    events: events.length,
    first: days[0] ?? null,
    last: days.at(-1) ?? null,
    url: urls.case(kase.id),
    data_url: urls.caseData(kase.id),
    timelinejs_url: urls.caseTimelineJs(kase.id),
    rss_url: urls.caseRss(kase.id),
    calendar_url: urls.caseCalendar(kase.id),
  };
}

function toApiActor(actor: Entry<ActorData>, urls: SiteUrls): ApiActor {
  const { data } = actor;
  return {
    id: actor.id,
    name: data.name,
    kind: data.kind,
    country: data.country ?? null,
    website: data.url ?? null,
    aliases: data.aliases,
    description: data.description ?? null,
    url: urls.actor(actor.id),
    rss_url: urls.actorRss(actor.id),
  };
}

/** Return one event as the API gives it. */
export function toApiEvent(event: ModelEvent, urls: SiteUrls): ApiEvent {
  const { data } = event;
  return {
    id: event.id,
    title: data.title,
    summary: data.summary,
    date: toApiDate(data.date),
    status: data.status,
    kind: data.kind,
    cases: data.cases,
    actors: data.actors.map((a) => ({ id: a.id, role: a.role })),
    jurisdiction: data.jurisdiction ?? null,
    court: data.court ?? null,
    docket: data.docket ?? null,
    tags: data.tags,
    sources: data.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher ?? null,
      author: s.author ?? null,
      published: s.published?.edtf ?? null,
      url: s.url ?? null,
      archived: s.archived ?? null,
      kind: s.kind,
      language: s.language ?? null,
    })),
    media: mediaInBody(event.body ?? '').map((m) => ({
      url: m.src,
      credit: m.credit ?? null,
      caption: m.caption ?? null,
    })),
    links: event.links.map((l) => ({
      type: l.type,
      direction: l.direction,
      label: l.label,
      event: l.event,
      url: urls.event(l.event),
    })),
    published: data.published,
    updated: data.updated ?? null,
    corrections: data.corrections.map((c) => ({ date: c.date, note: c.note })),
    url: urls.event(event.id),
  };
}

/** Return `/data/index.json`: every case and actor with the URLs of their pages, feeds and data. */
export function buildApiIndex(model: Model, urls: SiteUrls): ApiIndex {
  return {
    $schema: urls.schema(SCHEMA_FILES.index),
    version: API_VERSION,
    site: urls.home(),
    cases: [...model.cases.values()].map((kase) => caseSummary(model, kase, urls)),
    actors: [...model.actors.values()].map((actor) => toApiActor(actor, urls)),
  };
}

/** Return `/data/cases/<case>.json`: the case, every actor it names, and its events oldest first. */
export function buildApiCase(
  model: Model,
  caseId: string,
  urls: SiteUrls,
  today: string = buildDay(),
): ApiCaseDocument {
  const kase = model.cases.get(caseId);
  if (!kase)
    throw new Error(`data API: no case "${caseId}" in content/cases/; pass the id of a case file`);
  const events = eventsOfCase(model, caseId);
  const actorIds = new Set([
    ...kase.data.proceedings.flatMap((p) => [p.court, ...p.parties.map((party) => party.id)]),
    ...events.flatMap(actorIdsOfEvent),
  ]);
  const { data } = kase;
  return {
    $schema: urls.schema(SCHEMA_FILES.case),
    version: API_VERSION,
    site: urls.home(),
    site_name: SITE.name,
    case: {
      ...caseSummary(model, kase, urls),
      proceedings: data.proceedings.map((p) => ({
        name: p.name,
        court: p.court,
        docket: p.docket ?? null,
        parties: p.parties.map((party) => ({ id: party.id, role: party.role })),
        status: p.status ?? null,
      })),
      published: data.published,
      updated: data.updated ?? null,
      reviewed: data.reviewed ?? null,
    },
    // In the model's order (by name), so the document is the same in every build.
    actors: [...model.actors.values()]
      .filter((a) => actorIds.has(a.id))
      .map((a) => toApiActor(a, urls)),
    events: events.map((e) => ({
      ...toApiEvent(e, urls),
      status_text: eventStatusLine(model, e, today),
    })),
  };
}
