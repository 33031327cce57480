import { describe, expect, test } from 'vitest';
import {
  applyActors,
  compactTimeline,
  COMPACT_VERSION,
  expandTimeline,
  splitActors,
} from '../../../src/lib/timeline/compact';
import {
  checkCompactActors,
  checkCompactTimeline,
  checkEventIds,
  checkEventNames,
} from '../../../src/lib/timeline/compact-check';
import { fitHints } from '../../../src/lib/timeline/layout';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';

const SOURCE = 'https://kb.example/data/cases/a.timeline.json';
const events = generateTimelineEvents(300, { cases: 3, seed: 4 });
const prepared = prepareTimeline(events, 'case', {});
// Through JSON, as the browser gets it; `named`: as a big chart's, with only these titles.
const good = (named?: Set<number>): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      compactTimeline(prepared, {
        named,
        laneBy: 'case',
        names: { 'case-1': 'The first case' },
        eventUrl: (id) => `/events/${id}/`,
        subject: { id: 'case-1', title: 'The first case', url: '/cases/case-1/' },
        site: 'Casetrail',
        details: {
          url: ['/data/cases/case-1/events/', '.json'],
          size: 250,
          key: '0123abcd',
          actors: '/data/cases/case-1/actors.json',
          names: ['/data/cases/case-1/names/', '.json'],
          ids: '/data/cases/case-1/ids.json',
        },
      }),
    ),
  ) as Record<string, unknown>;

/** The chart with its first lane changed. */
const lanesWith = (d: Record<string, unknown>, change: Record<string, unknown>) => {
  const [first, ...rest] = d.lanes as Record<string, unknown>[];
  return { ...d, lanes: [{ ...first, ...change }, ...rest] };
};

describe('checkCompactTimeline', () => {
  test('accepts what the build writes, and it expands to what prepareTimeline made', () => {
    const checked = checkCompactTimeline(good(), SOURCE);
    const expanded = expandTimeline(checked, SOURCE);
    expect(expanded.events).toEqual(prepared.events);
    expect(expanded.lanes).toEqual(prepared.lanes);
    expect(Array.from(expanded.a0)).toEqual(Array.from(prepared.a0));
  });

  test('accepts the chart without its actors; with its actors file it is whole again', () => {
    const { chart, actors } = splitActors(good() as never, 'k');
    const source = JSON.parse(JSON.stringify(chart)) as unknown;
    const expanded = expandTimeline(checkCompactTimeline(source, SOURCE), SOURCE);
    expect(expanded.events.every((e) => e.actors.length === 0)).toBe(true);
    const file = checkCompactActors(JSON.parse(JSON.stringify(actors)), SOURCE, {
      key: 'k',
      count: 300,
    });
    applyActors(expanded.events, file);
    expect(expanded.events).toEqual(prepared.events);
  });

  const broken: [string, (d: Record<string, unknown>) => unknown, string][] = [
    ['not an object', () => 'hello', `"v" is not Casetrail chart data v${COMPACT_VERSION}`],
    ['an older version', (d) => ({ ...d, v: 2 }), '"v"'],
    ['no count', (d) => ({ ...d, count: undefined }), '"count"'],
    ['a count that is not the events’', (d) => ({ ...d, count: 299 }), '"id"'],
    ['a negative count', (d) => ({ ...d, count: -1 }), '"count"'],
    ['an API case document', () => ({ version: 1, case: {}, events: [] }), '"v"'],
    ['ids that are not strings', (d) => ({ ...d, id: [1, 2] }), '"id"'],
    ['one title too few', (d) => ({ ...d, title: (d.title as string[]).slice(1) }), '"title"'],
    [
      'a title that is markup in an object',
      (d) => ({ ...d, title: [{ html: '<b>' }, ...(d.title as string[]).slice(1)] }),
      '"title"',
    ],
    [
      'a form index past its table',
      (d) => ({ ...d, form: (d.form as number[]).map(() => 999) }),
      '"form"',
    ],
    [
      'a lane member past the last event',
      (d) => ({ ...d, lanes: [{ id: 'x', label: 'X', members: [0, 400] }] }),
      '"lanes"',
    ],
    [
      'a case index past its table',
      (d) => ({ ...d, eventCases: (d.eventCases as number[][]).map(() => [7]) }),
      '"eventCases"',
    ],
    [
      'a link kind past its table',
      (d) => ({ ...d, links: (d.links as unknown[]).map(() => [[9, 0]]) }),
      '"links"',
    ],
    [
      'an empty day span',
      (d) => ({ ...d, length: (d.length as number[]).map(() => 0) }),
      '"length"',
    ],
    ['an extent backwards', (d) => ({ ...d, extent: [5, 1] }), '"extent"'],
    ['a lane’s longest title not a count', (d) => lanesWith(d, { longest: -3 }), '"lanes"'],
    ['a lane’s members as a string', (d) => lanesWith(d, { members: 'all' }), '"lanes"'],
    ['links left out and not said which link', (d) => ({ ...d, links: [] }), '"linked"'],
    [
      'links and which link at once',
      (d) => ({ ...d, linked: (d.links as unknown[]).map(() => 0) }),
      '"linked"',
    ],
    [
      'details without their names',
      (d) => ({ ...d, details: { ...(d.details as object), names: '/names/' } }),
      '"details"',
    ],
    [
      'details without their ids',
      (d) => ({ ...d, details: { ...(d.details as object), ids: undefined } }),
      '"details"',
    ],
    ['an unknown lane grouping', (d) => ({ ...d, laneBy: 'colour' }), '"laneBy"'],
    ['a case without a title', (d) => ({ ...d, case: { id: 'x', url: '/' } }), '"case"'],
    [
      'details without a key',
      (d) => ({ ...d, details: { url: ['a', 'b'], size: 250 } }),
      '"details"',
    ],
  ];
  test.each(broken)('refuses %s, naming the URL and the field', (_, breakIt, message) => {
    const call = () => checkCompactTimeline(breakIt(good()), SOURCE);
    expect(call).toThrow(message);
    expect(call).toThrow(`${SOURCE}: `);
  });
});

