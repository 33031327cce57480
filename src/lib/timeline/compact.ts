import { DAY_MS, dayToMs, msToDay } from './time';
import { detailsLinks } from './details';
import { linksInChart, type EventTime, type FitHint, type PreparedTimeline } from './prepare';
import type { LaneBy, TimelineEvent, TimelineLink } from './types';
import { readDate } from './when';

/**
 * A prepared timeline as the build writes it to `/data/cases/<case>.timeline.json`: the same
 * facts as {@link PreparedTimeline}, in columns (one array per field, which gzip packs well),
 * repeated strings as indices into small tables, days as whole days since 1970, lane members
 * as differences from the previous member. The browser only unpacks it: no parsing of dates,
 * no sorting, no lane building.
 */
export interface CompactTimeline {
  /** The version of this shape; a reader refuses any other. */
  v: typeof COMPACT_VERSION;
  laneBy: LaneBy;
  laneTitles: boolean;
  /** Lane labels by id, as given to the chart. */
  names: Record<string, string>;
  /** Every event's URL is `url[0] + id + url[1]`, unless `urls` names another (by event index). */
  url: [string, string];
  urls: Record<string, string>;
  /** How many events the chart has. */
  count: number;
  /**
   * The events whose ids and titles this file carries, as differences from the one before (the
   * first from 0); null when it carries every event's. A big chart carries those its fitted view
   * labels at each width ({@link namedAtFit}); the rest come with {@link DetailsRef.names}.
   */
  named: number[] | null;
  /**
   * The fitted view's lane plan and the events whose titles decide it, at each width the chart
   * is drawn at (fitHints in ./layout.ts): `lines` and `clusters` (0/1) per lane, `only` as
   * differences. Null when the file carries every title.
   */
  fit: { width: number; lines: number[]; clusters: number[]; only: number[] }[] | null;
  /** The ids and titles of the `named` events, in order (of every event when `named` is null). */
  id: string[];
  title: string[];
  /** Empty when the build left summaries out (a big timeline). */
  summary: string[];
  /** The date as readers see it; '' where it reads as {@link readDate} gives it back. */
  when: string[];
  /** Distinct [kind, status, precision, qualifier, span] of the events, and each event's index. */
  forms: [string, string, string, string, string][];
  form: number[];
  /**
   * The known part of each date, [a0, a1) in days since 1970: `a0` as the difference from the
   * previous event's (events come in date order, so the numbers stay small), `length` as a1 - a0.
   */
  a0: number[];
  length: number[];
  /**
   * The first and last day a date can mean, as offsets into the known part (start - a0 and
   * a1 - 1 - end, mostly 0), or null where that side is open.
   */
  start: (number | null)[];
  end: (number | null)[];
  /** Case and actor ids, and each event's as indices into them (actors empty when apart: {@link splitActors}). */
  cases: string[];
  eventCases: number[][];
  actors: string[];
  eventActors: number[][];
  /**
   * Distinct [type, label] of links, and each event's links: [pair, event index or id]. `links`
   * is empty when they come with the details (a big chart); `linked` then says which events link
   * to another of the chart (1) and which do not (0); else it is null.
   */
  linkKinds: [string, string][];
  links: CompactLink[][];
  linked: number[] | null;
  /**
   * Lanes, their members as differences from the one before; `members` is null where it is every
   * event of the lane's case in time order ({@link caseMembers}). `longest` is the length of the
   * lane's longest title when the file does not carry every title.
   */
  lanes: { id: string; label: string; members: number[] | null; longest?: number }[];
  extent: [number, number];
  /** The case this chart is of, for a widget's title and attribution; null for the home page's chart. */
  case: { id: string; title: string; url: string } | null;
  /** The site's name, for the widget's attribution. */
  site: string;
  /**
   * The site's home page, absolute, as configured: the widget resolves the (site-relative) URLs
   * of pages against it, so its links are the canonical ones, as in the case document.
   */
  home: string;
  /** The name of each actor in `actors`, for lanes by actor. */
  actorNames: string[];
  /** Where the events' summaries, status lines and media are, a chunk at a time; null when nowhere. */
  details: DetailsRef | null;
}

