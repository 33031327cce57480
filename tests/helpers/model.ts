import { buildModelFromRaw, checkedModelFromRaw, type RawEntry } from '../../src/harness/model';
import type { CollectionName } from '../../src/lib/check/read';
import type { Model } from '../../src/lib/model/types';
import { createSiteUrls } from '../../src/lib/paths';

/** The site address and base path unit tests build URLs with. */
export const TEST_URLS = createSiteUrls('https://casetrail.test', '/kb/');

/** Text that breaks naive escaping in HTML, XML, JSON, CSV and iCalendar alike. */
export const NASTY = `<script>alert("x")</script> & "double" 'single' ]]> 🎉 مرحبا بالعالم; a, b\\c`;

type Raw = Record<string, unknown>;

/** Return event frontmatter with every required field, overridden by `fields`. */
export function rawEvent(fields: Raw = {}): Raw {
  return {
    title: 'An event',
    summary: 'What happened.',
    date: '2025-05-23',
    kind: 'ruling',
    cases: ['case-a'],
    actors: [{ id: 'court-a', role: 'court' }],
    sources: [{ title: 'A source', publisher: 'A paper', url: 'https://example.org/a' }],
    published: '2025-06-01',
    ...fields,
  };
}

/** Return case frontmatter with every required field, overridden by `fields`. */
export function rawCase(fields: Raw = {}): Raw {
  return {
    title: 'Case A',
    summary: 'A case.',
    status: 'ongoing',
    published: '2025-06-01',
    ...fields,
  };
}

/** Raw frontmatter of each collection, by id, as editors would write it. */
export interface RawCollections {
  cases: Record<string, Raw>;
  actors: Record<string, Raw>;
  events: Record<string, Raw>;
}

/** Where each entry's file is, by id, for the problems that name it. */
export interface EntryFiles {
  case?: (id: string) => string;
  actor?: (id: string) => string;
  event?: (id: string) => string;
}

/** Return raw collections, by id, as the harness's list of entries. */
function toEntries(raw: Partial<RawCollections>, files: EntryFiles): RawEntry[] {
  const {
    case: casePath = (id: string) => `cases/${id}.mdx`,
    actor: actorPath = (id: string) => `actors/${id}.yaml`,
    event: eventPath = (id: string) => `events/${id}.mdx`,
  } = files;
  const list = (collection: CollectionName, path: (id: string) => string) =>
    Object.entries(raw[collection] ?? {}).map(([id, data]) => ({
      collection,
      id,
      file: path(id),
      data,
    }));
  return [...list('cases', casePath), ...list('actors', actorPath), ...list('events', eventPath)];
}

/**
 * Build the model of raw frontmatter by id with the harness's one model builder, and return it
 * with every problem found (for tests of the problems).
 */
export function buildFromRaw(
  raw: Partial<RawCollections>,
  files: EntryFiles = {},
): ReturnType<typeof buildModelFromRaw> {
  return buildModelFromRaw(toEntries(raw, files));
}

/**
 * Build a checked model from raw frontmatter by id. Fails on any error; `eventPath` gives an
 * event's file (for messages that name it).
 */
export function modelFromRaw(
  raw: RawCollections,
  eventPath: (id: string) => string = (id) => `events/${id}.mdx`,
): Model {
  return checkedModelFromRaw(toEntries(raw, { event: eventPath }), 'the test model');
}

/** Build a checked model of events over a default case and court, overridden or extended. */
export function makeModel(
  events: Record<string, Raw>,
  cases: Record<string, Raw> = {},
  actors: Record<string, Raw> = {},
): Model {
  return modelFromRaw({
    cases: {
      'case-a': rawCase(),
      ...cases,
    },
    actors: { 'court-a': { name: 'Court A', kind: 'court' }, ...actors },
    events,
  });
}
