// A case of synthetic events as the build publishes its chart data: the compact timeline, its
// details and names chunks and its ids, the same events as syntheticCaseDocument's (tests and
// bench only; never content).
import {
  compactTimeline,
  isBigTimeline,
  splitActors,
  type CompactActors,
  type CompactTimeline,
  type EventIds,
  type EventNames,
} from '../lib/timeline/compact';
import { VARIANT_WIDTHS } from '../client/timeline/static';
import { fitHints } from '../lib/timeline/layout';
import {
  DETAILS_SIZE,
  detailsChunks,
  detailsKey,
  detailsLinks,
  type EventDetails,
} from '../lib/timeline/details';
import { prepareTimeline } from '../lib/timeline/prepare';
import { syntheticCaseDocument } from './synthetic-case';
import { generateTimelineEvents } from './synthetic-timeline';

/** The files of a synthetic case's chart data, by path under the folder they are served from. */
export interface SyntheticCompactCase {
  timeline: CompactTimeline;
  /** The actors apart, served at `actors.json` beside the details' folder. */
  actors: CompactActors;
  /** Chunk `n` of the details is served at `<details>/<n>.json`. */
  chunks: EventDetails[];
  /**
   * Chunk `n` of the ids and titles, served at `names/<n>.json` beside the details' folder
   * (`${detailsPath}` without its `events/`): a big chart's file names only some events.
   */
  names: EventNames[];
  /** Every event id, served at `ids.json` beside the details' folder. */
  ids: EventIds;
}

/**
 * Return the chart data of `count` synthetic events (`syntheticCaseDocument(count, seed)`'s), its
 * event pages under `site` and its details chunks at `${detailsPath}<n>.json`.
 */
export function syntheticCompactCase(
  count: number,
  detailsPath: string,
  seed = 1,
): SyntheticCompactCase {
  const doc = syntheticCaseDocument(count, seed);
  const events = generateTimelineEvents(count, { seed }).map((e) => ({
    ...e,
    url: `${doc.site}events/${e.id}/`,
  }));
  const names = { [doc.case.id]: doc.case.title };
  const key = detailsKey(events.map((e) => e.id));
  const prepared = prepareTimeline(events, 'case', names);
  const beside = detailsPath.replace(/events\/$/, '');
  const packed = compactTimeline(prepared, {
    laneBy: 'case',
    names,
    eventUrl: (id) => `${doc.site}events/${id}/`,
    summaries: !isBigTimeline(count),
    subject: { id: doc.case.id, title: doc.case.title, url: doc.case.url },
    site: 'Synthetic Casetrail',
    home: doc.site,
    actorNames: Object.fromEntries(doc.actors.map((a) => [a.id, a.name])),
    details: {
      url: [detailsPath, '.json'],
      size: DETAILS_SIZE,
      key,
      actors: `${beside}actors.json`,
      names: [`${beside}names/`, '.json'],
      ids: `${beside}ids.json`,
    },
    // As the build writes a big case's: the titles its fitted view reads, the rest on demand.
    ...(isBigTimeline(count) && { fit: fitHints(prepared, VARIANT_WIDTHS, false) }),
  });
  const { chart: timeline, actors } = splitActors(packed, key);
  const chunks = Array.from({ length: detailsChunks(count) }, (_, n): EventDetails => {
    const first = n * DETAILS_SIZE;
    const slice = doc.events.slice(first, first + DETAILS_SIZE);
    return {
      v: timeline.v,
      key,
      first,
      summary: slice.map((e) => e.summary),
      note: slice.map((e) => (e.status === 'scheduled' ? (e.status_text ?? '') : '')),
      media: slice.map((e) => e.media[0] ?? null),
      links: detailsLinks(prepared, timeline.linkKinds, first, slice.length),
    };
  });
  const nameChunks = chunks.map(({ first, summary }): EventNames => {
    const slice = events.slice(first, first + summary.length);
    return {
      v: timeline.v,
      key,
      first,
      id: slice.map((e) => e.id),
      title: slice.map((e) => e.title),
    };
  });
  const ids: EventIds = { v: timeline.v, key, id: events.map((e) => e.id) };
  return { timeline, actors, chunks, names: nameChunks, ids };
}
