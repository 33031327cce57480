import { buildModel } from '../../src/lib/model/build';
import type { Model } from '../../src/lib/model/types';
import { actorSchema } from '../../src/schemas/actor';
import { caseSchema } from '../../src/schemas/case';
import { eventSchema } from '../../src/schemas/event';

const base = {
  summary: 'A synthetic event.',
  status: 'occurred',
  kind: 'ruling',
  cases: ['sample-case'],
  published: '2024-01-11',
};

/** Return a small synthetic model: one case, a court, an NGO and a person, and events with the given dates. */
export function sampleModel(
  events: { id: string; date: string; fields?: Record<string, unknown> }[],
): Model {
  const { model, problems } = buildModel({
    cases: [
      {
        id: 'sample-case',
        filePath: 'cases/sample-case.mdx',
        data: caseSchema.parse({
          title: 'Sample Case',
          summary: 'S.',
          status: 'ongoing',
          jurisdictions: ['DE'],
          published: '2024-01-11',
        }),
      },
    ],
    actors: [
      {
        id: 'sample-court',
        filePath: 'actors/sample-court.yaml',
        data: actorSchema.parse({ name: 'Sample Court', kind: 'court', country: 'DE' }),
      },
      {
        id: 'sample-ngo',
        filePath: 'actors/sample-ngo.yaml',
        data: actorSchema.parse({ name: 'Sample NGO', kind: 'ngo', aliases: ['SN'] }),
      },
      {
        id: 'sample-person',
        filePath: 'actors/sample-person.yaml',
        data: actorSchema.parse({ name: 'Sam Ple', kind: 'person', country: 'DE' }),
      },
    ],
    events: events.map(({ id, date, fields }) => ({
      id,
      filePath: `events/sample-case/${id}.mdx`,
      data: eventSchema.parse({
        ...base,
        title: `Event ${id}`,
        date,
        sources: [
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
        ],
        ...fields,
      }),
    })),
  });
  if (problems.length > 0) throw new Error(problems.map((p) => p.expected).join('\n'));
  return model;
}
