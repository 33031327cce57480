import { enumLabel } from '../labels';
import type { TimelineEvent } from '../timeline/types';
import { MAX_QUERY_LENGTH, isFilterValue } from './query';

/**
 * A case timeline narrowed from search: words, a kind of event and an actor, each optional. The
 * case page carries it in its URL (`/cases/<case>/?q=injunction&kind=ruling`), so it can be
 * shared, and Back undoes it.
 */
export interface NarrowState {
  query: string;
  kind?: string;
  actor?: string;
}

/** The facets a case timeline narrows by, beside the words. */
export const NARROW_FACETS = ['kind', 'actor'] as const;

/**
 * Return the narrowing a case page's URL asks for. Only values the case has are kept (`known`:
 * its kinds and actor ids), so a stale or edited link shows the whole case, never an error.
 */
export function parseNarrowParams(
  params: URLSearchParams,
  known: { kinds: ReadonlySet<string>; actors: ReadonlySet<string> },
): NarrowState {
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const state: NarrowState = { query };
  const kind = params.get('kind')?.trim();
  const actor = params.get('actor')?.trim();
  if (kind && isFilterValue(kind) && known.kinds.has(kind)) state.kind = kind;
  if (actor && isFilterValue(actor) && known.actors.has(actor)) state.actor = actor;
  return state;
}

/** Return the query string of a narrowing (`q=injunction&kind=ruling`), empty for none. */
export function narrowToParams(state: NarrowState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.kind) params.set('kind', state.kind);
  if (state.actor) params.set('actor', state.actor);
  return params.toString();
}

/** Return whether a narrowing asks for anything. */
export function isNarrowed(state: NarrowState): boolean {
  return state.query !== '' || state.kind !== undefined || state.actor !== undefined;
}

/** Return the ids of the events that have the narrowing's kind and actor (words aside). */
export function matchFacets(events: readonly TimelineEvent[], state: NarrowState): string[] {
  return events
    .filter(
      (e) =>
        (state.kind === undefined || e.kind === state.kind) &&
        (state.actor === undefined || e.actors.includes(state.actor)),
    )
    .map((e) => e.id);
}

/**
 * Return what the case page says about a narrowing: "2 of 6 events match “injunction” (kind:
 * Ruling).", or "None of the 6 events matches “zzqx”."
 */
export function describeNarrow(
  shown: number,
  total: number,
  state: NarrowState,
  actorName: (id: string) => string,
): string {
  const parts = [
    ...(state.kind ? [`kind: ${enumLabel(state.kind as TimelineEvent['kind'])}`] : []),
    ...(state.actor ? [`actor: ${actorName(state.actor)}`] : []),
  ];
  const words = state.query ? ` “${state.query}”` : '';
  const within = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  if (shown === 0) return `None of the ${total} events matches${words}${within}.`;
  const verb = shown === 1 ? 'matches' : 'match';
  if (!words) return `${shown} of ${total} events${within}.`;
  return `${shown} of ${total} events ${verb}${words}${within}.`;
}
