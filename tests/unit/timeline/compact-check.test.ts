import { describe, expect, test } from 'vitest';
import {
  applyActors,
  compactTimeline,
  expandTimeline,
  splitActors,
} from '../../../src/lib/timeline/compact';
import { checkCompactActors, checkCompactTimeline } from '../../../src/lib/timeline/compact-check';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';

const SOURCE = 'https://kb.example/data/cases/a.timeline.json';
const events = generateTimelineEvents(300, { cases: 3, seed: 4 });
const prepared = prepareTimeline(events, 'case', {});
// Through JSON, as the browser gets it.
const good = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      compactTimeline(prepared, {
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
        },
      }),
    ),
  ) as Record<string, unknown>;

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
    ['not an object', () => 'hello', '"v" is not Casetrail chart data v2'],
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

describe('checkCompactActors', () => {
  const URL = 'https://kb.example/data/cases/a/actors.json';
  const good = {
    v: 2,
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