describe('checkCompactTimeline of a chart that names some events (a big one)', () => {
  const NAMED = new Set([0, 5, 6, 299]);
  test('accepts what the build writes, and it expands with those titles in', () => {
    const checked = checkCompactTimeline(good(NAMED), SOURCE);
    const expanded = expandTimeline(checked, SOURCE);
    expect(expanded.events.filter((e) => e.title).map((e) => e.id)).toEqual(
      [...NAMED].map((i) => prepared.events[i]!.id),
    );
  });

  const broken: [string, (d: Record<string, unknown>) => unknown, string][] = [
    ['an index repeated', (d) => ({ ...d, named: [0, 5, 0, 293] }), '"named"'],
    ['an index going back', (d) => ({ ...d, named: [0, 5, -1, 293] }), '"named"'],
    ['an index past the last event', (d) => ({ ...d, named: [0, 5, 1, 294] }), '"named"'],
    ['a negative first index', (d) => ({ ...d, named: [-1, 6, 1, 293] }), '"named"'],
    ['one id too many', (d) => ({ ...d, id: [...(d.id as string[]), 'x'] }), '"id"'],
    ['one title too few', (d) => ({ ...d, title: (d.title as string[]).slice(1) }), '"title"'],
    [
      'a linked flag that is not 0 or 1',
      (d) => ({ ...d, linked: (d.linked as number[]).map(() => 2) }),
      '"linked"',
    ],
    [
      'one linked flag too few',
      (d) => ({ ...d, linked: (d.linked as number[]).slice(1) }),
      '"linked"',
    ],
  ];
  test.each(broken)('refuses %s, naming the URL and the field', (_, breakIt, message) => {
    const call = () => checkCompactTimeline(breakIt(good(NAMED)), SOURCE);
    expect(call).toThrow(`${SOURCE}: ${message} is not Casetrail chart data`);
  });
});

