import { describe, expect, test } from 'vitest';
import {
  actorIdsOfEvent,
  eventsOfActor,
  eventsOfCase,
  latestChanges,
  neighboursInCase,
} from '../../../src/lib/model/queries';
import { modelFromRaw, rawCase, rawEvent } from '../../helpers/model';

/** An event with no actors unless given. */
const event = (data: Record<string, unknown>) => rawEvent({ actors: [], ...data });

const model = modelFromRaw({
  cases: { one: rawCase({ title: 'One' }), two: rawCase({ title: 'Two' }) },
  actors: {
    court: { name: 'Court', kind: 'court' },
    firm: { name: 'Firm', kind: 'company' },
    ngo: { name: 'NGO', kind: 'ngo' },
  },
  events: {
    a: event({
      date: '2024-01',
      cases: ['one'],
      actors: [{ id: 'firm', role: 'author' }],
      published: '2026-01-01',
    }),
    b: event({
      date: '2024-02-03',
      cases: ['one', 'two'],
      court: 'court',
      actors: [{ id: 'ngo', role: 'applicant' }],
      published: '2026-02-01',
    }),
    c: event({ date: '2023', cases: ['two'], published: '2026-03-01' }),
    d: event({
      date: '2024-03',
      cases: ['one'],
      published: '2025-01-01',
      updated: '2026-04-01',
    }),
  },
});

describe('eventsOfCase', () => {
  test.each([
    ['one', ['a', 'b', 'd']],
    ['two', ['c', 'b']],
    ['none', []],
  ])('returns the events of %s oldest first', (caseId, ids) => {
    expect(eventsOfCase(model, caseId).map((e) => e.id)).toEqual(ids);
  });
});

describe('eventsOfActor', () => {
  test.each([
    ['court', ['b']],
    ['ngo', ['b']],
    ['firm', ['a']],
  ])('finds the events of %s, as a listed actor or as the court', (actorId, ids) => {
    expect(eventsOfActor(model, actorId).map((e) => e.id)).toEqual(ids);
  });
});

describe('actorIdsOfEvent', () => {
  test('lists every actor once, the court included', () => {
    expect(actorIdsOfEvent(model.eventsById.get('b')!)).toEqual(['ngo', 'court']);
  });
});

describe('neighboursInCase', () => {
  test.each([
    ['b', 'one', 'a', 'd'],
    ['b', 'two', 'c', undefined],
    ['a', 'one', undefined, 'b'],
  ])('gives %s in case %s the previous %s and next %s', (eventId, caseId, previous, next) => {
    const { previous: p, next: n } = neighboursInCase(model, eventId, caseId);
    expect([p?.id, n?.id]).toEqual([previous, next]);
  });

  test.each([
    ['c', 'one'],
    ['a', 'none'],
    ['missing', 'one'],
  ])('gives %s, not in case %s, no neighbours', (eventId, caseId) => {
    expect(neighboursInCase(model, eventId, caseId)).toEqual({});
  });

  test('walks every event of a long case in date order, scanning the events once, not once per page', () => {
    const long = modelFromRaw({
      cases: { long: rawCase() },
      actors: {},
      events: Object.fromEntries(
        Array.from({ length: 300 }, (_, i) => [
          `e${String(i).padStart(3, '0')}`,
          event({
            date: `20${String(10 + Math.floor(i / 20)).padStart(2, '0')}-01-01`,
            cases: ['long'],
          }),
        ]),
      ),
    });
    let scans = 0;
    const watched = {
      ...long,
      events: new Proxy(long.events, {
        get: (list, key) =>
          key === Symbol.iterator || key === 'filter'
            ? ((scans += 1), Reflect.get(list, key))
            : Reflect.get(list, key),
      }),
    };
    const ids = eventsOfCase(watched, 'long').map((e) => e.id);
    const walked = ids.map((id) => neighboursInCase(watched, id, 'long'));
    expect(walked.map((w) => w.next?.id ?? null)).toEqual([...ids.slice(1), null]);
    expect(walked.map((w) => w.previous?.id ?? null)).toEqual([null, ...ids.slice(0, -1)]);
    // Scanning per call made a 10,000-event build quadratic: a third of its CPU time.
    expect(scans).toBeLessThanOrEqual(1);
  });
});

describe('the query index', () => {
  test('hands out copies, so a caller that sorts or trims its list cannot change the next answer', () => {
    eventsOfCase(model, 'one').reverse();
    eventsOfActor(model, 'ngo').pop();
    expect(eventsOfCase(model, 'one').map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(eventsOfActor(model, 'ngo').map((e) => e.id)).toEqual(['b']);
  });
});

describe('latestChanges', () => {
  test('orders by when entries were published or updated, not by event date', () => {
    expect(latestChanges(model, 3).map((e) => e.id)).toEqual(['d', 'c', 'b']);
  });

  test('puts the most recent event first among entries changed the same day, open dates included', () => {
    const sameDay = modelFromRaw({
      cases: { one: rawCase() },
      actors: {},
      events: {
        april: event({ date: '2025-04', cases: ['one'] }),
        'before-23': event({ date: '../2025-05-23', cases: ['one'] }),
        'may-27': event({ date: '2025-05-27', cases: ['one'] }),
        'may-23': event({ date: '2025-05-23', cases: ['one'] }),
      },
    });
    expect(latestChanges(sameDay, 4).map((e) => e.id)).toEqual([
      'may-27',
      'may-23',
      'before-23',
      'april',
    ]);
  });
});
