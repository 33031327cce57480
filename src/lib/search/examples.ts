import { enumLabel } from '../labels';
import type { EventKind } from '../../schemas/enums';
import type { Model } from '../model/types';

// The values that occur most often, most frequent first; ties keep the order of first appearance.
function mostFrequent(values: string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([value]) => value);
}

/**
 * Return example searches drawn from the knowledge base itself, for the search page's intro:
 * the court or authority with the most events, the two other actors with the most events, and
 * the most frequent kind of event. Works for any content folder; empty when there is nothing.
 */
export function exampleQueries(model: Model): string[] {
  const name = (id: string) => model.actors.get(id)?.data.name;
  // An event's court is its `court` field or an actor in the role of court.
  const courtsOf = (e: Model['events'][number]) =>
    new Set([
      ...(e.data.court ? [e.data.court] : []),
      ...e.data.actors.filter((a) => a.role === 'court').map((a) => a.id),
    ]);
  const courts = mostFrequent(
    model.events.flatMap((e) => [...courtsOf(e)]),
    1,
  );
  const others = mostFrequent(
    model.events.flatMap((e) =>
      e.data.actors.map((a) => a.id).filter((id) => !courtsOf(e).has(id) && !courts.includes(id)),
    ),
    2,
  );
  const kinds = mostFrequent(
    model.events.map((e) => e.data.kind),
    1,
  ).map((kind) => enumLabel(kind as EventKind).toLowerCase());
  const names = [...courts, ...others].map(name).filter((n): n is string => Boolean(n));
  return [...new Set([...names, ...kinds])];
}
