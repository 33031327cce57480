// The shapes of the JSON API, version 1. public/schema/index-v1.json and case-v1.json describe
// the same shapes for other languages; tests/unit/data/api.test.ts checks the two agree.
import type { EventDate } from '../dates';
import type {
  ActorKind,
  ActorRole,
  CaseStatus,
  EventKind,
  EventStatus,
  LinkType,
  SourceKind,
} from '../../schemas/enums';

/** A date as the API gives it: the EDTF, its bounds, precision, and how readers see it. */
export interface ApiDate extends EventDate {
  /** "April 2025", "on or before 23 May 2025". */
  display: string;
}

/** A case as listed in the index. */
export interface ApiCaseSummary {
  id: string;
  title: string;
  summary: string;
  status: CaseStatus;
  jurisdictions: string[];
  tags: string[];
  events: number;
  /** The earliest and latest day any of its events may mean, or null without events. */
  first: string | null;
  last: string | null;
  url: string;
  data_url: string;
  timelinejs_url: string;
  rss_url: string;
  calendar_url: string;
}

/** An actor, in the index and in a case. */
export interface ApiActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  website: string | null;
  aliases: string[];
  description: string | null;
  url: string;
  rss_url: string;
}

/** A source an event rests on. */
export interface ApiSource {
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  archived: string | null;
  kind: SourceKind;
  language: string | null;
}

/** A picture, recording or page shown with an event. */
export interface ApiMedia {
  url: string;
  credit: string | null;
  caption: string | null;
}

/** A typed link between two events, as one side sees it. */
export interface ApiLink {
  type: LinkType;
  direction: 'out' | 'in';
  label: string;
  event: string;
  url: string;
}

/** One event of a case. */
export interface ApiEvent {
  id: string;
  title: string;
  summary: string;
  date: ApiDate;
  status: EventStatus;
  /** The status as readers see it as of the build (additive in version 1; see eventStatusText). */
  status_text?: string;
  kind: EventKind;
  cases: string[];
  actors: { id: string; role: ActorRole }[];
  jurisdiction: string | null;
  court: string | null;
  docket: string | null;
  tags: string[];
  sources: ApiSource[];
  /** The pictures, recordings and pages shown with the event (its `<Media>`), in body order. */
  media: ApiMedia[];
  links: ApiLink[];
  published: string;
  updated: string | null;
  corrections: { date: string; note: string }[];
  url: string;
}

/** `/data/index.json`. */
export interface ApiIndex {
  $schema: string;
  version: 1;
  site: string;
  cases: ApiCaseSummary[];
  actors: ApiActor[];
}

/** `/data/cases/<case>.json`: what the embed widget reads. */
export interface ApiCaseDocument {
  $schema: string;
  version: 1;
  site: string;
  /** The site's name, for attributions (additive in version 1). */
  site_name?: string;
  case: ApiCaseSummary & {
    proceedings: {
      name: string;
      court: string;
      docket: string | null;
      parties: { id: string; role: ActorRole }[];
      status: string | null;
    }[];
    published: string;
    updated: string | null;
    /** The day an editor last checked the case for news (additive in version 1). */
    reviewed: string | null;
  };
  /** Every actor named by the case or its events. */
  actors: ApiActor[];
  /** The case's events, oldest first. */
  events: ApiEvent[];
}