/**
 * Where a chart's event details lie: chunk `n` (events `n * size` to `(n + 1) * size - 1`, in
 * the chart's order) at `url[0] + n + url[1]`; `key` tells a chunk of this build from another's.
 */
export interface DetailsRef {
  url: [string, string];
  size: number;
  key: string;
  /** Where the events' actors are ({@link CompactActors}), when the chart's data leaves them out. */
  actors: string;
  /** Chunk `n` of the events' ids and titles ({@link EventNames}) is at `names[0] + n + names[1]`. */
  names: [string, string];
  /** Where every event's id is, in the chart's order ({@link EventIds}): for finding an event by id. */
  ids: string;
}

/** A link: [index into `linkKinds`, the target's index in the chart or, outside it, its id]. */
export type CompactLink = [number, number | string];

/** One chunk of a chart's event ids and titles (`/data/cases/<case>/names/<n>.json`). */
export interface EventNames {
  v: typeof COMPACT_VERSION;
  /** The chart's `details.key`. */
  key: string;
  /** The chart index of the first event here. */
  first: number;
  id: string[];
  title: string[];
}

/** Every event id of a chart, in its order (`/data/cases/<case>/ids.json`). */
export interface EventIds {
  v: typeof COMPACT_VERSION;
  key: string;
  id: string[];
}

/**
 * A chart's actors, apart from its data (`/data/cases/<case>/actors.json`): only lanes by actor
 * need them, and at 10,000 events they are a tenth of the chart's bytes.
 */
export type CompactActors = Pick<CompactTimeline, 'v' | 'actors' | 'actorNames' | 'eventActors'> & {
  /** The chart's `details.key`. */
  key: string;
};

/** Return a packed chart without its actors, and its actors apart, under the chart's details key. */
export function splitActors(
  packed: CompactTimeline,
  key: string,
): { chart: CompactTimeline; actors: CompactActors } {
  const { actors, actorNames, eventActors } = packed;
  return {
    chart: { ...packed, actors: [], actorNames: [], eventActors: [] },
    actors: { v: packed.v, key, actors, actorNames, eventActors },
  };
}

/** The version of {@link CompactTimeline} the build writes and the browser reads. */
export const COMPACT_VERSION = 3;

/**
 * How many events a case may have before its page fetches the chart's data instead of carrying
 * it inline, draws a yearly overview instead of every mark, and pages its list by year. Below it
 * one request fewer is faster, and the seed's page stays as it was.
 */
export const BIG_TIMELINE = 150;

/** Return whether a timeline of this many events is big: fetched, overviewed and paged. */
export const isBigTimeline = (count: number): boolean => count > BIG_TIMELINE;

const toDays = (day: string | null) => (day === null ? null : Math.round(dayToMs(day) / DAY_MS));
const fromDays = (days: number | null) => (days === null ? null : msToDay(days * DAY_MS));
// a - b - less, or null when either side is open.
const offset = (a: number | null, b: number | null, less = 0) =>
  a === null || b === null ? null : a - b - less;

/** The centre of an event's known part, doubled: lanes are ordered by it, then by index. */
const order = (a0: ArrayLike<number>, a1: ArrayLike<number>) => (x: number, y: number) =>
  (a0[x] as number) + (a1[x] as number) - (a0[y] as number) - (a1[y] as number) || x - y;

/**
 * Return a lane of the chart's case `c` (an index into `cases`) as prepareTimeline builds lanes
 * by case: every event of that case, in time order. The build leaves out lanes that are this.
 */
export function caseMembers(
  eventCases: readonly (readonly number[])[],
  c: number,
  a0: ArrayLike<number>,
  a1: ArrayLike<number>,
): number[] {
  const out: number[] = [];
  eventCases.forEach((list, i) => list.includes(c) && out.push(i));
  return out.sort(order(a0, a1));
}

