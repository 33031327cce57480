import type { ApiCaseDocument, ApiEvent, ApiMedia } from '../data/types';
import { dayToDatetime } from '../days';
import { cardMediaView, type CardMediaView } from '../mdx/media';
import { projectEvent } from '../timeline/source';
import type { CompactTimeline, DetailsRef } from '../timeline/compact';
import type { PreparedTimeline } from '../timeline/prepare';
import type { LaneBy, TimelineEvent } from '../timeline/types';
import { safeHttpUrl } from '../url/safe';

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
  /** The events as the build prepared them (compact data): drawn as they are when the options keep their lanes and range. */
  prepared?: { laneBy: LaneBy; timeline: PreparedTimeline };
  /** Where summaries, status lines, media and actors are, fetched as needed (compact data); absolute URLs. */
  details?: DetailsRef;
  /** The compact data's page addresses (resolved) and links table, for naming events as they come. */
  compact?: Pick<CompactTimeline, 'url' | 'urls' | 'linkKinds' | 'linked'>;
  /** The load of the actors file of compact data, once asked for. */
  actorsLoad?: Promise<void>;
}

/** Why a response cannot be drawn: not a case document of a version this widget reads. */
export class CaseDocumentError extends Error {
  override name = 'CaseDocumentError';
}

/** Return one API event in the shape the timeline draws (the same projection as the site's pages). */
export function apiEventToTimeline(event: ApiEvent): TimelineEvent {
  return projectEvent(event);
}

// The widget runs in other people's pages and `src=` may point at any document, so nothing in it
// is trusted: an event is drawn only when it has the shape the timeline needs, and a URL is a
// link only when it is http(s) — a `javascript:` URL would run in the host page on click.
// Written small: every byte here ships in embed.js.
const DAY = /^-?\d{4,}-\d{2}-\d{2}$/;
const isText = (value: unknown): value is string => typeof value === 'string';
const isDay = (value: unknown) => value === null || (isText(value) && DAY.test(value));
const listOf = <T>(value: unknown, keep: (item: T) => boolean): T[] =>
  Array.isArray(value) ? (value as T[]).filter((item) => item != null && keep(item)) : [];

/** Return whether a value from a case document has the shape of an API event, as far as drawing needs. */
export function isDrawableEvent(value: unknown): value is ApiEvent {
  const e = (value ?? {}) as Record<string, unknown>;
  const d = (e.date ?? {}) as Record<string, unknown>;
  return (
    [e.id, e.title, e.kind, e.status, d.display, d.precision].every(isText) &&
    isDay(d.earliest) &&
    isDay(d.latest) &&
    (d.earliest ?? d.latest) != null &&
    [e.cases, e.actors, e.links].every((list) => list === undefined || Array.isArray(list))
  );
}

const textOrNone = (value: unknown) => (isText(value) && value.trim()) || undefined;

/** Return how the card shows an event's first http(s) media item, if it has one. */
export function firstMedia(media: unknown): CardMediaView | undefined {
  for (const m of listOf<ApiMedia>(media, () => true)) {
    const src = safeHttpUrl(m.url);
    if (src)
      return cardMediaView({ src, credit: textOrNone(m.credit), caption: textOrNone(m.caption) });
  }
  return undefined;
}

function cleanEvent(event: ApiEvent): TimelineEvent {
  return {
    ...apiEventToTimeline({
      ...event,
      // The lists keep only entries of the right shape; the casts say what the filters checked.
      summary: isText(event.summary) ? event.summary : '',
      cases: listOf<string>(event.cases, isText),
      actors: listOf<ApiEvent['actors'][number]>(event.actors, (a) => isText(a.id)),
      court: isText(event.court) ? event.court : null,
      links: listOf<ApiEvent['links'][number]>(event.links, (l) =>
        [l.event, l.label].every(isText),
      ),
    }),
    url: safeHttpUrl(event.url) ?? '',
  };
}

/**
 * Return the case a `/data/cases/<case>.json` document describes, ready to draw. Throws a
 * CaseDocumentError when the JSON is not a version 1 case document. Events it cannot draw are
 * left out with one warning (`warn`, console.warn by default); URLs that are not http(s) become ''.
 */
export function apiCaseToEmbed(
  doc: unknown,
  warn: (message: string) => void = (message) => console.warn(message),
): EmbedCase {
  const d = doc as Partial<ApiCaseDocument> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.version !== 1 ||
    !d.case ||
    ![d.case.id, d.case.title].every(isText) ||
    !Array.isArray(d.events) ||
    !Array.isArray(d.actors)
  ) {
    throw new CaseDocumentError(
      'expected a Casetrail case document, version 1 (/data/cases/<case>.json)',
    );
  }
  const drawable = d.events.filter(isDrawableEvent);
  const skipped = d.events.length - drawable.length;
  if (skipped) warn(`casetrail-timeline: skipped ${skipped} malformed event(s) in "${d.case.id}"`);
  const actors = listOf<{ id: string; name: string }>(d.actors, (a) =>
    [a.id, a.name].every(isText),
  );
  const url = safeHttpUrl(d.case.url) ?? '';
  return {
    id: d.case.id,
    title: d.case.title,
    url,
    // Documents written before site_name name their site by its host; with no address either, ''.
    siteName: (isText(d.site_name) && d.site_name.trim()) || (url && new URL(url).host),
    events: drawable.map(cleanEvent),
    statusNotes: Object.fromEntries(
      drawable.flatMap((e) =>
        e.status === 'scheduled' && typeof e.status_text === 'string' && e.status_text
          ? [[e.id, e.status_text]]
          : [],
      ),
    ),
    media: Object.fromEntries(
      drawable.flatMap((e) => {
        const media = firstMedia(e.media);
        return media ? [[e.id, media]] : [];
      }),
    ),
    names: {
      case: { [d.case.id]: d.case.title },
      actor: Object.fromEntries(actors.map((a) => [a.id, a.name])),
      kind: {},
    },
  };
}

/** Return the value for `<time datetime>` of an event: as precise as its date, never more. */
export function datetimeAttr(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return dayToDatetime(event.start ?? event.end ?? '', event.precision);
}
