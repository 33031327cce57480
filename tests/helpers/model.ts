import { actorSchema } from '../../src/schemas/actor';
import { caseSchema } from '../../src/schemas/case';
import { eventSchema } from '../../src/schemas/event';
import { buildModel } from '../../src/lib/model/build';
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

/** Raw frontmatter of each collection, by id, as editors would write it. */
export interface RawCollections {
  cases: Record<string, Raw>;
  actors: Record<string, Raw>;
  events: Record<string, Raw>;
}

/**
 * Build a checked model from raw frontmatter, parsed by the real schemas: the one model builder
 * of the tests. Fails on any error; `eventPath` gives an event's file (for messages that name it).
 */
export function modelFromRaw(
  raw: RawCollections,
  eventPath: (id: string) => string = (id) => `events/${id}.mdx`,
): Model {
  const { model, problems } = buildModel({
    cases: Object.entries(raw.cases).map(([id, data]) => ({
      id,
      filePath: `cases/${id}.mdx`,
      data: caseSchema.parse(data),
    })),
    actors: Object.entries(raw.actors).map(([id, data]) => ({
      id,
      filePath: `actors/${id}.yaml`,
      data: actorSchema.parse(data),
    })),
    events: Object.entries(raw.events).map(([id, data]) => ({
      id,
      filePath: eventPath(id),
      data: eventSchema.parse(data),
    })),
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`test model has problems: ${JSON.stringify(errors)}`);
  return model;
}

/** Build a checked model of events over a default case and court, overridden or extended. */
export function makeModel(
  events: Record<string, Raw>,
  cases: Record<string, Raw> = {},
  actors: Record<string, Raw> = {},
): Model {
  return modelFromRaw({
    cases: {
      'case-a': { title: 'Case A', summary: 'A case.', status: 'ongoing', published: '2025-06-01' },
      ...cases,
    },
    actors: { 'court-a': { name: 'Court A', kind: 'court' }, ...actors },
    events,
  });
}
