import { describe, expect, test } from 'vitest';
import {
  actorSearchAttributes,
  caseSearchAttributes,
  eventSearchAttributes,
  yearsOfDate,
} from '../../../src/lib/search/attributes';
import { parseEventDate } from '../../../src/lib/dates';
import { searchFixtureModel } from '../../fixtures/search-model';

const model = searchFixtureModel();
const event = (id: string) => eventSearchAttributes(model, model.eventsById.get(id)!);

describe('yearsOfDate', () => {
  test.each([
    ['2025-05-23', ['2025']],
    ['2025-04', ['2025']],
    ['2025-05?', ['2025']],
    ['../2026-01-15', ['2026']],
    ['2025-11/..', ['2025']],
    ['2025-12-01/2026-02-10', ['2025', '2026']],
    // A long interval is filed under its first and last year, not every year between.
    ['0618/0907', ['618', '907']],
    ['2019/2025', ['2019', '2025']],
  ])('puts %s in %j', (edtf, years) => {
    expect(yearsOfDate(parseEventDate(edtf))).toEqual(years);
  });
});

describe('eventSearchAttributes', () => {
  test('lists every actor of an event, the court included, under actor', () => {
    expect(event('several-actors-ruling').filters.actor).toEqual([
      'consumer-league',
      'acme-corp',
      'regional-court',
    ]);
  });

  test('gives a ruling every facet a reader narrows by', () => {
    expect(event('several-actors-ruling').filters).toEqual({
      type: ['event'],
      case: ['acme-data-case'],
      kind: ['ruling'],
      actor: ['consumer-league', 'acme-corp', 'regional-court'],
      court: ['regional-court'],
      jurisdiction: ['DE'],
      year: ['2025'],
      status: ['occurred'],
    });
  });

  test('leaves out facets an event has no value for, rather than indexing empty values', () => {
    const { filters } = event('scheduled-deadline');
    expect(filters).not.toHaveProperty('court');
    expect(filters).not.toHaveProperty('jurisdiction');
    expect(filters).not.toHaveProperty('actor');
    expect(filters.status).toEqual(['scheduled']);
  });

  test.each([
    ['several-actors-ruling', '2025-05-23', '23 May 2025'],
    ['month-announcement', '2025-04', 'April 2025'],
    ['uncertain-letter', '2025-05', 'May 2025 (uncertain)'],
    ['scheduled-deadline', '2026-01-15', 'on or before 15 January 2026'],
    ['year-spanning-hearing', '2025-12-01', '1 December 2025 – 10 February 2026'],
  ])('sorts %s by %s and shows its date as "%s"', (id, sort, shown) => {
    const attributes = event(id);
    expect(attributes.sort).toBe(sort);
    expect(attributes.meta.date).toBe(shown);
  });

  test('sort values order as text the way the timeline orders the dates', () => {
    const ids = [...model.eventsById.keys()];
    const bySort = [...ids].sort((a, b) => event(a).sort.localeCompare(event(b).sort));
    expect(bySort).toEqual(model.events.map((e) => e.id));
  });

  test('carries the title, date as shown, kind, case and summary a result shows', () => {
    expect(event('month-announcement').meta).toEqual({
      type: 'event',
      title: 'Acme announces a plan',
      date: 'April 2025',
      case: 'Acme data case',
      kind: 'Announcement',
      summary: 'Acme said it would change its terms.',
      when: '2025-04; April 2025',
      terms: 'European Union',
    });
  });

  test('tags an interval with the years it starts and ends in', () => {
    expect(event('year-spanning-hearing').filters.year).toEqual(['2025', '2026']);
  });

  test.each([
    ['several-actors-ruling', 'when', '2025-05-23; 23 May 2025; 2025-05; May 2025'],
    ['uncertain-letter', 'around', '2025-05; May 2025'],
    ['scheduled-deadline', 'around', '2026-01-15; 15 January 2026; 2026-01; January 2026'],
  ])('lets %s be found by its date as readers type it (%s)', (id, field, words) => {
    const { meta } = event(id);
    expect(meta[field]).toBe(words);
    expect(meta[field === 'when' ? 'around' : 'when']).toBeUndefined();
  });

  test('lets the events of a court be found by its other names, with and without diacritics', () => {
    expect(event('several-actors-ruling').meta.terms?.split('; ')).toEqual(
      expect.arrayContaining([
        'Gericht in Düsselstadt',
        'Gericht in Duesselstadt',
        'Gericht in Dusselstadt',
      ]),
    );
  });
});

describe('caseSearchAttributes', () => {
  test('collects the actors and courts of its events and proceedings, and leaves years to events', () => {
    const { filters } = caseSearchAttributes(model, 'acme-data-case');
    expect(filters.actor?.sort()).toEqual([
      'acme-corp',
      'consumer-league',
      'privacy-group',
      'regional-court',
    ]);
    expect(filters.court).toEqual(['regional-court']);
    expect(filters).not.toHaveProperty('year');
    expect(filters.status).toEqual(['ongoing']);
    expect(filters.jurisdiction?.sort()).toEqual(['DE', 'EU']);
  });

  test('sorts by its first event and shows its status and the span of its events, never one date', () => {
    const attributes = caseSearchAttributes(model, 'acme-data-case');
    expect(attributes.sort).toBe('2025-04');
    expect(attributes.meta).toMatchObject({
      type: 'case',
      status: 'Ongoing',
      span: 'April 2025 – on or before 15 January 2026',
    });
    expect(attributes.meta).not.toHaveProperty('date');
  });

  test('is found by its parties, courts and their other names', () => {
    const terms = caseSearchAttributes(model, 'acme-data-case').meta.terms?.split('; ');
    expect(terms).toEqual(
      expect.arrayContaining(['Consumer League', 'Regional Court', 'Gericht in Duesselstadt']),
    );
  });

  test('still has a sort value when it has no events', () => {
    const attributes = caseSearchAttributes(model, 'empty-case');
    expect(attributes.sort).toBe('2026-02-03');
    expect(attributes.meta).not.toHaveProperty('span');
  });

  test('names the missing id when the case does not exist', () => {
    expect(() => caseSearchAttributes(model, 'no-such-case')).toThrow(/no case "no-such-case"/);
  });
});

describe('actorSearchAttributes', () => {
  test('tags an actor with itself and the cases it appears in', () => {
    const attributes = actorSearchAttributes(model, 'acme-corp');
    expect(attributes.filters).toEqual({
      type: ['actor'],
      case: ['acme-data-case'],
      actor: ['acme-corp'],
    });
    expect(attributes.sort).toBe('2025-04');
  });

  test('shows its kind, never the date of one of its events', () => {
    const { meta } = actorSearchAttributes(model, 'regional-court');
    expect(meta).toMatchObject({ type: 'actor', title: 'Regional Court', kind: 'Court' });
    expect(meta).not.toHaveProperty('date');
    expect(meta.terms).toBe(
      'Gericht in Düsselstadt; Gericht in Duesselstadt; Gericht in Dusselstadt',
    );
  });

  test('gives an actor with no events a sort value anyway, so date sorting keeps it', () => {
    const attributes = actorSearchAttributes(model, 'quiet-person');
    expect(attributes.sort).toMatch(/^\d{4}/);
    expect(attributes.filters).toEqual({ type: ['actor'], actor: ['quiet-person'] });
  });
});
