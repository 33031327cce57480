import {
  COMPACT_VERSION,
  compactTimeline,
  isBigTimeline,
  splitActors,
  type CompactActors,
  type CompactTimeline,
  type EventIds,
  type EventNames,
} from '../lib/timeline/compact';
import { fitHints } from '../lib/timeline/layout';
import { VARIANT_WIDTHS } from '../client/timeline/static';
import { groupByYear } from '../lib/timeline/years';
import { yearOf } from '../lib/dates';
import { prepareTimeline, type PreparedTimeline } from '../lib/timeline/prepare';
import { toTimelineEvents } from '../lib/timeline/project';
import type { Model, ModelEvent } from '../lib/model/types';
import { eventsOfCase } from '../lib/model/queries';
import { getModel } from './model';
import { paths, urls } from './paths';
import { buildDay } from '../lib/build-day';
import { toApiEvent } from '../lib/data/api';
import { SITE } from '../lib/site-config';
import { eventStatusLine } from '../lib/trust/event-status';
import {
  DETAILS_SIZE,
  detailsChunks,
  detailsKey,
  detailsLinks,
  type EventDetails,
} from '../lib/timeline/details';

/** Return the lane names of the home page's timeline: every case's title by id. */
export function caseNames(model: Model): Record<string, string> {
  return Object.fromEntries([...model.cases].map(([id, kase]) => [id, kase.data.title]));
}

/**
 * Return the lane names of a case's timeline: the title of every case its events belong to, so
 * an event shared with another case sits in a lane named by that case's title, not its id.
 */
export function laneNames(model: Model, events: readonly ModelEvent[]): Record<string, string> {
  const ids = new Set(events.flatMap((event) => event.data.cases));
  return Object.fromEntries(
    [...ids].map((id) => [id, model.cases.get(id)?.data.title ?? id] as const),
  );
}

/** A case's chart, prepared and packed once per model: every route of its data reads it. */
interface CaseChart {
  events: ModelEvent[];
  prepared: PreparedTimeline;
  chart: CompactTimeline;
  actors: CompactActors;
  key: string;
}

const charts = new WeakMap<Model, Map<string, CaseChart>>();
// Splits a path built around it into what comes before and after a chunk number.
const MARKER = '\u0000';

/**
 * Return a case's chart as its data files carry it: a big case's names only the events its
 * fitted view labels at each width of the case page and the widget (both lay out without lane
 * titles), and leaves the rest of the ids and titles, and every link, to the files beside it.
 */
function caseChart(model: Model, caseId: string): CaseChart {
  let byCase = charts.get(model);
  if (!byCase) charts.set(model, (byCase = new Map()));
  const known = byCase.get(caseId);
  if (known) return known;
  const kase = model.cases.get(caseId);
  if (!kase) throw new Error(`timeline data: no case "${caseId}"`);
  const caseEvents = eventsOfCase(model, caseId);
  const names = laneNames(model, caseEvents);
  const events = toTimelineEvents(caseEvents, paths.event);
  const split = (path: string) => {
    const [before = '', after = ''] = path.split(MARKER);
    return [before, after] as [string, string];
  };
  const key = detailsKey(events.map((e) => e.id));
  const prepared = prepareTimeline(events, 'case', names);
  const big = isBigTimeline(events.length);
  const packed = compactTimeline(prepared, {
    laneBy: 'case',
    names,
    eventUrl: paths.event,
    summaries: !big,
    subject: { id: caseId, title: kase.data.title, url: paths.case(caseId) },
    site: SITE.name,
    home: urls.home(),
    actorNames: Object.fromEntries([...model.actors].map(([id, a]) => [id, a.data.name])),
    details: {
      url: split(paths.caseDetails(caseId, MARKER)),
      size: DETAILS_SIZE,
      key,
      actors: paths.caseActors(caseId),
      names: split(paths.caseNames(caseId, MARKER)),
      ids: paths.caseIds(caseId),
    },
    ...(big && { fit: fitHints(prepared, VARIANT_WIDTHS, false) }),
  });
  const made = { events: caseEvents, prepared, key, ...splitActors(packed, key) };
  byCase.set(caseId, made);
  return made;
}

