import { getJson } from '../http/get-json';
import type { DetailsRef } from './compact';
import { checkEventDetails } from './compact-check';
import type { EventDetails } from './details';
import type { TimelineEvent } from './types';

// Fetching a chart's event details a chunk at a time (./details.ts), for the widget's list and
// card and for a big case page's card: each chunk once, checked like the chart's data.

/** Loads the details of a chart's events a chunk at a time, once each. */
export interface DetailsLoader {
  /**
   * Fetch the chunks these events need; resolves once they are in (or failed, with a warning).
   * Null when every one is in already.
   */
  load(events: readonly TimelineEvent[]): Promise<void> | null;
}

/** Return the JSON at a URL of the Casetrail site, asked for without cookies (it may be another site's). */
export const getSiteJson = (url: string): Promise<unknown> => getJson(url, { credentials: 'omit' });

/**
 * Return a loader of the details of `events` (the chart's events, in its order) from `ref`;
 * `fill` gives each fetched chunk's entries to the events (index `i` of the chunk is event
 * `chunk.first + i`). A chunk that fails is warned about under `name` and not asked for again.
 */
export function createDetailsLoader(
  ref: DetailsRef,
  events: readonly TimelineEvent[],
  fill: (chunk: EventDetails, count: number) => void,
  name: string,
): DetailsLoader {
  const chunks = new Map<number, Promise<void>>();
  const done = new Set<number>();
  // Events by id: the chart may draw a re-prepared copy of the case's order (other lanes, a range).
  let indexById: Map<string, number> | null = null;
  const chunkOf = (event: TimelineEvent) => {
    indexById ??= new Map(events.map((e, i) => [e.id, i]));
    return Math.floor((indexById.get(event.id) ?? 0) / ref.size);
  };
  async function fetchChunk(n: number): Promise<void> {
    const url = `${ref.url[0]}${n}${ref.url[1]}`;
    const first = n * ref.size;
    const count = Math.min(ref.size, events.length - first);
    fill(checkEventDetails(await getSiteJson(url), url, { key: ref.key, first, count }), count);
  }
  return {
    load(wantedEvents) {
      const wanted = new Set(wantedEvents.map(chunkOf));
      if ([...wanted].every((n) => done.has(n))) return null;
      return Promise.all(
        [...wanted].map((n) => {
          let chunk = chunks.get(n);
          if (!chunk) {
            chunk = fetchChunk(n).then(
              () => void done.add(n),
              (error: unknown) => {
                done.add(n);
                console.warn(`${name}:`, error);
              },
            );
            chunks.set(n, chunk);
          }
          return chunk;
        }),
      ).then(() => undefined);
    },
  };
}
