import { actorSchema } from '../../src/schemas/actor';
import { caseSchema } from '../../src/schemas/case';
import { eventSchema } from '../../src/schemas/event';
import type { Entry } from '../../src/lib/model/types';
import type { ModelInput } from '../../src/lib/model/build';

/** Return a parsed synthetic event entry; `data` overrides the defaults. */
export function eventEntry(
  id: string,
  data: Record<string, unknown> = {},
): ModelInput['events'][number] {
  return {
    id,
    filePath: `content/events/demo/${id}.mdx`,
    data: eventSchema.parse({
      title: `Event ${id}`,
      summary: 'Synthetic.',
      date: '2025-05-23',
      kind: 'filing',
      cases: ['demo-case'],
      sources: [{ title: 'Source', publisher: 'Fixture Press' }],
      published: '2026-01-01',
      ...data,
    }),
  };
}

/** Return a parsed synthetic case entry. */
export function caseEntry(
  id: string,
  data: Record<string, unknown> = {},
): ModelInput['cases'][number] {
  return {
    id,
    filePath: `content/cases/${id}.mdx`,
    data: caseSchema.parse({
      title: `Case ${id}`,
      summary: 'Synthetic.',
      status: 'ongoing',
      published: '2026-01-01',
      ...data,
    }),
  };
}

/** Return a parsed synthetic actor entry. */
export function actorEntry(
  id: string,
  data: Record<string, unknown> = {},
): Entry<ReturnType<typeof actorSchema.parse>> {
  return {
    id,
    filePath: `content/actors/${id}.yaml`,
    data: actorSchema.parse({ name: `Actor ${id}`, kind: 'company', ...data }),
  };
}
