import { actorSchema, type ActorData } from '../../schemas/actor';
import { caseSchema, type CaseData } from '../../schemas/case';
import { eventSchema, type EventData } from '../../schemas/event';
import { buildModel } from '../model/build';
import { expectedId } from '../model/problems';
import type { ContentProblem, Entry } from '../model/types';
import { checkMdxBody, type BodyRef } from '../mdx/body';
import { SITE } from '../site-config';
import {
  checkArchived,
  checkOnlySecondary,
  checkPastScheduled,
  checkReviewed,
  checkStaleCase,
  DEFAULT_STALE_MONTHS,
} from './editorial';
import { findRawReferenceProblems } from './raw-refs';
import { findTreeProblems, readContentTree, type CollectionName, type RawFile } from './read';
import { zodIssueToProblems } from './zod-problems';

/** What the content check needs besides the files. */
export interface CheckOptions {
  /** Today as an ISO day; passed in so the check is reproducible. */
  today: string;
  /** Months an `ongoing` case may go without an event. */
  staleMonths?: number;
  /** Months after which a case's `reviewed:` day is reported as old. */
  reviewMonths?: number;
}

const SCHEMAS = { cases: caseSchema, actors: actorSchema, events: eventSchema } as const;

interface Valid {
  cases: Entry<CaseData>[];
  actors: Entry<ActorData>[];
  events: Entry<EventData>[];
}

function validate(
  files: RawFile[],
  problems: ContentProblem[],
): { valid: Valid; invalid: Set<string> } {
  const valid: Valid = { cases: [], actors: [], events: [] };
  const invalid = new Set<string>();
  for (const raw of files) {
    problems.push(...raw.problems);
    if (raw.data === undefined) {
      invalid.add(`${raw.collection}/${raw.id}`);
      continue;
    }
    const schema = SCHEMAS[raw.collection];
    const result = schema.safeParse(raw.data);
    if (result.success) {
      (valid[raw.collection] as Entry<unknown>[]).push({
        id: raw.id,
        filePath: raw.file,
        data: result.data,
      });
    } else {
      invalid.add(`${raw.collection}/${raw.id}`);
      const known = Object.keys(schema.shape);
      for (const issue of result.error.issues)
        problems.push(...zodIssueToProblems(raw.file, raw.data, issue, known));
    }
  }
  return { valid, invalid };
}

/** Report every id used by more than one file in a collection (ids are file names, unique across folders). */
export function findDuplicateIds(files: RawFile[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const raw of files) {
    const key = `${raw.collection}/${raw.id}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, raw.file);
      continue;
    }
    problems.push({
      file: raw.file,
      field: '(file name)',
      found: `the id "${raw.id}", already used by ${first}`,
      expected: `expected a unique file name in content/${raw.collection}/; rename one of the two files`,
      severity: 'error',
    });
  }
  return problems;
}

const REF_FIELD = { Cite: '<Cite id>', Quote: '<Quote source>', EventRef: '<EventRef id>' };

/** Return a problem for every `<Cite>`, `<Quote>` or `<EventRef>` whose id names nothing. */
function checkBodyRefs(
  raw: RawFile,
  refs: BodyRef[],
  event: Entry<EventData> | undefined,
  eventIds: Set<string>,
): ContentProblem[] {
  const sourceIds = new Set(
    (event?.data.sources ?? []).map((s) => s.id).filter((id): id is string => Boolean(id)),
  );
  return refs.flatMap((ref): ContentProblem[] => {
    const at = {
      file: raw.file,
      line: ref.line,
      column: ref.column,
      field: REF_FIELD[ref.component],
    };
    if (ref.component === 'EventRef') {
      if (eventIds.has(ref.id)) return [];
      const expected = expectedId('event', 'events', ref.id, eventIds);
      return [{ ...at, found: `"${ref.id}"`, expected, severity: 'error' }];
    }
    if (!event) {
      const expected = `expected <${ref.component}> only in an event's body, where it cites one of the event's sources`;
      return [{ ...at, found: `<${ref.component}> in a case's body`, expected, severity: 'error' }];
    }
    if (sourceIds.has(ref.id)) return [];
    const ids = [...sourceIds].map((id) => `"${id}"`).join(', ');
    const expected = ids
      ? `expected the id of one of this event's sources: ${ids}`
      : "expected the id of one of this event's sources; give the source an id: in its sources: entry";
    return [{ ...at, found: `"${ref.id}"`, expected, severity: 'error' }];
  });
}

