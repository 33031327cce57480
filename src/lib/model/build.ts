import type { ActorData } from '../../schemas/actor';
import type { CaseData } from '../../schemas/case';
import type { EventData } from '../../schemas/event';
import type { LinkType } from '../../schemas/enums';
import { compareEventDates } from '../dates';
import { expectedId } from './problems';
import type { ContentProblem, Entry, EventLink, Model, ModelEvent } from './types';

/** How each link type reads from the event that holds it, and from the event it points at. */
export const LINK_LABELS: Record<LinkType, { out: string; in: string }> = {
  'responds-to': { out: 'Responds to', in: 'Answered by' },
  challenges: { out: 'Challenges', in: 'Challenged by' },
  decides: { out: 'Decides', in: 'Decided by' },
  appeals: { out: 'Appeals', in: 'Appealed by' },
  supersedes: { out: 'Supersedes', in: 'Superseded by' },
  'reports-on': { out: 'Reports on', in: 'Reported by' },
};

/** The raw collections the model is built from. */
export interface ModelInput {
  cases: Entry<CaseData>[];
  actors: Entry<ActorData>[];
  events: Entry<EventData>[];
}

/** Order events oldest first; events of one date by their `order` (the source's), then by id so the order never wobbles. */
export function compareEvents(a: Entry<EventData>, b: Entry<EventData>): number {
  return (
    compareEventDates(a.data.date, b.data.date) ||
    (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
    a.id.localeCompare(b.id)
  );
}

function checkReferences(input: ModelInput, problems: ContentProblem[]): void {
  const caseIds = new Set(input.cases.map((c) => c.id));
  const actorIds = new Set(input.actors.map((a) => a.id));
  const eventIds = new Set(input.events.map((e) => e.id));
  const unknown = (
    file: string,
    field: string,
    id: string,
    kind: string,
    folder: string,
    known: Set<string>,
  ) =>
    problems.push({
      file,
      field,
      found: `"${id}"`,
      expected: expectedId(kind, folder, id, known),
      severity: 'error',
    });

  for (const { filePath, data } of input.cases) {
    data.proceedings.forEach((proceeding, i) => {
      if (!actorIds.has(proceeding.court))
        unknown(filePath, `proceedings[${i}].court`, proceeding.court, 'actor', 'actors', actorIds);
      proceeding.parties.forEach((party, j) => {
        if (!actorIds.has(party.id))
          unknown(
            filePath,
            `proceedings[${i}].parties[${j}].id`,
            party.id,
            'actor',
            'actors',
            actorIds,
          );
      });
    });
  }
  for (const { id, filePath, data } of input.events) {
    data.cases.forEach((c, i) => {
      if (!caseIds.has(c)) unknown(filePath, `cases[${i}]`, c, 'case', 'cases', caseIds);
    });
    data.actors.forEach((a, i) => {
      if (!actorIds.has(a.id))
        unknown(filePath, `actors[${i}].id`, a.id, 'actor', 'actors', actorIds);
    });
    if (data.court && !actorIds.has(data.court))
      unknown(filePath, 'court', data.court, 'actor', 'actors', actorIds);
    data.links.forEach((link, i) => {
      if (link.event === id) {
        problems.push({
          file: filePath,
          field: `links[${i}].event`,
          found: `"${link.event}"`,
          expected: 'expected another event; an event cannot link to itself',
          severity: 'error',
        });
      } else if (!eventIds.has(link.event)) {
        unknown(filePath, `links[${i}].event`, link.event, 'event', 'events', eventIds);
      }
    });
  }
}

function resolveLinks(
  events: Entry<EventData>[],
  byId: Map<string, Entry<EventData>>,
): Map<string, EventLink[]> {
  const links = new Map<string, EventLink[]>(events.map((e) => [e.id, []]));
  const outgoing: EventLink[][] = [];
  for (const event of events) {
    const out = event.data.links
      .filter((link) => byId.has(link.event) && link.event !== event.id)
      .map((link) => ({
        type: link.type,
        direction: 'out' as const,
        label: LINK_LABELS[link.type].out,
        event: link.event,
      }));
    outgoing.push(out);
    links.get(event.id)?.push(...out);
  }
  events.forEach((event, i) => {
    for (const link of outgoing[i] ?? []) {
      links.get(link.event)?.push({
        type: link.type,
        direction: 'in',
        label: LINK_LABELS[link.type].in,
        event: event.id,
      });
    }
  });
  const order = new Map(events.map((e, i) => [e.id, i]));
  for (const list of links.values()) {
    list.sort(
      (a, b) =>
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        (order.get(a.event) ?? 0) - (order.get(b.event) ?? 0),
    );
  }
  return links;
}

/**
 * Check the references between entries and build the model. Returns every problem found;
 * the model is complete only when there are no errors.
 */
export function buildModel(input: ModelInput): { model: Model; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  checkReferences(input, problems);
  const sorted = [...input.events].sort(compareEvents);
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const links = resolveLinks(sorted, byId);
  const events: ModelEvent[] = sorted.map((e) => ({ ...e, links: links.get(e.id) ?? [] }));
  return {
    model: {
      events,
      eventsById: new Map(events.map((e) => [e.id, e])),
      cases: new Map(
        [...input.cases]
          .sort((a, b) => a.data.title.localeCompare(b.data.title))
          .map((c) => [c.id, c]),
      ),
      actors: new Map(
        [...input.actors]
          .sort((a, b) => a.data.name.localeCompare(b.data.name))
          .map((a) => [a.id, a]),
      ),
    },
    problems,
  };
}
