import { applyActors, expandTimeline, type CompactTimeline } from '../../lib/timeline/compact';
import { checkCompactActors } from '../../lib/timeline/compact-check';
import { getJson } from '../../lib/http/get-json';
import { createDetailsLoader, getSiteJson } from '../../lib/timeline/details-load';
import type { PreparedTimeline } from '../../lib/timeline/prepare';
import type { LaneBy, TimelineEvent } from '../../lib/timeline/types';

/** The JSON a small timeline's page carries beside its build-time drawing. */
export interface TimelinePayload {
  events: TimelineEvent[];
  names: Record<string, string>;
  laneBy: LaneBy;
  laneTitles?: boolean;
}

/** A timeline's data as the page's scripts use it, inline or fetched. */
export interface TimelineData extends TimelinePayload {
  /** Prepared at build time, for a fetched timeline; mountTimeline then prepares nothing. */
  prepared?: PreparedTimeline;
  /**
   * Fetch an event's summary and links, which a big case's fetched data leaves out (its card
   * shows them once here), with its id and title; null when they are in already. Absent for
   * inline data, which carries everything.
   */
  loadDetails?: (event: TimelineEvent) => Promise<void> | null;
  /** Fetch the ids and titles of these events (a big case's data carries its overview's only). */
  loadNames?: (events: readonly TimelineEvent[]) => Promise<void> | null;
  /** Fetch every event's id, once: for finding an event by id (a link to it, a search). */
  loadIds?: () => Promise<void>;
  /** Give the events their actors, which a big case's fetched data keeps in a file apart; once. */
  loadActors?: () => Promise<void>;
}

const loads = new WeakMap<Element, Promise<TimelineData>>();

/** Return the data a figure carries inline, or null when it has a `data-ct-src` to fetch. */
export function readInlineTimeline(figure: Element): TimelinePayload | null {
  const script = figure.querySelector('script[data-ct-data]');
  return script ? (JSON.parse(script.textContent ?? '') as TimelinePayload) : null;
}

/**
 * Return a figure's data: the inline payload, or the build's prepared file fetched once (the
 * chart and the case search share one request). Rejects with the URL named when it fails.
 */
export function loadTimeline(figure: Element): Promise<TimelineData> {
  const known = loads.get(figure);
  if (known) return known;
  const load = (async (): Promise<TimelineData> => {
    const inline = readInlineTimeline(figure);
    if (inline) return inline;
    const src = figure.getAttribute('data-ct-src');
    if (!src) throw new Error('timeline: neither inline data nor a data-ct-src to fetch');
    const data = (await getJson(src)) as CompactTimeline;
    const prepared = expandTimeline(data, src);
    const { events } = prepared;
    const ref = data.details;
    const details =
      ref &&
      createDetailsLoader(
        ref,
        prepared,
        data,
        (d, count) => {
          for (let i = 0; i < count; i++) events[d.first + i]!.summary = d.summary[i]!;
        },
        'Casetrail timeline',
      );
    let actors: Promise<void> | undefined;
    return {
      events,
      names: data.names,
      laneBy: data.laneBy,
      laneTitles: data.laneTitles,
      prepared,
      ...(details && {
        loadDetails: (event: TimelineEvent) => details.load([event]),
        loadNames: details.names,
        loadIds: details.ids,
      }),
      loadActors: ref?.actors
        ? () =>
            (actors ??= getSiteJson(ref.actors).then((d) => {
              const file = checkCompactActors(d, ref.actors, {
                key: ref.key,
                count: events.length,
              });
              applyActors(events, file);
            }))
        : undefined,
    };
  })();
  loads.set(figure, load);
  return load;
}
