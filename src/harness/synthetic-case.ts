// A case document of synthetic events, as the data API would publish it (tests and bench only).
import type { ApiCaseDocument, ApiEvent } from '../lib/data/types';
import type { TimelineEvent } from '../lib/timeline/types';
import { generateTimelineEvents } from './synthetic-timeline';

const SITE = 'https://casetrail.example/';

/** Return an API event for a synthetic timeline event, with the fields the real API fills. */
function toApiEvent(e: TimelineEvent): ApiEvent {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    date: {
      edtf: e.start ?? e.end ?? '',
      earliest: e.start,
      latest: e.end,
      precision: e.precision,
      qualifier: e.qualifier,
      span: e.span,
      display: e.when,
    },
    status: e.status,
    ...(e.status === 'scheduled' ? { status_text: 'Scheduled, as of the build.' } : {}),
    kind: e.kind,
    cases: e.cases,
    actors: e.actors.map((id) => ({ id, role: 'party' as const })),
    jurisdiction: 'DE',
    court: null,
    docket: null,
    tags: ['synthetic'],
    sources: [
      {
        title: `Synthetic source of ${e.id}`,
        publisher: 'Synthetic Publisher',
        author: null,
        published: e.start ?? e.end,
        url: `https://example.org/sources/${e.id}`,
        archived: null,
        kind: 'secondary',
        language: 'en',
      },
    ],
    media: [],
    links: e.links.map((l) => ({
      ...l,
      direction: 'out' as const,
      url: `${SITE}events/${l.event}/`,
    })),
    published: '2025-01-01',
    updated: null,
    corrections: [],
    url: `${SITE}events/${e.id}/`,
  };
}

/**
 * Return a version 1 case document (`/data/cases/<case>.json`) of `count` synthetic events, with
 * every field the real API fills, for measuring and testing the widget at scale. Never content.
 */
export function syntheticCaseDocument(count: number, seed = 1): ApiCaseDocument {
  const events = generateTimelineEvents(count, { seed });
  const actors = [...new Set(events.flatMap((e) => e.actors))].sort();
  return {
    $schema: `${SITE}schema/case-v1.json`,
    version: 1,
    site: SITE,
    case: {
      id: 'synthetic-case-00',
      title: `Synthetic case of ${count} events`,
      summary: 'Synthetic events for the benchmark; nothing real.',
      status: 'ongoing',
      jurisdictions: ['DE'],
      tags: [],
      events: count,
      first: events[0]?.start ?? null,
      last: events.at(-1)?.end ?? null,
      url: `${SITE}cases/synthetic-case-00/`,
      data_url: `${SITE}data/cases/synthetic-case-00.json`,
      timelinejs_url: '',
      rss_url: '',
      calendar_url: '',
      proceedings: [],
      published: '2025-01-01',
      updated: null,
      reviewed: null,
    },
    actors: actors.map((id) => ({
      id,
      name: id.replace('synthetic-actor-', 'Synthetic actor '),
      kind: 'company',
      country: null,
      website: null,
      aliases: [],
      description: null,
      url: `${SITE}actors/${id}/`,
      rss_url: '',
    })),
    events: events.map(toApiEvent),
  };
}