describe('checkCompactTimeline of a chart with its fitted views’ hints', () => {
  const withFit = () =>
    JSON.parse(
      JSON.stringify(
        compactTimeline(prepared, {
          laneBy: 'case',
          names: {},
          eventUrl: (id) => `/events/${id}/`,
          fit: fitHints(prepared, [280, 640]),
        }),
      ),
    ) as Record<string, unknown>;
  /** The hint of the first width, changed. */
  const firstFit = (d: Record<string, unknown>, change: Record<string, unknown>) => {
    const [first, ...rest] = d.fit as Record<string, unknown>[];
    return { ...d, fit: [{ ...first, ...change }, ...rest] };
  };

  test('accepts what the build writes', () => {
    const checked = checkCompactTimeline(withFit(), SOURCE);
    expect(checked.fit?.map((f) => f.width)).toEqual([280, 640]);
    expect(checked.named).not.toBeNull();
  });

  const broken: [string, (d: Record<string, unknown>) => unknown, string][] = [
    [
      'hints as an object by width',
      (d) => ({ ...d, fit: { 280: (d.fit as unknown[])[0] } }),
      '"fit"',
    ],
    ['a width of 0', (d) => firstFit(d, { width: 0 }), '"fit"'],
    ['a lane’s lines missing', (d) => firstFit(d, { lines: [] }), '"fit"'],
    ['a lane of no lines', (d) => firstFit(d, { lines: [0, 1, 1] }), '"fit"'],
    // A lane's lines are few; a hostile count would make the layout loop for ever.
    ['a lane of a million lines', (d) => firstFit(d, { lines: [1e6, 1, 1] }), '"fit"'],
    ['clusters that are not 0 or 1', (d) => firstFit(d, { clusters: [2, 0, 0] }), '"fit"'],
    ['an event read twice', (d) => firstFit(d, { only: [4, 0] }), '"fit"'],
    ['an event read past the last', (d) => firstFit(d, { only: [300] }), '"fit"'],
  ];
  test.each(broken)('refuses %s, naming the URL and the field', (_, breakIt, message) => {
    const call = () => checkCompactTimeline(breakIt(withFit()), SOURCE);
    expect(call).toThrow(`${SOURCE}: ${message} is not Casetrail chart data`);
  });
});

describe('checkEventNames', () => {
  const URL = 'https://kb.example/data/cases/a/names/1.json';
  const expected = { key: 'k', first: 250, count: 2 };
  const good = { v: COMPACT_VERSION, key: 'k', first: 250, id: ['a', 'b'], title: ['A', 'B'] };
  test('accepts the chunk it asked for', () => {
    expect(checkEventNames(good, URL, expected).title).toEqual(['A', 'B']);
  });
  test.each([
    ['another chart’s names', { ...good, key: 'other' }, '"key"'],
    ['another chunk', { ...good, first: 0 }, '"first"'],
    ['an id missing', { ...good, id: ['a'] }, '"id"'],
    ['an empty id', { ...good, id: ['a', ''] }, '"id"'],
    ['an empty title', { ...good, title: ['', 'B'] }, '"title"'],
    ['a title as markup in an object', { ...good, title: ['A', { html: '<b>' }] }, '"title"'],
  ])('refuses %s, naming the URL and the field', (_, value, message) => {
    expect(() => checkEventNames(value, URL, expected)).toThrow(
      `${URL}: ${message} is not Casetrail chart data`,
    );
  });
});

describe('checkEventIds', () => {
  const URL = 'https://kb.example/data/cases/a/ids.json';
  const good = { v: COMPACT_VERSION, key: 'k', id: ['a', 'b', 'c'] };
  test('accepts the ids of the chart it asked for', () => {
    expect(checkEventIds(good, URL, { key: 'k', count: 3 }).id).toEqual(['a', 'b', 'c']);
  });
  test.each([
    ['an older version', { ...good, v: 2 }, '"v"'],
    ['another chart’s ids', { ...good, key: 'other' }, '"key"'],
    ['one id too few', { ...good, id: ['a', 'b'] }, '"id"'],
    ['an id that is a number', { ...good, id: ['a', 2, 'c'] }, '"id"'],
  ])('refuses %s, naming the URL and the field', (_, value, message) => {
    expect(() => checkEventIds(value, URL, { key: 'k', count: 3 })).toThrow(
      `${URL}: ${message} is not Casetrail chart data`,
    );
  });
});

describe('checkCompactActors', () => {
  const URL = 'https://kb.example/data/cases/a/actors.json';
  const good = {
    v: COMPACT_VERSION,
    key: 'k',
    actors: ['a', 'b'],
    actorNames: ['A', 'B'],
    eventActors: [[0], [0, 1]],
  };
  test.each([
    ['another chart’s actors', { ...good, key: 'other' }, '"key"'],
    ['a name missing', { ...good, actorNames: ['A'] }, '"actorNames"'],
    ['an actor index past the table', { ...good, eventActors: [[0], [2]] }, '"eventActors"'],
    ['one event too few', { ...good, eventActors: [[0]] }, '"eventActors"'],
  ])('refuses %s, naming the URL', (_, value, message) => {
    expect(() => checkCompactActors(value, URL, { key: 'k', count: 2 })).toThrow(`${URL}: `);
    expect(() => checkCompactActors(value, URL, { key: 'k', count: 2 })).toThrow(message);
  });
});