/**
 * Return a case's chart data as the case page and the widget fetch it: prepared once, here, with
 * what the widget shows around the chart (the case's title and page, where the events' details,
 * names and actors are); and its actors apart, which only lanes by actor need.
 */
export function caseChartFiles(
  model: Model,
  caseId: string,
): { chart: CompactTimeline; actors: CompactActors } {
  const { chart, actors } = caseChart(model, caseId);
  return { chart, actors };
}

/** Return a case's chart data as the case page and the widget fetch it. */
export function caseTimelineData(model: Model, caseId: string): CompactTimeline {
  return caseChartFiles(model, caseId).chart;
}

/** Return chunk `chunk`'s first event and the chart's events in it, or throw naming what is missing. */
function chunkOf(
  made: CaseChart,
  caseId: string,
  chunk: number,
  what: string,
): { first: number; events: ModelEvent[] } {
  const first = chunk * DETAILS_SIZE;
  const events = made.events.slice(first, first + DETAILS_SIZE);
  if (!Number.isInteger(chunk) || events.length === 0)
    throw new Error(`timeline ${what}: case "${caseId}" has no chunk ${chunk}`);
  return { first, events };
}

/**
 * Return one chunk of a case chart's event details: summaries, status lines, first media and
 * links (coded against the chart file's `linkKinds`, their targets by chart index).
 */
export function caseDetailsData(model: Model, caseId: string, chunk: number): EventDetails {
  const made = caseChart(model, caseId);
  const { first, events } = chunkOf(made, caseId, chunk, 'details');
  const today = buildDay();
  return {
    v: COMPACT_VERSION,
    key: made.key,
    first,
    summary: events.map((e) => e.data.summary),
    note: events.map((e) =>
      e.data.status === 'scheduled' ? eventStatusLine(model, e, today) : '',
    ),
    media: events.map((e) => toApiEvent(e, urls).media[0] ?? null),
    links: detailsLinks(made.prepared, made.chart.linkKinds, first, events.length),
  };
}

/** Return one chunk of a case chart's event ids and titles, in the chart's order. */
export function caseNamesData(model: Model, caseId: string, chunk: number): EventNames {
  const made = caseChart(model, caseId);
  const { first, events } = chunkOf(made, caseId, chunk, 'names');
  const charted = made.prepared.events.slice(first, first + events.length);
  return {
    v: COMPACT_VERSION,
    key: made.key,
    first,
    id: charted.map((e) => e.id),
    title: charted.map((e) => e.title),
  };
}

/** Return every event id of a case chart, in its order: for finding an event by id. */
export function caseIdsData(model: Model, caseId: string): EventIds {
  const made = caseChart(model, caseId);
  return { v: COMPACT_VERSION, key: made.key, id: made.prepared.events.map((e) => e.id) };
}

/**
 * Return one static path per details chunk of every case: `getStaticPaths` of its route and of
 * the names chunks' (the same chunks).
 */
export async function caseDetailsStaticPaths() {
  const model = await getModel();
  return [...model.cases.keys()].flatMap((id) =>
    Array.from({ length: detailsChunks(eventsOfCase(model, id).length) }, (_, chunk) => ({
      params: { case: id, chunk: String(chunk) },
    })),
  );
}

/** Return every case's events on one chart, a lane per case, as the home page fetches it. */
export function homeTimelineData(model: Model): CompactTimeline {
  const names = caseNames(model);
  const events = toTimelineEvents(model.events, paths.event);
  return compactTimeline(prepareTimeline(events, 'case', names), {
    laneBy: 'case',
    names,
    laneTitles: true,
    eventUrl: paths.event,
    summaries: !isBigTimeline(events.length),
  });
}

/** A big case's events by year (`yearOf`): one page each; null for a case listed on one page. */
export function caseYears(model: Model, caseId: string): Map<number, ModelEvent[]> | null {
  const events = eventsOfCase(model, caseId);
  if (!isBigTimeline(events.length)) return null;
  return groupByYear(events, (e) => yearOf(e.data.date));
}

/** Return one static path per year of every big case: `getStaticPaths` of `[case]/[year]`. */
export async function caseYearStaticPaths() {
  const model = await getModel();
  return [...model.cases.keys()].flatMap((id) =>
    [...(caseYears(model, id)?.keys() ?? [])].map((year) => ({
      params: { case: id, year: String(year) },
    })),
  );
}
