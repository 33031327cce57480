import { expectedId } from '../model/problems';
import type { ContentProblem } from '../model/types';
import type { RawFile } from './read';

/** The ids that exist in each collection, valid entries or not. */
export interface KnownIds {
  cases: Set<string>;
  actors: Set<string>;
  events: Set<string>;
}

type Target = keyof KnownIds;

const KIND: Record<Target, string> = { cases: 'case', actors: 'actor', events: 'event' };

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** Return every reference in an entry's raw YAML, as [field, value, collection it points into]. */
function references(raw: RawFile): [string, unknown, Target][] {
  const data = raw.data;
  if (raw.collection === 'cases')
    return list(field(data, 'proceedings')).flatMap((p, i): [string, unknown, Target][] => [
      [`proceedings[${i}].court`, field(p, 'court'), 'actors'],
      ...list(field(p, 'parties')).map((party, j): [string, unknown, Target] => [
        `proceedings[${i}].parties[${j}].id`,
        field(party, 'id'),
        'actors',
      ]),
    ]);
  if (raw.collection !== 'events') return [];
  return [
    ...list(field(data, 'cases')).map((c, i): [string, unknown, Target] => [
      `cases[${i}]`,
      c,
      'cases',
    ]),
    ...list(field(data, 'actors')).map((a, i): [string, unknown, Target] => [
      `actors[${i}].id`,
      field(a, 'id'),
      'actors',
    ]),
    ['court', field(data, 'court'), 'actors'],
    ...list(field(data, 'links')).map((l, i): [string, unknown, Target] => [
      `links[${i}].event`,
      field(l, 'event'),
      'events',
    ]),
  ];
}

/**
 * Return the unknown references of an entry that failed its schema, so an editor sees every
 * mistake in one round; the model checks references of valid entries. Fields already reported
 * (`reported`) are left alone.
 */
export function findRawReferenceProblems(
  raw: RawFile,
  known: KnownIds,
  reported: Set<string>,
): ContentProblem[] {
  return references(raw).flatMap(([path, value, target]): ContentProblem[] => {
    if (typeof value !== 'string' || known[target].has(value) || reported.has(path)) return [];
    return [
      {
        file: raw.file,
        field: path,
        found: `"${value}"`,
        expected: expectedId(KIND[target], target, value, known[target]),
        severity: 'error',
      },
    ];
  });
}
