// A case of synthetic events as the build publishes its chart data: the compact timeline and its
// details chunks, the same events as syntheticCaseDocument's (tests and bench only; never content).
import {
  compactTimeline,
  isBigTimeline,
  splitActors,
  type CompactActors,
  type CompactTimeline,
} from '../lib/timeline/compact';
import {
  DETAILS_SIZE,
  detailsChunks,
  detailsKey,
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
  const packed = compactTimeline(prepareTimeline(events, 'case', names), {
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
      actors: `${detailsPath.replace(/events\/$/, '')}actors.json`,
    },
  });
  const { chart: timeline, actors } = splitActors(packed, key);
  const chunks = Array.from({ length: detailsChunks(count) }, (_, n): EventDetails => {
    const slice = doc.events.slice(n * DETAILS_SIZE, (n + 1) * DETAILS_SIZE);
    return {
      v: timeline.v,
      key,
      first: n * DETAILS_SIZE,
      summary: slice.map((e) => e.summary),
      note: slice.map((e) => (e.status === 'scheduled' ? (e.status_text ?? '') : '')),
      media: slice.map((e) => e.media[0] ?? null),
    };
  });
  return { timeline, actors, chunks };
}