/** Return the problems that do not stop a build but leave readers short: see src/lib/check/editorial.ts. */
export function editorialWarnings(valid: Valid, options: CheckOptions): ContentProblem[] {
  const months = options.staleMonths ?? DEFAULT_STALE_MONTHS;
  return [
    ...valid.cases.flatMap((c) => [
      ...checkStaleCase(c, valid.events, options.today, months),
      ...checkReviewed(c, options.today, options.reviewMonths ?? SITE.reviewMonths),
    ]),
    ...valid.events.flatMap((e) => [
      ...checkPastScheduled(e, options.today),
      ...checkOnlySecondary(e),
      ...checkArchived(e),
    ]),
  ];
}

const ORDER: Record<CollectionName, number> = { cases: 0, actors: 1, events: 2 };

/** The findings of a check, and how many content files it read. */
export interface CheckResult {
  problems: ContentProblem[];
  fileCount: number;
}

/**
 * Check the content folder the build reads: the tree itself (folder, names), then every file.
 * `npm run check` and the build both call this, so both report the same lines.
 */
export function checkContentTree(
  root: string,
  options: CheckOptions,
  cwd = process.cwd(),
): CheckResult {
  const treeProblems = findTreeProblems(root, cwd);
  if (treeProblems.some((p) => p.field === 'CASETRAIL_CONTENT'))
    return { problems: treeProblems, fileCount: 0 };
  const files = readContentTree(root, cwd);
  return { problems: [...treeProblems, ...checkContent(files, options)], fileCount: files.length };
}

/**
 * Check a content tree without building the site: schemas, references, duplicate ids, the ids
 * used in MDX bodies, and the editorial warnings. Errors first, then warnings, each by file.
 */
export function checkContent(files: RawFile[], options: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { valid, invalid } = validate(files, problems);
  problems.push(...findDuplicateIds(files));
  // An entry that failed its schema is still a known id; do not report references to it as unknown.
  const skip = new Set([...invalid].map((key) => `"${key.split('/')[1]}"`));
  problems.push(...buildModel(valid).problems.filter((p) => !skip.has(p.found)));
  const ids = (c: CollectionName) =>
    new Set(files.filter((f) => f.collection === c).map((f) => f.id));
  const known = { cases: ids('cases'), actors: ids('actors'), events: ids('events') };
  for (const raw of files) {
    if (raw.data === undefined || !invalid.has(`${raw.collection}/${raw.id}`)) continue;
    const reported = new Set(problems.filter((p) => p.file === raw.file).map((p) => p.field));
    problems.push(...findRawReferenceProblems(raw, known, reported));
  }
  const eventIds = known.events;
  const validEvents = new Map(valid.events.map((e) => [e.filePath, e]));
  const invalidEvents = new Set([...invalid].filter((key) => key.startsWith('events/')));
  // Every MDX body is read, valid frontmatter or not: a body that runs code is refused regardless.
  for (const raw of files) {
    if (raw.collection === 'actors' || raw.data === undefined) continue;
    const { problems: bodyProblems, refs } = checkMdxBody(raw.file, raw.body, raw.bodyLine);
    problems.push(...bodyProblems);
    const event = validEvents.get(raw.file);
    if (raw.collection === 'events' && !event) continue; // its sources are unknown
    if (invalidEvents.size > 0 && raw.collection === 'cases') continue;
    problems.push(...checkBodyRefs(raw, refs, event, eventIds));
  }
  problems.push(...editorialWarnings(valid, options));
  const rank = new Map(files.map((f, i) => [f.file, ORDER[f.collection] * 1e6 + i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (a.p.severity === b.p.severity ? 0 : a.p.severity === 'error' ? -1 : 1) ||
        (rank.get(a.p.file) ?? 0) - (rank.get(b.p.file) ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}
