import { compareEvents } from './build';
import type { Model, ModelEvent } from './types';

interface ModelIndex {
  byCase: Map<string, ModelEvent[]>;
  byActor: Map<string, ModelEvent[]>;
  /** An event's position in each of its cases' lists, by case id then event id. */
  positionInCase: Map<string, Map<string, number>>;
}

// Every event page asks for its neighbours in each of its cases. Filtering all events per page
// made a 10,000-event build quadratic (eventsOfCase was over a third of its CPU time); one pass
// per model makes each query a lookup. A WeakMap, because `astro dev` builds a new model per request.
const indexes = new WeakMap<Model, ModelIndex>();

function indexOf(model: Model): ModelIndex {
  let index = indexes.get(model);
  if (index) return index;
  const byCase = new Map<string, ModelEvent[]>();
  const byActor = new Map<string, ModelEvent[]>();
  const push = (map: Map<string, ModelEvent[]>, key: string, event: ModelEvent) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const event of model.events) {
    for (const caseId of new Set(event.data.cases)) push(byCase, caseId, event);
    for (const actorId of actorIdsOfEvent(event)) push(byActor, actorId, event);
  }
  const positionInCase = new Map(
    [...byCase].map(([caseId, list]) => [caseId, new Map(list.map((e, i) => [e.id, i]))]),
  );
  index = { byCase, byActor, positionInCase };
  indexes.set(model, index);
  return index;
}

/** Return the events of a case, oldest first. */
export function eventsOfCase(model: Model, caseId: string): ModelEvent[] {
  return [...(indexOf(model).byCase.get(caseId) ?? [])];
}

/** Return the events an actor takes part in (in any role, or as the court), oldest first. */
export function eventsOfActor(model: Model, actorId: string): ModelEvent[] {
  return [...(indexOf(model).byActor.get(actorId) ?? [])];
}

/** Return the ids of every actor of an event: its listed actors, then its court if not listed. */
export function actorIdsOfEvent(event: ModelEvent): string[] {
  const ids = event.data.actors.map((a) => a.id);
  if (event.data.court && !ids.includes(event.data.court)) ids.push(event.data.court);
  return [...new Set(ids)];
}

/** Return the events before and after an event within one case. */
export function neighboursInCase(
  model: Model,
  eventId: string,
  caseId: string,
): { previous?: ModelEvent; next?: ModelEvent } {
  const index = indexOf(model);
  const list = index.byCase.get(caseId);
  const i = index.positionInCase.get(caseId)?.get(eventId);
  if (!list || i === undefined) return {};
  return { previous: list[i - 1], next: list[i + 1] };
}

/** Return the day an entry last changed in the knowledge base: the latest of `published`, `updated` and its corrections. */
export function changedOn(event: ModelEvent): string {
  const { published, updated, corrections } = event.data;
  return [updated, ...corrections.map((c) => c.date)].reduce<string>(
    (latest, day) => (day !== undefined && day > latest ? day : latest),
    published,
  );
}

/** Return the most recently added or changed events, newest first. */
export function latestChanges(model: Model, limit: number): ModelEvent[] {
  return (
    [...model.events]
      // Entries changed the same day: the most recent event first (model order is oldest first).
      .sort((a, b) => changedOn(b).localeCompare(changedOn(a)) || compareEvents(b, a))
      .slice(0, limit)
  );
}
