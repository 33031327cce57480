import { actorSchema } from '../../schemas/actor';
import { caseSchema } from '../../schemas/case';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  CASE_STATUSES,
  EVENT_KINDS,
  EVENT_STATUSES,
  SOURCE_KINDS,
} from '../../schemas/enums';
import { eventSchema } from '../../schemas/event';
import { anchorDay, parseEventDate } from '../dates';
import { nearIds } from '../model/problems';
import { createPaths } from '../paths';
import { zodIssueToProblems, type ZodIssueLike } from '../check/zod-problems';
import { formatProblem } from '../model/problems';
import {
  checkDate,
  checkId,
  checkText,
  checkUrl,
  describeDate,
  oneOf,
  type Answers,
  type FieldSpec,
} from './fields';
import { toMdxFile, toYaml } from './frontmatter';
import { eventSlug, slugFromText } from './slug';

/** What the scaffold knows about the knowledge base it writes into. */
export interface ScaffoldContext {
  /** Ids of the cases and actors that exist, to check references as they are typed. */
  caseIds: string[];
  actorIds: string[];
  /** Today as an ISO day: the entry's `published`. */
  today: string;
  /** Files already there, by `collection/id`, so no id is used twice across folders. */
  existing?: Map<string, string>;
}

/** A file the scaffold is about to write, relative to the content folder, and its site path. */
export interface ScaffoldFile {
  /** Path inside the content folder: `events/<case>/<id>.mdx`. */
  path: string;
  id: string;
  text: string;
  /** The page's path on the site under `base`, for the preview URL. */
  pagePath: string;
}

