import type { ApiMedia } from '../data/types';
import type { COMPACT_VERSION, CompactLink } from './compact';
import type { PreparedTimeline } from './prepare';

// What a chart does not draw but its widget's list shows: each event's summary, status line and
// first picture or page, and its links (a big chart's data leaves them out). A 10,000-event case's details are most of its API document, so they are
// written in chunks of DETAILS_SIZE events, in the chart's order, and fetched as the list needs them.

/** How many events one details file holds. */
export const DETAILS_SIZE = 250;

/** One chunk of a chart's event details: `/data/cases/<case>.events/<n>.json`. */
export interface EventDetails {
  v: typeof COMPACT_VERSION;
  /** The chart's `details.key`: a chunk of another build is not mixed in. */
  key: string;
  /** The chart index of the first event here. */
  first: number;
  summary: string[];
  /** The as-of status line of a scheduled event ("…; not reported … as of …"), else ''. */
  note: string[];
  /** The event's first media item, or null. */
  media: (ApiMedia | null)[];
  /**
   * The event's links as the chart's `links` column has them: [index into the chart's
   * `linkKinds`, the target's chart index or, outside the chart, its id].
   */
  links: CompactLink[][];
}

/**
 * Return the links of events `first` to `first + count - 1` of a prepared chart, coded against
 * the `linkKinds` table of its compact data (which has every kind the chart's events use).
 */
export function detailsLinks(
  prepared: Pick<PreparedTimeline, 'events' | 'indexById'>,
  linkKinds: readonly (readonly [string, string])[],
  first: number,
  count: number,
): CompactLink[][] {
  const kinds = new Map(linkKinds.map(([type, label], k) => [`${type}|${label}`, k]));
  return prepared.events.slice(first, first + count).map((e) =>
    e.links.map((l): CompactLink => {
      const k = kinds.get(`${l.type}|${l.label}`);
      if (k === undefined)
        throw new Error(
          `timeline details: link kind "${l.type}|${l.label}" of event "${e.id}" is not in the chart's table`,
        );
      return [k, prepared.indexById.get(l.event) ?? l.event];
    }),
  );
}

/** Return the key of a chart's details: a hash (FNV-1a, hex) of its event ids in order. */
export function detailsKey(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Return how many details chunks a chart of `count` events has. */
export const detailsChunks = (count: number): number => Math.ceil(count / DETAILS_SIZE);