/** Return differences from the one before (the first from 0). */
const deltas = (list: ArrayLike<number>) =>
  Array.from(list, (m, i) => (i === 0 ? m : m - (list[i - 1] as number)));

function indexer<T>(key: (value: T) => string = String) {
  const table: T[] = [];
  const seen = new Map<string, number>();
  return {
    table,
    of(value: T): number {
      const k = key(value);
      let i = seen.get(k);
      if (i === undefined) {
        i = table.push(value) - 1;
        seen.set(k, i);
      }
      return i;
    },
  };
}

/** Pack a prepared timeline into its compact, JSON-ready form. */
export function compactTimeline(
  prepared: PreparedTimeline,
  options: {
    laneBy: LaneBy;
    names: Record<string, string>;
    laneTitles?: boolean;
    eventUrl: (id: string) => string;
    /**
     * Carry each event's summary for the chart's card. A big timeline leaves them out: they are
     * half its bytes, and the list and each event's page say them.
     */
    summaries?: boolean;
    /** The case the chart is of, with its page's URL. */
    subject?: CompactTimeline['case'];
    site?: string;
    home?: string;
    /** Actor names by id; an actor without one is named by its id. */
    actorNames?: Record<string, string>;
    details?: DetailsRef | null;
    /**
     * Carry only these events' ids and titles (the rest come with the details' names chunks),
     * and leave links to the details; by default every event's, links in the file.
     */
    named?: ReadonlySet<number>;
    /** The fitted view's hints: the file then carries the titles they name (unless `named` says). */
    fit?: Record<number, FitHint>;
  },
): CompactTimeline {
  const { events } = prepared;
  const marker = '\u0000';
  const [before = '', after = ''] = options.eventUrl(marker).split(marker);
  const forms = indexer<CompactTimeline['forms'][number]>((f) => f.join('|'));
  const cases = indexer<string>();
  const actors = indexer<string>();
  const linkKinds = indexer<[string, string]>((k) => k.join('|'));
  const urls: Record<string, string> = {};
  events.forEach((e, i) => {
    if (e.url !== `${before}${e.id}${after}`) urls[i] = e.url;
  });
  const hints = options.fit ? Object.entries(options.fit) : null;
  const chosen = options.named ?? (hints && new Set(hints.flatMap(([, h]) => [...(h.only ?? [])])));
  const named = chosen ? [...chosen].sort((a, b) => a - b) : null;
  const eventCases = events.map((e) => e.cases.map((c) => cases.of(c)));
  const carried = named ? named.map((i) => events[i]!) : events;
  const a0 = Array.from(prepared.a0, (t) => Math.round(t / DAY_MS));
  const a1 = Array.from(prepared.a1, (t) => Math.round(t / DAY_MS));
  // Every kind first, so that `linkKinds` is whole even when the links go to the details, which
  // code theirs against it with the same function.
  for (const e of events) for (const l of e.links) linkKinds.of([l.type, l.label]);
  const links = detailsLinks(prepared, linkKinds.table, 0, events.length);
  return {
    v: COMPACT_VERSION,
    laneBy: options.laneBy,
    laneTitles: options.laneTitles ?? false,
    names: options.names,
    url: [before, after],
    urls,
    count: events.length,
    named: named && deltas(named),
    fit:
      hints &&
      hints.map(([width, h]) => ({
        width: Number(width),
        lines: h.plan.map((p) => p.lines),
        clusters: h.plan.map((p) => (p.clusters ? 1 : 0)),
        only: deltas([...(h.only ?? [])].sort((a, b) => a - b)),
      })),
    id: carried.map((e) => e.id),
    title: carried.map((e) => e.title),
    summary: options.summaries === false ? [] : events.map((e) => e.summary),
    when: events.map((e) => (e.when === readDate(e) ? '' : e.when)),
    form: events.map((e) => forms.of([e.kind, e.status, e.precision, e.qualifier, e.span])),
    forms: forms.table,
    a0: a0.map((t, i) => (i === 0 ? t : t - (a0[i - 1] as number))),
    length: a1.map((t, i) => t - (a0[i] as number)),
    start: events.map((e, i) => offset(toDays(e.start), a0[i] as number)),
    end: events.map((e, i) => offset(a1[i] as number, toDays(e.end), 1)),
    eventCases,
    cases: cases.table,
    eventActors: events.map((e) => e.actors.map((a) => actors.of(a))),
    actors: actors.table,
    links: named ? [] : links,
    linkKinds: linkKinds.table,
    linked: named ? events.map((e) => (linksInChart(prepared, e) ? 1 : 0)) : null,
    lanes: prepared.lanes.map(({ id, label, members }) => {
      const c = cases.table.indexOf(id);
      const derived =
        options.laneBy === 'case' && c >= 0
          ? caseMembers(eventCases, c, prepared.a0, prepared.a1)
          : null;
      const same = derived?.length === members.length && derived.every((m, i) => m === members[i]);
      let longest = 0;
      for (const m of members) longest = Math.max(longest, events[m]!.title.length);
      return {
        id,
        label,
        members: same ? null : deltas(members),
        ...(named && { longest }),
      };
    }),
    extent: prepared.extent,
    case: options.subject ?? null,
    site: options.site ?? '',
    home: options.home ?? '',
    actorNames: actors.table.map((a) => options.actorNames?.[a] ?? a),
    details: options.details ?? null,
  };
}