function knownId(ids: string[], what: string, folder: string): (value: string) => string {
  return (value) => {
    checkId(value);
    if (ids.includes(value)) return value;
    const near = nearIds(value, ids);
    const hint =
      near.length > 0
        ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}?`
        : `create it first with npm run new:${what}`;
    throw new Error(`"${value}" is not a known ${what} in content/${folder}/; ${hint}`);
  };
}

function actorRole(ids: string[]): (value: string) => string {
  const actor = knownId(ids, 'actor', 'actors');
  const role = oneOf(ACTOR_ROLES, 'role');
  return (value) => {
    const [id = '', r = ''] = value.split(':');
    if (!r) throw new Error(`"${value}" needs a role; write id:role, like court-cologne:court`);
    return `${actor(id.trim())}:${role(r.trim())}`;
  };
}

/** Return the questions `new:event` asks, in order. */
export function eventFields(ctx: ScaffoldContext): FieldSpec[] {
  return [
    { flag: 'title', question: 'Title (a short headline)?', required: true, check: checkText },
    {
      flag: 'summary',
      question: 'Summary (one or two sentences, from the sources)?',
      required: true,
      check: checkText,
    },
    {
      flag: 'date',
      question: 'Date (EDTF: 2025-05-23, 2025-04, ../2025-05-23, 2025-05-23~)?',
      required: true,
      check: checkDate,
      echo: describeDate,
    },
    {
      flag: 'case',
      question: `Case id (${ctx.caseIds.join(', ') || 'none yet: run npm run new:case first'})?`,
      required: true,
      check: knownId(ctx.caseIds, 'case', 'cases'),
      fallback: () => (ctx.caseIds.length === 1 ? ctx.caseIds[0] : undefined),
    },
    {
      flag: 'kind',
      question: `Kind (${EVENT_KINDS.join(', ')})?`,
      required: true,
      check: oneOf(EVENT_KINDS, 'event kind'),
    },
    {
      flag: 'status',
      question: `Status (${EVENT_STATUSES.join(', ')})?`,
      required: true,
      check: oneOf(EVENT_STATUSES, 'status'),
      // An event announced for a day still to come is scheduled until a source says it happened.
      fallback: (a) =>
        a.date && anchorDay(parseEventDate(a.date)) > ctx.today ? 'scheduled' : 'occurred',
    },
    {
      flag: 'source-title',
      question: 'First source: its title?',
      required: true,
      check: checkText,
    },
    {
      flag: 'source-publisher',
      question: 'First source: publisher?',
      required: false,
      check: checkText,
    },
    {
      flag: 'source-url',
      question: 'First source: web address?',
      required: false,
      check: checkUrl,
    },
    {
      flag: 'source-date',
      question: 'First source: published on (EDTF)?',
      required: false,
      check: checkDate,
    },
    {
      flag: 'source-kind',
      question: 'First source: primary (the document itself) or secondary (a report on it)?',
      required: true,
      check: oneOf(SOURCE_KINDS, 'source kind'),
      fallback: () => 'secondary',
    },
    {
      flag: 'source-id',
      question: 'First source: id for <Cite id="…" />',
      required: false,
      check: checkId,
      flagOnly: true,
    },
    {
      flag: 'actor',
      question: 'An actor as id:role',
      required: false,
      check: actorRole(ctx.actorIds),
      flagOnly: true,
      multiple: true,
    },
    {
      flag: 'court',
      question: 'The court or authority (actor id)',
      required: false,
      check: knownId(ctx.actorIds, 'actor', 'actors'),
      flagOnly: true,
    },
    {
      flag: 'jurisdiction',
      question: 'Jurisdiction (DE, EU…)',
      required: false,
      check: checkText,
      flagOnly: true,
    },
    {
      flag: 'docket',
      question: 'Docket number as the court gives it',
      required: false,
      check: checkText,
      flagOnly: true,
    },
  ];
}

/** Return the questions `new:case` asks, in order. */
export function caseFields(): FieldSpec[] {
  return [
    { flag: 'title', question: 'Case title?', required: true, check: checkText },
    {
      flag: 'summary',
      question: 'Summary (one or two sentences)?',
      required: true,
      check: checkText,
    },
    {
      flag: 'status',
      question: `Status (${CASE_STATUSES.join(', ')})?`,
      required: true,
      check: oneOf(CASE_STATUSES, 'case status'),
      fallback: () => 'ongoing',
    },
    {
      flag: 'jurisdictions',
      question: 'Jurisdictions, comma-separated (DE, EU)?',
      required: false,
      check: checkText,
    },
    {
      flag: 'id',
      question: 'Id (the file name)?',
      required: true,
      check: checkId,
      fallback: (a) => (a.title ? slugFromText(a.title) : undefined),
    },
  ];
}

/** Return the questions `new:actor` asks, in order. */
export function actorFields(): FieldSpec[] {
  return [
    { flag: 'name', question: 'Name?', required: true, check: checkText },
    {
      flag: 'kind',
      question: `Kind (${ACTOR_KINDS.join(', ')})?`,
      required: true,
      check: oneOf(ACTOR_KINDS, 'actor kind'),
    },
    {
      flag: 'country',
      question: 'Country (ISO code such as DE)?',
      required: false,
      check: checkText,
    },
    { flag: 'url', question: 'Website?', required: false, check: checkUrl },
    {
      flag: 'description',
      question: 'One sentence on who this is, from the sources?',
      required: false,
      check: checkText,
    },
    {
      flag: 'id',
      question: 'Id (the file name)?',
      required: true,
      check: checkId,
      fallback: (a) => (a.name ? slugFromText(a.name) : undefined),
    },
  ];
}

function refuseTaken(ctx: ScaffoldContext, collection: string, id: string): void {
  const file = ctx.existing?.get(`${collection}/${id}`);
  if (file)
    throw new Error(
      `${file} already has the id "${id}"; edit that file, or choose another title or date`,
    );
}

function validateOrThrow(
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: unknown[] } } },
  file: string,
  data: unknown,
): void {
  const result = schema.safeParse(data);
  if (result.success) return;
  const lines = (result.error?.issues ?? [])
    .flatMap((issue) => zodIssueToProblems(file, data, issue as ZodIssueLike))
    .map(formatProblem);
  throw new Error(`the scaffold would write an invalid file:\n${lines.join('\n')}`);
}

const compact = <T extends Record<string, unknown>>(data: T): T =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;

const EVENT_BODY = `{/* Write what happened, in your own words, from the sources. Cite a source with <Cite id="SOURCE_ID" />,
    quote one with <Quote source="SOURCE_ID">…</Quote>, point to another event with <EventRef id="…" />.
    Say what the sources leave open (an unknown day, an unnamed court). See content/AUTHORING.md. */}`;

/** Return the event file for the answers: frontmatter written by the yaml library, a guiding comment as body. */
export function scaffoldEvent(a: Answers, ctx: ScaffoldContext, base = '/'): ScaffoldFile {
  const date = parseEventDate(a.date);
  const id = eventSlug(date, a.title as string);
  const caseId = a.case as string;
  const sourceId =
    a['source-id'] ??
    slugFromText(
      [a['source-publisher'] ?? a['source-title'], a['source-date']].filter(Boolean).join(' '),
      40,
    );
  const source = compact({
    id: sourceId,
    title: a['source-title'],
    publisher: a['source-publisher'],
    published: a['source-date'],
    url: a['source-url'],
    kind: a['source-kind'],
  });
  const actors = (a.actor ?? '')
    .split('\n')
    .filter(Boolean)
    .map((pair) => {
      const [actorId, role] = pair.split(':');
      return { id: actorId, role };
    });
  const data = compact({
    title: a.title,
    summary: a.summary,
    date: a.date,
    status: a.status,
    kind: a.kind,
    cases: [caseId],
    actors,
    jurisdiction: a.jurisdiction,
    court: a.court,
    docket: a.docket,
    sources: [source],
    published: ctx.today,
  });
  const path = `events/${caseId}/${id}.mdx`;
  refuseTaken(ctx, 'events', id);
  validateOrThrow(eventSchema, path, data);
  return {
    path,
    id,
    text: toMdxFile(data, EVENT_BODY.replace(/SOURCE_ID/g, sourceId)),
    pagePath: createPaths(base).event(id),
  };
}

/** Return the case file for the answers. */
export function scaffoldCase(a: Answers, ctx: ScaffoldContext, base = '/'): ScaffoldFile {
  const id = a.id as string;
  const jurisdictions = (a.jurisdictions ?? '')
    .split(',')
    .map((j) => j.trim())
    .filter(Boolean);
  const data = compact({
    title: a.title,
    summary: a.summary,
    jurisdictions,
    status: a.status,
    published: ctx.today,
  });
  const path = `cases/${id}.mdx`;
  refuseTaken(ctx, 'cases', id);
  validateOrThrow(caseSchema, path, data);
  const body =
    '{/* The case overview: what the matter is, who the parties are, where it stands. From the sources. */}';
  return { path, id, text: toMdxFile(data, body), pagePath: createPaths(base).case(id) };
}

/** Return the actor file for the answers. */
export function scaffoldActor(a: Answers, ctx: ScaffoldContext, base = '/'): ScaffoldFile {
  const id = a.id as string;
  const data = compact({
    name: a.name,
    kind: a.kind,
    country: a.country,
    url: a.url,
    description: a.description,
  });
  const path = `actors/${id}.yaml`;
  refuseTaken(ctx, 'actors', id);
  validateOrThrow(actorSchema, path, data);
  return { path, id, text: toYaml(data), pagePath: createPaths(base).actor(id) };
}
