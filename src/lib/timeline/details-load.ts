import { getJson } from '../http/get-json';
import { linkEvents, nameEvents, type CompactTimeline, type DetailsRef } from './compact';
import { checkEventDetails, checkEventIds, checkEventNames } from './compact-check';
import type { EventDetails } from './details';
import type { PreparedTimeline } from './prepare';
import type { TimelineEvent } from './types';

// Fetching what a big chart's data leaves out, a chunk at a time (./details.ts): the events'
// ids and titles for the labels a view draws and the lists, their details (summaries, status
// lines, media, links) for the widget's list and the cards, and every id for finding an event by
// id. Each file once, checked like the chart's data.

/** Loads a chart's events' names and details a chunk at a time, once each. */
export interface DetailsLoader {
  /**
   * Fetch the ids, titles and details of these events; resolves once they are in (or failed,
   * with a warning). Null when every one is in already.
   */
  load: (events: readonly TimelineEvent[]) => Promise<void> | null;
  /** Fetch the ids and titles of these events (a view's labels); null when every one is in. */
  names: (events: readonly TimelineEvent[]) => Promise<void> | null;
  /** Fetch every event's id, once: for finding an event by its id. */
  ids: () => Promise<void>;
}

/** Return the JSON at a URL of the Casetrail site, asked for without cookies (it may be another site's). */
export const getSiteJson = (url: string): Promise<unknown> => getJson(url, { credentials: 'omit' });

/**
 * Return a loader of the names and details of a chart's events (`chart`, as expanded from
 * `data`: every event of the case, in its order) from `ref`; `fill` gives each fetched details
 * chunk's entries to the events (entry `i` is event `chunk.first + i`), after their names. The
 * events may be drawn in a narrowed copy of the chart: they are found by identity, not by index.
 * A file that fails is warned about under `name` and not asked for again.
 */
export function createDetailsLoader(
  ref: DetailsRef,
  chart: Pick<PreparedTimeline, 'events' | 'indexById'>,
  data: Pick<CompactTimeline, 'url' | 'urls' | 'linkKinds' | 'linked'>,
  fill: (chunk: EventDetails, count: number) => void,
  name: string,
): DetailsLoader {
  const { events } = chart;
  let indexOf: Map<TimelineEvent, number> | null = null;
  const chunkOf = (event: TimelineEvent) => {
    indexOf ??= new Map(events.map((e, i) => [e, i]));
    return Math.floor((indexOf.get(event) ?? 0) / ref.size);
  };
  const range = (n: number) => {
    const first = n * ref.size;
    return { first, count: Math.min(ref.size, events.length - first) };
  };
  const fetched = new Map<string, Promise<void>>();
  const done = new Set<string>();
  /** Fetch and apply one file, once; a failure is warned about and counts as done. */
  const once = (url: string, apply: (json: unknown) => void | Promise<void>): Promise<void> => {
    let file = fetched.get(url);
    if (!file) {
      file = getSiteJson(url)
        .then(apply)
        .then(
          () => void done.add(url),
          (error: unknown) => {
            done.add(url);
            console.warn(`${name}:`, error);
          },
        );
      fetched.set(url, file);
    }
    return file;
  };
  const namesUrl = (n: number) => `${ref.names[0]}${n}${ref.names[1]}`;
  const detailsUrl = (n: number) => `${ref.url[0]}${n}${ref.url[1]}`;
  const loadNames = (n: number) =>
    once(namesUrl(n), (json) => {
      const { first, count } = range(n);
      const chunk = checkEventNames(json, namesUrl(n), { key: ref.key, first, count });
      nameEvents(chart, data, first, chunk.id, chunk.title);
    });
  const loadDetails = (n: number) => {
    const url = detailsUrl(n);
    // Fetched beside the names, applied after them: the widget keeps what it fills by id.
    const names = loadNames(n);
    return once(url, async (json) => {
      await names;
      const { first, count } = range(n);
      const chunk = checkEventDetails(json, url, { key: ref.key, first, count });
      if (data.linked) linkEvents(chart, data, first, chunk.links);
      fill(chunk, count);
    });
  };
  /** Fetch the chunks these events are in, unless every one is done. */
  const each = (
    wantedEvents: readonly TimelineEvent[],
    urlOf: (n: number) => string,
    load: (n: number) => Promise<unknown>,
  ): Promise<void> | null => {
    const wanted = [...new Set(wantedEvents.map(chunkOf))];
    if (wanted.every((n) => done.has(urlOf(n)))) return null;
    return Promise.all(wanted.map(load)).then(() => undefined);
  };
  let ids: Promise<void> | undefined;
  return {
    load: (wanted) => each(wanted, detailsUrl, loadDetails),
    names: (wanted) => each(wanted, namesUrl, loadNames),
    ids: () =>
      (ids ??= getSiteJson(ref.ids).then(
        (json) => {
          const file = checkEventIds(json, ref.ids, { key: ref.key, count: events.length });
          nameEvents(chart, data, 0, file.id);
          // Links taken in before their targets' ids were in go by `#index`: name them now.
          for (const e of events)
            for (const l of e.links)
              if (l.event.startsWith('#')) l.event = events[Number(l.event.slice(1))]?.id ?? '';
        },
        (error: unknown) => console.warn(`${name}:`, error),
      )),
  };
}