/** Give expanded events their actors from the chart's actors file; return the actors' names by id. */
export function applyActors(
  events: readonly TimelineEvent[],
  file: Pick<CompactActors, 'actors' | 'actorNames' | 'eventActors'>,
): Record<string, string> {
  events.forEach((e, i) => (e.actors = (file.eventActors[i] ?? []).map((a) => file.actors[a]!)));
  return Object.fromEntries(file.actors.map((id, i) => [id, file.actorNames[i] ?? id]));
}

/** Why a fetched timeline could not be read: names the URL and what was wrong. */
export class CompactTimelineError extends Error {}

/**
 * Unpack a compact timeline into the prepared form the layout draws, as it was at the build:
 * the events in their order, their times, lanes and extent. Throws on any other version.
 */
export function expandTimeline(data: CompactTimeline, source = 'timeline data'): PreparedTimeline {
  const version = (data as { v?: unknown } | null)?.v;
  if (version !== COMPACT_VERSION)
    throw new CompactTimelineError(
      `${source}: version ${String(version)} is not ${String(COMPACT_VERSION)}; rebuild the site so page and data match`,
    );
  const n = data.count;
  const events: TimelineEvent[] = new Array<TimelineEvent>(n);
  const times: EventTime[] = new Array<EventTime>(n);
  const a0 = new Float64Array(n);
  const a1 = new Float64Array(n);
  const day = new Uint8Array(n);
  const open = new Uint8Array(n);
  const indexById = new Map<string, number>();
  // Ids and titles of the events the file names; the others wait for their names chunk.
  const ids: string[] = data.named ? new Array<string>(n).fill('') : data.id;
  const titles: string[] = data.named ? new Array<string>(n).fill('') : data.title;
  let at = 0;
  data.named?.forEach((d, j) => {
    at += d;
    ids[at] = data.id[j]!;
    titles[at] = data.title[j]!;
  });
  let d0 = 0;
  for (let i = 0; i < n; i++) {
    const [kind, status, precision, qualifier, span] = data.forms[data.form[i] as number]!;
    d0 += data.a0[i] as number;
    const d1 = d0 + (data.length[i] as number);
    const startOffset = data.start[i] ?? null;
    const endOffset = data.end[i] ?? null;
    const start = startOffset === null ? null : fromDays(d0 + startOffset);
    const end = endOffset === null ? null : fromDays(d1 - 1 - endOffset);
    const form = {
      start,
      end,
      precision: precision as TimelineEvent['precision'],
      qualifier: qualifier as TimelineEvent['qualifier'],
      span: span as TimelineEvent['span'],
    };
    events[i] = {
      id: `#${i}`,
      title: titles[i] ?? '',
      summary: data.summary[i] ?? '',
      kind: kind as TimelineEvent['kind'],
      status: status as TimelineEvent['status'],
      when: data.when[i] || readDate(form),
      ...form,
      url: data.urls[i] ?? '',
      cases: (data.eventCases[i] ?? []).map((c) => data.cases[c] as string),
      actors: (data.eventActors[i] ?? []).map((a) => data.actors[a] as string),
      links: [],
    };
    a0[i] = d0 * DAY_MS;
    a1[i] = d1 * DAY_MS;
    const side = span === 'on-or-before' ? 'before' : span === 'on-or-after' ? 'after' : null;
    times[i] = { a0: a0[i] as number, a1: a1[i] as number, open: side };
    day[i] = precision === 'day' && span !== 'interval' ? 1 : 0;
    open[i] = side === 'before' ? 1 : side === 'after' ? 2 : 0;
    // Until its id is in, an event goes by its index: `#12` (an id never starts with #).
    indexById.set(`#${i}`, i);
  }
  const prepared: PreparedTimeline = {
    events,
    times,
    lanes: data.lanes.map(({ id, label, members, longest }) => {
      const c = data.cases.indexOf(id);
      let m = 0;
      return {
        id,
        label,
        members: Int32Array.from(
          members ? members.map((d) => (m += d)) : caseMembers(data.eventCases, c, a0, a1),
        ),
        ...(longest !== undefined && { longest }),
      };
    }),
    extent: data.extent,
    indexById,
    a0,
    a1,
    day,
    open,
    ...(data.linked && { linked: Uint8Array.from(data.linked) }),
    ...(data.fit && {
      fit: Object.fromEntries(
        data.fit.map((f) => {
          let at = 0;
          return [
            f.width,
            {
              plan: f.lines.map((lines, l) => ({ lines, clusters: f.clusters[l] === 1 })),
              only: new Set(f.only.map((d) => (at += d))),
            },
          ];
        }),
      ),
    }),
  };
  nameEvents(prepared, data, 0, ids, titles);
  if (!data.linked) linkEvents(prepared, data, 0, data.links);
  return prepared;
}

