import {
  COMPACT_VERSION,
  CompactTimelineError,
  type CompactActors,
  type CompactTimeline,
  type EventIds,
  type EventNames,
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
const isCount: Check = (v) => isInt(v) && (v as number) >= 0;
const isPositive: Check = (v) => isInt(v) && (v as number) > 0;
const isBit: Check = (v) => v === 0 || v === 1;
// Differences from the one before (the first from 0): each running sum an index past the last.
const ascending =
  (n: number): Check =>
  (v) => {
    let at = -1;
    return listOf((m) => {
      const next = Math.max(at, 0) + (m as number);
      return isInt(m) && next > at && next < n && ((at = next), true);
    })(v);
  };
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
  const n = isInt(d.count) ? (d.count as number) : 0;
  const perEvent = (check: Check) => column(check, () => n);
  const orEmpty =
    (check: Check): Check =>
    (v) =>
      (Array.isArray(v) && v.length === 0) || check(v);
  const text2 = tuple(isText, isText);
  // The events whose id and title the file carries: all, or those `named` counts out.
  const named = () => (Array.isArray(d.named) ? d.named.length : n);
  const rules: [string, Check][] = [
    ['v', (v) => v === COMPACT_VERSION],
    ['count', isCount],
    ['named', (v) => v === null || ascending(n)(v)],
    ['id', column(isText, named)],
    ['forms', listOf(tuple(isText, isText, isText, isText, isText))],
    ['cases', listOf(isText)],
    ['actors', listOf(isText)],
    ['actorNames', column(isText, () => size(d, 'actors'))],
    ['linkKinds', listOf(text2)],
    ['title', column(isText, named)],
    ['when', perEvent(isText)],
    ['summary', orEmpty(perEvent(isText))],
    ['form', perEvent((v) => below(size(d, 'forms'))(v))],
    ['a0', perEvent(isInt)],
    ['length', perEvent(isPositive)],
    ['start', perEvent(isIntOrNull)],
    ['end', perEvent(isIntOrNull)],
    ['eventCases', perEvent((v) => listOf(below(size(d, 'cases')))(v))],
    ['eventActors', orEmpty(perEvent((v) => listOf(below(size(d, 'actors')))(v)))],
    [
      'links',
      orEmpty(
        perEvent(
          listOf((v) => tuple(below(size(d, 'linkKinds')), (e) => below(n)(e) || isText(e))(v)),
        ),
      ),
    ],
    // Which events link within the chart, when the links come with the details.
    [
      'linked',
      (v) =>
        (v === null && size(d, 'links') === n) || (size(d, 'links') === 0 && perEvent(isBit)(v)),
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
          (lane.members === null ||
            listOf((m) => isInt(m) && below(n)((at += m as number)))(lane.members)) &&
          (lane.longest === undefined || isCount(lane.longest))
        );
      }),
    ],
    // Each width's lane plan (lines and 0/1 clusters per lane) and the events it reads.
    [
      'fit',
      (v) =>
        v === null ||
        listOf((h) => {
          const f = object(h);
          const perLane = (check: Check) => column(check, () => size(d, 'lanes'));
          return (
            isPositive(f.width) &&
            // A lane's lines are few (maxLinesPerLane): a huge count would hang the layout.
            perLane((x) => isPositive(x) && (x as number) < 64)(f.lines) &&
            perLane(isBit)(f.clusters) &&
            ascending(n)(f.only)
          );
        })(v),
    ],
    ['laneBy', (v) => ['case', 'actor', 'kind'].includes(v as string)],
    [
      'extent',
      (v) =>
        tuple(Number.isFinite, Number.isFinite)(v) && (v as number[])[0]! < (v as number[])[1]!,
    ],
    ['url', text2],
    ['names', record],
    // Event URLs that do not follow the pattern, by event index.
    ['urls', record],
    ['case', (v) => v === null || [object(v).id, object(v).title, object(v).url].every(isText)],
    [
      'details',
      (v) => {
        const r = object(v);
        return (
          v === null ||
          (text2(r.url) &&
            isPositive(r.size) &&
            isText(r.key) &&
            isText(r.actors) &&
            text2(r.names) &&
            isText(r.ids))
        );
      },
    ],
    ['site', isText],
    ['home', isText],
  ];
  return checkFields(d, source, rules);
}

/** The fields every file beside a chart starts with: its version, the chart's key, its first event. */
const head = (expected: { key: string; first?: number }): [string, Check][] => [
  ['v', (v) => v === COMPACT_VERSION],
  ['key', (v) => v === expected.key],
  ...(expected.first === undefined
    ? []
    : ([['first', (v) => v === expected.first]] as [string, Check][])),
];

const isName: Check = (v) => isText(v) && v !== '';

/** Return a fetched actors file when it is that of a chart of `count` events with this key. */
export function checkCompactActors(
  value: unknown,
  source: string,
  expected: { key: string; count: number },
): CompactActors {
  const d = object(value);
  const actors = () => size(d, 'actors');
  return checkFields(d, source, [
    ...head(expected),
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

/**
 * Return a fetched details chunk when it is the one from event `first` of the chart with this key
 * (and, given `kinds`, its links' kinds are in a table of that many).
 */
export function checkEventDetails(
  value: unknown,
  source: string,
  expected: { key: string; first: number; count: number; kinds?: number },
): EventDetails {
  const d = object(value);
  const each = (check: Check) => column(check, () => expected.count);
  const kind = expected.kinds === undefined ? isCount : below(expected.kinds);
  return checkFields(d, source, [
    ...head(expected),
    ['summary', each(isText)],
    ['note', each(isText)],
    ['media', each((m) => m === null || (typeof m === 'object' && !Array.isArray(m)))],
    ['links', each(listOf(tuple(kind, (t) => isCount(t) || isText(t))))],
  ]);
}

/** Return a fetched names chunk when it is the one from event `first` of the chart with this key. */
export function checkEventNames(
  value: unknown,
  source: string,
  expected: { key: string; first: number; count: number },
): EventNames {
  const each = (check: Check) => column(check, () => expected.count);
  return checkFields(object(value), source, [
    ...head(expected),
    ['id', each(isName)],
    ['title', each(isName)],
  ]);
}

/** Return a fetched ids file when it is that of the chart of `count` events with this key. */
export function checkEventIds(
  value: unknown,
  source: string,
  expected: { key: string; count: number },
): EventIds {
  return checkFields(object(value), source, [
    ...head(expected),
    ['id', column(isName, () => expected.count)],
  ]);
}
