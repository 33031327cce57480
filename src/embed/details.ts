import { firstMedia, type EmbedCase } from '../lib/embed/from-api';
import type { TimelineEvent } from '../lib/timeline/types';
import { applyActors } from '../lib/timeline/compact';
import { checkCompactActors, checkEventDetails } from '../lib/timeline/compact-check';

/** Loads the details of a case's events a chunk at a time, once each, into the case. */
export interface DetailsLoader {
  /**
   * Fetch the chunks these events need; resolves once they are in (or failed, with a warning).
   * Null when every one is in already.
   */
  load(events: readonly TimelineEvent[]): Promise<void> | null;
}

/** Return the JSON at a URL of the Casetrail site, asked for without cookies. */
async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

const loaders = new WeakMap<EmbedCase, DetailsLoader | null>();

/**
 * Return the loader of the case's event details (summaries, status lines, first media), one per
 * case, or null when the case carries them already (an API case document). Each chunk is checked
 * like the chart's data; its texts go onto the events and into `statusNotes` and `media`, as text.
 */
export function detailsOf(data: EmbedCase): DetailsLoader | null {
  if (!loaders.has(data)) loaders.set(data, createDetailsLoader(data));
  return loaders.get(data)!;
}

function createDetailsLoader(data: EmbedCase): DetailsLoader | null {
  const ref = data.details;
  if (!ref) return null;
  const chunks = new Map<number, Promise<void>>();
  const done = new Set<number>();
  // Events by id: the chart may draw a re-prepared copy of the case's order (other lanes, a range).
  let indexById: Map<string, number> | null = null;
  const chunkOf = (event: TimelineEvent) => {
    indexById ??= new Map(data.events.map((e, i) => [e.id, i]));
    return Math.floor((indexById.get(event.id) ?? 0) / ref.size);
  };

  async function fetchChunk(n: number): Promise<void> {
    const url = `${ref!.url[0]}${n}${ref!.url[1]}`;
    const first = n * ref!.size;
    const count = Math.min(ref!.size, data.events.length - first);
    const d = checkEventDetails(await getJson(url), url, { key: ref!.key, first, count });
    for (let i = 0; i < count; i++) {
      const event = data.events[first + i]!;
      event.summary = d.summary[i]!;
      const note = d.note[i];
      if (event.status === 'scheduled' && note) data.statusNotes[event.id] = note;
      const media = firstMedia([d.media[i]]);
      if (media) data.media[event.id] = media;
    }
  }

  return {
    load(events) {
      const wanted = new Set(events.map(chunkOf));
      if ([...wanted].every((n) => done.has(n))) return null;
      return Promise.all(
        [...wanted].map((n) => {
          let chunk = chunks.get(n);
          if (!chunk) {
            // A chunk that fails is not asked for again: the list shows what it has.
            chunk = fetchChunk(n).then(
              () => void done.add(n),
              (error: unknown) => {
                done.add(n);
                console.warn('casetrail-timeline:', error);
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

/**
 * Fetch the case's actors file once (the chart data keeps them apart) and give each event its
 * actors and the lanes their names; null when the case has them. Rejects with the URL named.
 */
export function loadActors(data: EmbedCase): Promise<void> | null {
  const ref = data.details;
  if (!ref?.actors) return null;
  return (data.actorsLoad ??= getJson(ref.actors).then((d) => {
    const file = checkCompactActors(d, ref.actors, { key: ref.key, count: data.events.length });
    data.names.actor = applyActors(data.events, file);
    ref.actors = '';
  }));
}