/**
 * Give events `first`, `first + 1`, … their ids (and titles, when given; an empty one is not in
 * yet) and page addresses, from a names chunk, the ids file or the chart's own columns.
 */
export function nameEvents(
  prepared: Pick<PreparedTimeline, 'events' | 'indexById'>,
  data: Pick<CompactTimeline, 'url' | 'urls'>,
  first: number,
  ids: readonly string[],
  titles?: readonly string[],
): void {
  ids.forEach((id, j) => {
    const i = first + j;
    const e = prepared.events[i];
    if (!e || !id) return;
    e.id = id;
    if (titles?.[j]) e.title = titles[j];
    e.url = data.urls[i] ?? (data.url[0] && `${data.url[0]}${id}${data.url[1]}`);
    prepared.indexById.set(id, i);
  });
}

/** Give events `first`, `first + 1`, … their links, from the chart's column or a details chunk. */
export function linkEvents(
  prepared: Pick<PreparedTimeline, 'events'>,
  data: Pick<CompactTimeline, 'linkKinds'>,
  first: number,
  links: readonly (readonly CompactLink[])[],
): void {
  const { events } = prepared;
  links.forEach((list, j) => {
    events[first + j]!.links = list.map(([k, target]) => {
      const [type, label] = data.linkKinds[k]!;
      return {
        type: type as TimelineLink['type'],
        label,
        // Another event of the chart by its id, or `#index` while that is not in yet.
        event: typeof target === 'number' ? (events[target]?.id ?? '') : target,
      };
    });
  });
}
