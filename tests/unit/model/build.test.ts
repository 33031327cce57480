import { describe, expect, test } from 'vitest';
import { formatProblem, nearIds } from '../../../src/lib/model/problems';
import { buildFromRaw, rawCase, rawEvent } from '../../helpers/model';

const base = {
  cases: { 'demo-case': rawCase() },
  actors: {
    'demo-company': { name: 'Demo company', kind: 'company' },
    'demo-group': { name: 'Demo group', kind: 'ngo' },
    'demo-court': { name: 'Demo court', kind: 'court' },
  },
};
/** Where the problems say the files are, as in a real content folder. */
const FILES = {
  case: (id: string) => `content/cases/${id}.mdx`,
  event: (id: string) => `content/events/demo/${id}.mdx`,
};
/** An event of the demo case, with no actors unless given. */
const event = (data: Record<string, unknown> = {}) =>
  rawEvent({ cases: ['demo-case'], actors: [], ...data });

describe('buildModel', () => {
  test('sorts events by date, an open "on or before" at its latest day, coarser precision first on ties', () => {
    const { model } = buildFromRaw({
      ...base,
      events: {
        start: event({ date: '2025-05-27', status: 'scheduled' }),
        letter: event({ date: '../2025-05-24' }),
        ruling: event({ date: '2025-05-23' }),
        request: event({ date: '../2025-05-23' }),
        announcement: event({ date: '2025-04' }),
        'first-of-april': event({ date: '2025-04-01' }),
        year: event({ date: '2025' }),
      },
    });
    expect(model.events.map((e) => e.id)).toEqual([
      'year',
      'announcement',
      'first-of-april',
      'request',
      'ruling',
      'letter',
      'start',
    ]);
  });

  test('orders events on the same day by id, so the order is stable between builds', () => {
    const { model } = buildFromRaw({
      ...base,
      events: { b: event(), a: event(), c: event() },
    });
    expect(model.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  test.each([
    [
      'the order field, not the id',
      [
        ['morning', 3],
        ['afternoon', 4],
        ['evening', 5],
      ],
      ['morning', 'afternoon', 'evening'],
    ],
    [
      'ordered events first, then the rest by id',
      [
        ['zulu', undefined],
        ['beta', 2],
        ['alpha', undefined],
        ['omega', 1],
      ],
      ['omega', 'beta', 'alpha', 'zulu'],
    ],
  ] as const)('orders events of one day by %s', (_, given, expected) => {
    const { model } = buildFromRaw({
      ...base,
      events: Object.fromEntries(
        given.map(([id, order]) => [id, event(order === undefined ? {} : { order })]),
      ),
    });
    expect(model.events.map((e) => e.id)).toEqual(expected);
  });

  test('resolves each link in both directions with its reading from each side', () => {
    const { model, problems } = buildFromRaw({
      ...base,
      events: {
        request: event({ date: '../2025-05-23' }),
        ruling: event({ links: [{ type: 'decides', event: 'request' }] }),
        report: event({
          date: '2025-05-24',
          links: [{ type: 'reports-on', event: 'ruling' }],
        }),
      },
    });
    expect(problems).toEqual([]);
    expect(model.eventsById.get('ruling')?.links).toEqual([
      { type: 'decides', direction: 'out', label: 'Decides', event: 'request' },
      { type: 'reports-on', direction: 'in', label: 'Reported by', event: 'report' },
    ]);
    expect(model.eventsById.get('request')?.links).toEqual([
      { type: 'decides', direction: 'in', label: 'Decided by', event: 'ruling' },
    ]);
  });

  test.each([
    [
      'an unknown actor',
      { actors: [{ id: 'demo-compnay', role: 'respondent' }] },
      'content/events/demo/e.mdx: actors[0].id: found "demo-compnay"; expected the id of a known actor; did you mean "demo-company"?',
    ],
    [
      'an unknown case',
      { cases: ['demo-cas'] },
      'content/events/demo/e.mdx: cases[0]: found "demo-cas"; expected the id of a known case; did you mean "demo-case"?',
    ],
    [
      'an unknown court',
      { court: 'nowhere-court-of-appeal' },
      'content/events/demo/e.mdx: court: found "nowhere-court-of-appeal"; expected the id of a known actor; add content/actors/nowhere-court-of-appeal or fix the id',
    ],
    [
      'a link to a missing event',
      { links: [{ type: 'decides', event: 'missing-event' }] },
      'content/events/demo/e.mdx: links[0].event: found "missing-event"; expected the id of a known event; add content/events/missing-event or fix the id',
    ],
    [
      'a link to itself',
      { links: [{ type: 'decides', event: 'e' }] },
      'content/events/demo/e.mdx: links[0].event: found "e"; expected another event; an event cannot link to itself',
    ],
  ])('reports %s with file, field, value and the fix', (_, data, line) => {
    const { problems } = buildFromRaw({ ...base, events: { e: event(data) } }, FILES);
    expect(problems.map(formatProblem)).toEqual([line]);
  });

  test('reports unknown actors in a case proceeding', () => {
    const { problems } = buildFromRaw(
      {
        cases: {
          'demo-case': rawCase({
            proceedings: [
              { name: 'P', court: 'demo-cout', parties: [{ id: 'demo-grou', role: 'applicant' }] },
            ],
          }),
        },
        actors: base.actors,
      },
      FILES,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/cases/demo-case.mdx: proceedings[0].court: found "demo-cout"; expected the id of a known actor; did you mean "demo-court"?',
      'content/cases/demo-case.mdx: proceedings[0].parties[0].id: found "demo-grou"; expected the id of a known actor; did you mean "demo-group"?',
    ]);
  });

  test('drops a broken link from the model but reports it, so pages never link to nothing', () => {
    const { model, problems } = buildFromRaw({
      ...base,
      events: { e: event({ links: [{ type: 'decides', event: 'gone' }] }) },
    });
    expect(problems).toHaveLength(1);
    expect(model.eventsById.get('e')?.links).toEqual([]);
  });
});

describe('nearIds', () => {
  test.each([
    ['meta', ['meta-platforms', 'noyb'], ['meta-platforms']],
    ['noyb-org', ['noyb', 'meta-platforms'], ['noyb']],
    ['court-colgne', ['court-cologne', 'court-bonn'], ['court-cologne']],
    ['x', ['meta-platforms', 'noyb'], []],
  ])('suggests for %s among %j: %j', (unknown, known, near) => {
    expect(nearIds(unknown, known)).toEqual(near);
  });
});
