import { unitOf } from '../days';
import { kindLabel } from '../labels';
import { DAY_MS, dayToMs } from './time';
import type { LaneBy, TimelineEvent } from './types';

/** Lanes beyond this many are folded into one "Other" lane, so the chart stays a chart. */
export const MAX_LANES = 12;

/** Where an event sits in time: its known part and the side left open, in ms. */
export interface EventTime {
  /** Start and end (exclusive) of the part of the date that is known. */
  a0: number;
  a1: number;
  open: 'before' | 'after' | null;
}

/** Events ready for layout: times computed once, lanes resolved, each lane ordered in time. */
export interface PreparedTimeline {
  /** In the order given (the model's date order): keyboard order. */
  events: TimelineEvent[];
  times: EventTime[];
  /**
   * `longest`: the length of the lane's longest title, when the chart's data tells it (its
   * titles come a chunk at a time); else the layout reads it from the titles.
   */
  lanes: { id: string; label: string; members: Int32Array; longest?: number }[];
  /** Every date in the timeline, padded: the view that fits everything. */
  extent: [number, number];
  /** The key of an event in `events`, by id. */
  indexById: Map<string, number>;
  /** The same times as flat arrays, for the per-frame layout: known start and end (ms). */
  a0: Float64Array;
  a1: Float64Array;
  /** 1 when the event is a day (always drawn as a point), else 0. */
  day: Uint8Array;
  /** 0: closed, 1: open before, 2: open after. */
  open: Uint8Array;
  /**
   * 1 where the event links to another event of the chart, when the chart's data tells it (its
   * links come with the event's details); else the layout reads the events' links.
   */
  linked?: Uint8Array;
  /**
   * The fitted view's lane plan and the events whose titles decide it, by width, when the chart's
   * data tells them (a big chart carries only those titles): see fitHints in ./layout.ts.
   */
  fit?: Record<number, FitHint>;
  /** While set, the layout adds every event whose title decided its view (the build's record for {@link fit}). */
  reads?: Set<number>;
}

/** A fitted view's lane plan at one width and, when known, the only events whose titles it needs. */
export interface FitHint {
  plan: { lines: number; clusters: boolean }[];
  only?: ReadonlySet<number>;
}

/** Return whether an event links to another event of the chart (its mark says so). */
export const linksInChart = (
  prepared: Pick<PreparedTimeline, 'indexById'>,
  event: Pick<TimelineEvent, 'id' | 'links'>,
): boolean => event.links.some((l) => l.event !== event.id && prepared.indexById.has(l.event));

// The whole day, month or year at an open date's known end, as [start, end) in ms.
function knownUnit(day: string, precision: TimelineEvent['precision']): EventTime {
  const { first, last } = unitOf(day, precision);
  return { a0: dayToMs(first), a1: dayToMs(last) + DAY_MS, open: null };
}

/**
 * Return the known part of an event's date: a day, a month or a year (or an interval), and for
 * "on or before" / "on or after" the unit at the known end with the other side open.
 */
export function eventTime(
  event: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'span' | 'id'>,
): EventTime {
  const { start, end, precision, span } = event;
  if (span === 'on-or-before' && end) return { ...knownUnit(end, precision), open: 'before' };
  if (span === 'on-or-after' && start) return { ...knownUnit(start, precision), open: 'after' };
  if (!start || !end)
    throw new Error(`event "${event.id}": expected start and end days for a ${span} date`);
  return { a0: dayToMs(start), a1: dayToMs(end) + DAY_MS, open: null };
}

function laneKeys(event: TimelineEvent, by: LaneBy): string[] {
  if (by === 'kind') return [event.kind];
  const keys = by === 'case' ? event.cases : event.actors;
  return keys.length > 0 ? keys : [''];
}

/** How far the fitted view reaches before the first and after the last date, as shares of the span; more room after, for the last label. */
const PAD_BEFORE = 0.03;
const PAD_AFTER = 0.08;
/** The narrowest span a fitted view shows: one event gets a week around it. */
export const MIN_SPAN_MS = 7 * DAY_MS;

/** Return the padded time extent (ms) that shows every event. */
export function fitExtent(times: readonly EventTime[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { a0, a1 } of times) {
    if (a0 < lo) lo = a0;
    if (a1 > hi) hi = a1;
  }
  if (lo > hi) {
    const now = 946_684_800_000; // 2000-01-01
    return [now - MIN_SPAN_MS / 2, now + MIN_SPAN_MS / 2];
  }
  const grow = Math.max(0, MIN_SPAN_MS / (1 + PAD_BEFORE + PAD_AFTER) - (hi - lo)) / 2;
  const span = hi - lo + 2 * grow;
  return [lo - grow - span * PAD_BEFORE, hi + grow + span * PAD_AFTER];
}

/**
 * Prepare events for layout: compute their times, put each in its lanes (case, actor or kind;
 * an event in two cases appears in both), and order each lane by time. Lanes come in order of
 * their first event; `names` gives their labels.
 */
export function prepareTimeline(
  events: readonly TimelineEvent[],
  laneBy: LaneBy = 'case',
  names: Readonly<Record<string, string>> = {},
): PreparedTimeline {
  const times = events.map(eventTime);
  const a0 = Float64Array.from(times, (t) => t.a0);
  const a1 = Float64Array.from(times, (t) => t.a1);
  const centres = Float64Array.from(times, (t) => (t.a0 + t.a1) / 2);
  const byLane = new Map<string, number[]>();
  // A plain array: V8's TimSort is near-linear on events that come almost in order, as they do.
  const order = Array.from(events.keys()).sort(
    (a, b) => (centres[a] as number) - (centres[b] as number) || a - b,
  );
  for (const i of order) {
    for (const key of laneKeys(events[i]!, laneBy)) {
      const list = byLane.get(key);
      if (list) list.push(i);
      else byLane.set(key, [i]);
    }
  }
  const firstOf = (list: number[]) => list.reduce((a, b) => Math.min(a, b), Infinity);
  let entries = [...byLane.entries()].sort(([, a], [, b]) => firstOf(a) - firstOf(b));
  if (entries.length > MAX_LANES) {
    const rest = entries.slice(MAX_LANES - 1).flatMap(([, list]) => list);
    const merged = [...new Set(rest)].sort(
      (a, b) => (centres[a] as number) - (centres[b] as number) || a - b,
    );
    entries = [...entries.slice(0, MAX_LANES - 1), ['\u0000other', merged]];
  }
  const label = (key: string) =>
    key === '\u0000other'
      ? 'Other'
      : key === ''
        ? `No ${laneBy}`
        : (names[key] ?? (laneBy === 'kind' ? kindLabel(key) : key));
  return {
    events: [...events],
    times,
    lanes: entries.map(([id, list]) => ({ id, label: label(id), members: Int32Array.from(list) })),
    extent: fitExtent(times),
    indexById: new Map(events.map((e, i) => [e.id, i])),
    a0,
    a1,
    day: Uint8Array.from(events, (e) => (e.precision === 'day' && e.span !== 'interval' ? 1 : 0)),
    open: Uint8Array.from(times, (t) => (t.open === 'before' ? 1 : t.open === 'after' ? 2 : 0)),
  };
}
