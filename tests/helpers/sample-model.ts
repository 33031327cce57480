import type { Model } from '../../src/lib/model/types';
import { modelFromRaw } from './model';

const base = {
  summary: 'A synthetic event.',
  status: 'occurred',
  kind: 'ruling',
  cases: ['sample-case'],
  published: '2024-01-11',
};

const SOURCES = [
  {
    id: 'first',
    title: 'First source',
    publisher: 'Example Press',
    url: 'https://example.org/1',
    archived: 'https://web.archive.org/web/1/https://example.org/1',
    published: '2024-02',
    language: 'de',
  },
  { id: 'second', title: 'Second source', kind: 'primary' },
];

/** Return a small synthetic model: one case, a court, an NGO and a person, and events with the given dates. */
export function sampleModel(
  events: { id: string; date: string; fields?: Record<string, unknown> }[],
): Model {
  return modelFromRaw(
    {
      cases: {
        'sample-case': {
          title: 'Sample Case',
          summary: 'S.',
          status: 'ongoing',
          jurisdictions: ['DE'],
          published: '2024-01-11',
        },
      },
      actors: {
        'sample-court': { name: 'Sample Court', kind: 'court', country: 'DE' },
        'sample-ngo': { name: 'Sample NGO', kind: 'ngo', aliases: ['SN'] },
        'sample-person': { name: 'Sam Ple', kind: 'person', country: 'DE' },
      },
      events: Object.fromEntries(
        events.map(({ id, date, fields }) => [
          id,
          { ...base, title: `Event ${id}`, date, sources: SOURCES, ...fields },
        ]),
      ),
    },
    (id) => `events/sample-case/${id}.mdx`,
  );
}
