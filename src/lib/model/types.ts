import type { ActorData } from '../../schemas/actor';
import type { CaseData } from '../../schemas/case';
import type { EventData } from '../../schemas/event';
import type { LinkType } from '../../schemas/enums';

/** A content entry as the model receives it: its id, the file it came from, its parsed data. */
export interface Entry<T> {
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  data: T;
  /** The MDX body, as written (the TimelineJS export reads its `<Media>`). */
  body?: string;
}

/** A link between two events as one side sees it. */
export interface EventLink {
  type: LinkType;
  /** `out`: this event points at the other; `in`: the other points at this one. */
  direction: 'out' | 'in';
  /** The reading from this side: "Decides", "Decided by". */
  label: string;
  /** The other event's id. */
  event: string;
}

/** An event with its references resolved. */
export interface ModelEvent extends Entry<EventData> {
  /** Links both ways, outgoing first, each group in date order of the other event. */
  links: EventLink[];
}

/** The whole knowledge base, checked and indexed. */
export interface Model {
  /** Every event, oldest first. */
  events: ModelEvent[];
  cases: Map<string, Entry<CaseData>>;
  actors: Map<string, Entry<ActorData>>;
  eventsById: Map<string, ModelEvent>;
}

/** One thing wrong with the content, in the terms an editor can act on. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The line in the file, counting from 1, where the problem is (when it has one place). */
  line?: number;
  /** The column on that line, counting from 1. */
  column?: number;
  /** The field, as a path: `actors[1].id`. */
  field: string;
  /** What the file says. */
  found: string;
  /** What is expected instead, and how to fix it. */
  expected: string;
  severity: 'error' | 'warning';
}
