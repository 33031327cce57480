import type { ApiMedia } from '../data/types';
import { dayToDatetime } from '../days';
import { cardMediaView, type CardMediaView } from '../mdx/media';
import type { CompactTimeline, DetailsRef } from '../timeline/compact';
import type { PreparedTimeline } from '../timeline/prepare';
import type { LaneBy, TimelineEvent } from '../timeline/types';
import { safeHttpUrl } from '../url/safe';

// What the widget draws, read from a case's chart data (./from-compact.ts). Written small: every
// byte here ships in embed.js.

/** A case as the widget draws it: the timeline's events and the labels of each kind of lane. */
export interface EmbedCase {
  id: string;
  title: string;
  /** The case page, for the attribution link; '' when the document gave no http(s) address. */
  url: string;
  /** The name of the site the case comes from, for the attribution: its `site_name`, else its host. */
  siteName: string;
  /** The as-of status line of each scheduled event ("…; not reported as having happened as of …"), by id. */
  statusNotes: Record<string, string>;
  /** The first picture or page of each event that has one, as its card shows it, by id. */
  media: Record<string, CardMediaView>;
  events: TimelineEvent[];
  /** Lane labels by lane grouping, then by id. */
  names: Record<LaneBy, Record<string, string>>;
  /** The events as the build prepared them: drawn as they are when the options keep their lanes and range. */
  prepared: { laneBy: LaneBy; timeline: PreparedTimeline };
  /** Where names, summaries, status lines, media and actors are, fetched as needed; absolute URLs. */
  details?: DetailsRef;
  /** The chart data's page addresses (resolved) and links table, for naming events as they come. */
  compact: Pick<CompactTimeline, 'url' | 'urls' | 'linkKinds' | 'linked'>;
  /** The load of the actors file of compact data, once asked for. */
  actorsLoad?: Promise<void>;
}

const textOrNone = (value: unknown) => (typeof value === 'string' && value.trim()) || undefined;

/** Return how the card shows an event's first http(s) media item, if it has one. */
export function firstMedia(media: unknown): CardMediaView | undefined {
  for (const m of Array.isArray(media) ? (media as (ApiMedia | null)[]) : []) {
    if (!m) continue;
    const src = safeHttpUrl(m.url);
    if (src)
      return cardMediaView({ src, credit: textOrNone(m.credit), caption: textOrNone(m.caption) });
  }
  return undefined;
}

/** Return the value for `<time datetime>` of an event: as precise as its date, never more. */
export function datetimeAttr(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return dayToDatetime(event.start ?? event.end ?? '', event.precision);
}
