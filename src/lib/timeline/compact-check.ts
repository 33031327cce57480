import {
  COMPACT_VERSION,
  CompactTimelineError,
  type CompactActors,
  type CompactTimeline,
} from './compact';

// A compact timeline may come from any address (the widget's `src=`), so it is read as untrusted:
// every column has the right type and length and every index points inside its table, or the
// whole document is refused with one line naming the field. Written small: it ships in embed.js.

type Check = (value: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string';
const isInt: Check = (v) => Number.isInteger(v);
const isIntOrNull: Check = (v) => v === null || isInt(v);
const below =
  (n: number): Check =>
  (v) =>
    isInt(v) && (v as number) >= 0 && (v as number) < n;
const tuple =
  (...checks: Check[]): Check =>
  (v) =>
    Array.isArray(v) && v.length === checks.length && checks.every((c, i) => c(v[i]));
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const record: Check = (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isText);
const object = (v: unknown) =>
  (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;

/**
 * Return the document as a compact timeline when it has that shape, or throw a
 * CompactTimelineError naming `source`, the first field that is wrong, and what it should be.
 */
export function checkCompactTimeline(value: unknown, source: string): CompactTimeline {
  const d = object(value);
  const fail = (field: string, expected: string): never => {
    throw new CompactTimelineError(
      `${source}: "${field}" ${expected}; point src at a Casetrail case's .timeline.json, or rebuild the site`,
    );
  };
  if (d.v !== COMPACT_VERSION) fail('v', `must be ${COMPACT_VERSION}, found ${String(d.v)}`);
  const ids = d.id;
  if (!listOf(isText)(ids)) fail('id', 'must be a list of event ids');
  const n = (ids as unknown[]).length;
  const tables = (field: string, check: Check, size?: number) => {
    const column = d[field];
    if (!listOf(check)(column) || (size !== undefined && (column as unknown[]).length !== size))
      fail(
        field,
        size === undefined
          ? 'has an entry of the wrong form'
          : `must hold ${size} entries of the right form`,
      );
    return (column as unknown[]).length;
  };
  const forms = tables('forms', tuple(isText, isText, isText, isText, isText));
  const cases = tables('cases', isText);
  const actors = tables('actors', isText);
  const linkKinds = tables('linkKinds', tuple(isText, isText));
  for (const field of ['title', 'when']) tables(field, isText, n);
  if ((d.summary as unknown[] | undefined)?.length !== 0) tables('summary', isText, n);
  tables('actorNames', isText, actors);
  tables('form', below(forms), n);
  tables('a0', isInt, n);
  tables('length', (v) => isInt(v) && (v as number) > 0, n);
  tables('start', isIntOrNull, n);
  tables('end', isIntOrNull, n);
  tables('eventCases', listOf(below(cases)), n);
  if ((d.eventActors as unknown[] | undefined)?.length !== 0)
    tables('eventActors', listOf(below(actors)), n);
  tables('links', listOf(tuple(below(linkKinds), (v) => below(n)(v) || isText(v))), n);
  // Members are differences from the previous one: each running sum must be an event's index.
  tables('lanes', (v) => {
    const lane = object(v);
    let at = 0;
    return (
      isText(lane.id) &&
      isText(lane.label) &&
      listOf((m) => isInt(m) && below(n)((at += m as number)))(lane.members)
    );
  });
  if (!['case', 'actor', 'kind'].includes(d.laneBy as string))
    fail('laneBy', 'must be case, actor or kind');
  const extent = d.extent as number[];
  if (!tuple(Number.isFinite, Number.isFinite)(extent) || !(extent[0]! < extent[1]!))
    fail('extent', 'must be two times, the first before the second');
  if (!tuple(isText, isText)(d.url)) fail('url', 'must be two strings around an event id');
  if (!record(d.names) || !record(d.urls)) fail('names', 'and "urls" must map ids to strings');
  const kase = object(d.case);
  if (d.case !== null && ![kase.id, kase.title, kase.url].every(isText))
    fail('case', 'must be null or a case’s id, title and url');
  const details = object(d.details);
  if (
    d.details !== null &&
    !(
      tuple(isText, isText)(details.url) &&
      below(1e6)(details.size) &&
      details.size &&
      isText(details.key) &&
      isText(details.actors)
    )
  )
    fail('details', 'must be null or a chunk url, size, key and actors url');
  if (!isText(d.site) || !isText(d.home))
    fail('site', 'and "home" must be the site’s name and address');
  return d as unknown as CompactTimeline;
}

/**
 * Return a fetched actors file when it is that of a chart of `count` events with this key, else
 * throw a CompactTimelineError naming `source`.
 */
export function checkCompactActors(
  value: unknown,
  source: string,
  expected: { key: string; count: number },
): CompactActors {
  const d = object(value);
  const actors = Array.isArray(d.actors) ? d.actors.length : 0;
  if (d.v !== COMPACT_VERSION || d.key !== expected.key)
    throw new CompactTimelineError(
      `${source}: not the actors of this chart (key ${expected.key}); reload the page`,
    );
  if (
    !listOf(isText)(d.actors) ||
    !listOf(isText)(d.actorNames) ||
    (d.actorNames as unknown[]).length !== actors ||
    !listOf(listOf(below(actors)))(d.eventActors) ||
    (d.eventActors as unknown[]).length !== expected.count
  )
    throw new CompactTimelineError(
      `${source}: "actors", "actorNames" and "eventActors" must name the actors of ${expected.count} events`,
    );
  return d as unknown as CompactActors;
}
