import {
  COMPACT_VERSION,
  CompactTimelineError,
  type CompactActors,
  type CompactTimeline,
} from './compact';
import type { EventDetails } from './details';

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

// One entry per event (or `length()` entries), each passing `check`.
const column =
  (check: Check, length: () => number): Check =>
  (v) =>
    listOf(check)(v) && (v as unknown[]).length === length();
const size = (d: Record<string, unknown>, field: string) =>
  Array.isArray(d[field]) ? (d[field] as unknown[]).length : 0;

/** Return `d` when every field passes its rule, in order; else throw naming the first that fails. */
function checkFields<T>(d: Record<string, unknown>, source: string, rules: [string, Check][]): T {
  for (const [field, ok] of rules)
    if (!ok(d[field]))
      throw new CompactTimelineError(
        `${source}: "${field}" is not Casetrail chart data v${COMPACT_VERSION}; rebuild, or point src at a .timeline.json`,
      );
  return d as T;
}

/**
 * Return the document as a compact timeline when it has that shape, or throw a
 * CompactTimelineError naming `source` and the first field that is wrong.
 */
export function checkCompactTimeline(value: unknown, source: string): CompactTimeline {
  const d = object(value);
  const n = size(d, 'id');
  const perEvent = (check: Check) => column(check, () => n);
  const orEmpty =
    (check: Check): Check =>
    (v) =>
      (Array.isArray(v) && v.length === 0) || check(v);
  const text2 = tuple(isText, isText);
  const rules: [string, Check][] = [
    ['v', (v) => v === COMPACT_VERSION],
    ['id', listOf(isText)],
    ['forms', listOf(tuple(isText, isText, isText, isText, isText))],
    ['cases', listOf(isText)],
    ['actors', listOf(isText)],
    ['actorNames', column(isText, () => size(d, 'actors'))],
    ['linkKinds', listOf(text2)],
    ['title', perEvent(isText)],
    ['when', perEvent(isText)],
    ['summary', orEmpty(perEvent(isText))],
    ['form', perEvent((v) => below(size(d, 'forms'))(v))],
    ['a0', perEvent(isInt)],
    ['length', perEvent((v) => isInt(v) && (v as number) > 0)],
    ['start', perEvent(isIntOrNull)],
    ['end', perEvent(isIntOrNull)],
    ['eventCases', perEvent((v) => listOf(below(size(d, 'cases')))(v))],
    ['eventActors', orEmpty(perEvent((v) => listOf(below(size(d, 'actors')))(v)))],
    [
      'links',
      perEvent(
        listOf((v) => tuple(below(size(d, 'linkKinds')), (e) => below(n)(e) || isText(e))(v)),
      ),
    ],
    // Members are differences from the previous one: each running sum must be an event's index.
    [
      'lanes',
      listOf((v) => {
        const lane = object(v);
        let at = 0;
        return (
          isText(lane.id) &&
          isText(lane.label) &&
          listOf((m) => isInt(m) && below(n)((at += m as number)))(lane.members)
        );
      }),
    ],
    ['laneBy', (v) => ['case', 'actor', 'kind'].includes(v as string)],
    [
      'extent',
      (v) =>
        tuple(Number.isFinite, Number.isFinite)(v) && (v as number[])[0]! < (v as number[])[1]!,
    ],
    ['url', text2],
    ['names', record],
    ['urls', record],
    ['case', (v) => v === null || [object(v).id, object(v).title, object(v).url].every(isText)],
    [
      'details',
      (v) => {
        const r = object(v);
        return (
          v === null ||
          (text2(r.url) &&
            isInt(r.size) &&
            (r.size as number) > 0 &&
            isText(r.key) &&
            isText(r.actors))
        );
      },
    ],
    ['site', isText],
    ['home', isText],
  ];
  return checkFields(d, source, rules);
}

/** Return a fetched actors file when it is that of a chart of `count` events with this key. */
export function checkCompactActors(
  value: unknown,
  source: string,
  expected: { key: string; count: number },
): CompactActors {
  const d = object(value);
  const actors = () => size(d, 'actors');
  return checkFields(d, source, [
    ['v', (v) => v === COMPACT_VERSION],
    ['key', (v) => v === expected.key],
    ['actors', listOf(isText)],
    ['actorNames', column(isText, actors)],
    [
      'eventActors',
      column(
        (v) => listOf(below(actors()))(v),
        () => expected.count,
      ),
    ],
  ]);
}

/** Return a fetched details chunk when it is the one from event `first` of the chart with this key. */
export function checkEventDetails(
  value: unknown,
  source: string,
  expected: { key: string; first: number; count: number },
): EventDetails {
  const d = object(value);
  const each = (check: Check) => column(check, () => expected.count);
  return checkFields(d, source, [
    ['v', (v) => v === COMPACT_VERSION],
    ['key', (v) => v === expected.key],
    ['first', (v) => v === expected.first],
    ['summary', each(isText)],
    ['note', each(isText)],
    ['media', each((m) => m === null || (typeof m === 'object' && !Array.isArray(m)))],
  ]);
}
