import type { Precision, Qualifier, Span } from '../dates';
import type { EventKind, EventStatus, LinkType } from '../../schemas/enums';
import type { KindGroup } from './kinds';

/** A typed link as the timeline draws it: the reading from this event, and the other event's id. */
export interface TimelineLink {
  type: LinkType;
  label: string;
  event: string;
}

/**
 * One event as the timeline needs it: small and JSON-serialisable, so the page, the browser and
 * the embed widget share one shape. Days are ISO `YYYY-MM-DD` (UTC); `null` where a side is open.
 */
export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  status: EventStatus;
  /** The date as readers see it: "April 2025", "on or before 23 May 2025". */
  when: string;
  start: string | null;
  end: string | null;
  precision: Precision;
  qualifier: Qualifier;
  span: Span;
  url: string;
  cases: string[];
  actors: string[];
  links: TimelineLink[];
}

/** What a lane groups by. */
export type LaneBy = 'case' | 'actor' | 'kind';

/** One horizontal lane, in pixels. */
export interface LaneBox {
  id: string;
  label: string;
  y: number;
  height: number;
}

/** An event drawn on its own: a symbol (a day, or a span too narrow to see), or a span. */
export interface EventMark {
  key: string;
  /** Index of the event in the prepared, date-ordered list. */
  event: number;
  lane: number;
  /** `point`: the kind's symbol on its day; `span`: a box over the span the date allows. */
  shape: 'point' | 'span';
  /** What the span means: a real interval, or one unknown day somewhere in a month or year. */
  span: 'interval' | 'somewhere' | null;
  /** The family of the event's kind, which sets the symbol and colour. */
  group: KindGroup;
  /** Centre of the known part, in pixels. */
  x: number;
  /** Left and right edge of the drawn shape (without the open tail). */
  x0: number;
  x1: number;
  y: number;
  /** The side left open by "on or before" / "on or after". */
  open: 'before' | 'after' | null;
  dashed: boolean;
  status: TimelineEvent['status'];
  /** Scheduled for a day that has passed, and not reported since. */
  overdue: boolean;
  /** Has a typed link to another event of the chart, drawn when it is selected. */
  linked: boolean;
}

/** Events hidden for lack of room, drawn as one counted box that opens as a list of them. */
export interface ClusterMark {
  /** Keyed by data: the lane and the first member's id, so it survives redraws. */
  key: string;
  lane: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Indices of the member events, in date order. */
  members: Int32Array;
  /** Time extent of the members (ms), for zooming in. */
  t0: number;
  t1: number;
}

/** A label placed where it overlaps nothing: one or more lines of an event's full title. */
export interface LabelMark {
  key: string;
  event: number;
  /** Where the first line starts (anchor start) or ends (anchor end), and its middle. */
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'end';
  /** The kind symbol drawn before the text, for marks that are not themselves the symbol. */
  bullet: KindGroup | null;
  /** Centre of that symbol. */
  bulletX: number | null;
  /** The box the label occupies, in pixels. */
  box: [x0: number, y0: number, x1: number, y1: number];
}

/** An axis tick. */
export interface Tick {
  x: number;
  label: string;
}

/** Everything the renderer draws, already in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Bottom of the plot area; the axis hangs below it. */
  axisY: number;
  top: number;
  /** Whether lanes carry their title. */
  titled: boolean;
  lanes: LaneBox[];
  ticks: Tick[];
  /** The "today" rule, when today is in view. */
  today: number | null;
  /** Where the rule's "Today" stands, clear of every title; null when no place is clear. */
  todayLabel: { x: number; y: number; anchor: 'start' | 'end' } | null;
  marks: EventMark[];
  clusters: ClusterMark[];
  labels: LabelMark[];
  /** How many events lie wholly before and after the view. */
  outside: { before: number; after: number };
  /** The visible time domain (ms). */
  domain: [number, number];
  /**
   * Events the layout would have labelled had their titles been in (a big chart's data carries
   * only the titles its fitted view shows): fetch them and lay out again. Empty when none.
   */
  wanted: number[];
}
