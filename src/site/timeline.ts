import {
  COMPACT_VERSION,
  compactTimeline,
  isBigTimeline,
  splitActors,
  type CompactActors,
  type CompactTimeline,
} from '../lib/timeline/compact';
import { groupByYear } from '../lib/timeline/years';
import { yearOf } from '../lib/dates';
import { prepareTimeline } from '../lib/timeline/prepare';
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

/**
 * Return a case's chart data as the case page and the widget fetch it: prepared once, here, with
 * what the widget shows around the chart (the case's title and page, where the events' details
 * and actors are); and its actors apart, which only lanes by actor need.
 */
export function caseChartFiles(
  model: Model,
  caseId: string,
): { chart: CompactTimeline; actors: CompactActors } {
  const kase = model.cases.get(caseId);
  if (!kase) throw new Error(`timeline data: no case "${caseId}"`);
  const caseEvents = eventsOfCase(model, caseId);
  const names = laneNames(model, caseEvents);
  const events = toTimelineEvents(caseEvents, paths.event);
  const marker = '\u0000';
  const [before = '', after = ''] = paths.caseDetails(caseId, marker).split(marker);
  const key = detailsKey(events.map((e) => e.id));
  const packed = compactTimeline(prepareTimeline(events, 'case', names), {
    laneBy: 'case',
    names,
    eventUrl: paths.event,
    summaries: !isBigTimeline(events.length),
    subject: { id: caseId, title: kase.data.title, url: paths.case(caseId) },
    site: SITE.name,
    home: urls.home(),
    actorNames: Object.fromEntries([...model.actors].map(([id, a]) => [id, a.data.name])),
    details: { url: [before, after], size: DETAILS_SIZE, key, actors: paths.caseActors(caseId) },
  });
  return splitActors(packed, key);
}

/** Return a case's chart data as the case page and the widget fetch it. */
export function caseTimelineData(model: Model, caseId: string): CompactTimeline {
  return caseChartFiles(model, caseId).chart;
}

/** Return one chunk of a case chart's event details: summaries, status lines, first media. */
export function caseDetailsData(model: Model, caseId: string, chunk: number): EventDetails {
  const all = eventsOfCase(model, caseId);
  const first = chunk * DETAILS_SIZE;
  const events = all.slice(first, first + DETAILS_SIZE);
  if (events.length === 0)
    throw new Error(`timeline details: case "${caseId}" has no chunk ${chunk}`);
  const today = buildDay();
  return {
    v: COMPACT_VERSION,
    key: detailsKey(all.map((e) => e.id)),
    first,
    summary: events.map((e) => e.data.summary),
    note: events.map((e) =>
      e.data.status === 'scheduled' ? eventStatusLine(model, e, today) : '',
    ),
    media: events.map((e) => toApiEvent(e, urls).media[0] ?? null),
  };
}

/** Return one static path per details chunk of every case: `getStaticPaths` of its route. */
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
