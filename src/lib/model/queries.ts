import type { Model, ModelEvent } from './types';

/** Return the events of a case, oldest first. */
export function eventsOfCase(model: Model, caseId: string): ModelEvent[] {
  return model.events.filter((e) => e.data.cases.includes(caseId));
}

/** Return the events an actor takes part in (in any role, or as the court), oldest first. */
export function eventsOfActor(model: Model, actorId: string): ModelEvent[] {
  return model.events.filter((e) => e.data.court === actorId || e.data.actors.some((a) => a.id === actorId));
}

/** Return the ids of every actor of an event: its listed actors, then its court if not listed. */
export function actorIdsOfEvent(event: ModelEvent): string[] {
  const ids = event.data.actors.map((a) => a.id);
  if (event.data.court && !ids.includes(event.data.court)) ids.push(event.data.court);
  return [...new Set(ids)];
}

/** Return the events before and after an event within one case. */
export function neighboursInCase(model: Model, eventId: string, caseId: string): { previous?: ModelEvent; next?: ModelEvent } {
  const list = eventsOfCase(model, caseId);
  const i = list.findIndex((e) => e.id === eventId);
  if (i < 0) return {};
  return { previous: list[i - 1], next: list[i + 1] };
}

/** Return the day an entry last changed in the knowledge base: `updated`, else `published`. */
export function changedOn(event: ModelEvent): string {
  const last = event.data.corrections.at(-1)?.date.earliest;
  const stamps = [event.data.published.earliest, event.data.updated?.earliest, last].filter((d): d is string => Boolean(d));
  return stamps.sort().at(-1) as string;
}

/** Return the most recently added or changed events, newest first. */
export function latestChanges(model: Model, limit: number): ModelEvent[] {
  return [...model.events]
    .sort((a, b) => changedOn(b).localeCompare(changedOn(a)) || b.data.date.earliest?.localeCompare(a.data.date.earliest ?? '') || 0)
    .slice(0, limit);
}
