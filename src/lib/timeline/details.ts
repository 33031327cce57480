import type { ApiMedia } from '../data/types';
import type { COMPACT_VERSION } from './compact';

// What a chart does not draw but its widget's list shows: each event's summary, status line and
// first picture or page. A 10,000-event case's details are most of its API document, so they are
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
