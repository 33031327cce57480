import { describe, expect, test } from 'vitest';
import { buildFacetLabels } from '../../../src/lib/search/facets';
import { EMPTY_SEARCH } from '../../../src/lib/search/query';
import {
  describeNoResults,
  describeResults,
  resultDetails,
  toResultView,
} from '../../../src/lib/search/results';
import { searchFixtureModel } from '../../fixtures/search-model';

describe('toResultView', () => {
  test('shows an event with its date, kind and case', () => {
    const view = toResultView({
      url: '/events/x/?highlight=request',
      excerpt: 'the <mark>request</mark>',
      meta: { title: 'Court rules', date: '23 May 2025', kind: 'Ruling', case: 'Acme data case' },
      filters: { type: ['event'] },
    });
    expect(view).toEqual({
      url: '/events/x/?highlight=request',
      title: 'Court rules',
      details: ['23 May 2025', 'Ruling', 'Acme data case'],
      excerpt: [
        { text: 'the ', marked: false },
        { text: 'request', marked: true },
      ],
    });
  });

  test('reads the page type from the metadata when the result carries no filters', () => {
    const view = toResultView({
      url: '/actors/c/',
      excerpt: '',
      meta: { type: 'actor', title: 'Regional Court', kind: 'Court' },
    });
    expect(view.details).toEqual(['Court']);
  });

  test('falls back to the address when a page has no title', () => {
    expect(toResultView({ url: '/actors/a/', excerpt: '', meta: {} }).title).toBe('/actors/a/');
  });
});

describe('resultDetails', () => {
  // Every page carries more metadata than its type shows; a stray `date` on a case or actor
  // (an event's date) must never reach the details line.
  const meta = {
    date: '23 May 2025',
    kind: 'Ruling',
    case: 'Acme data case',
    status: 'Ongoing',
    span: 'April 2025 – 27 May 2025',
  };
  test.each([
    ['event', ['23 May 2025', 'Ruling', 'Acme data case']],
    ['case', ['Case', 'Ongoing', 'April 2025 – 27 May 2025']],
    ['actor', ['Ruling', 'Acme data case']],
    [undefined, []],
  ])('shows a %s by what identifies it', (type, details) => {
    expect(resultDetails(meta, type)).toEqual(details);
  });

  test('shows an actor without a kind as an actor', () => {
    expect(resultDetails({ title: 'X' }, 'actor')).toEqual(['Actor']);
  });
});

describe('describeNoResults', () => {
  const labels = buildFacetLabels(searchFixtureModel());
  test.each([
    [
      'filters emptied the results',
      { ...EMPTY_SEARCH, query: 'noyb', filters: { kind: 'ruling' } },
      5,
      {
        message:
          'No results for “noyb” with this filter (kind of event: Ruling). Without it, “noyb” has 5 results.',
        clear: 'Clear filters and show 5 results',
        tips: false,
      },
    ],
    [
      'two filters emptied the results',
      { ...EMPTY_SEARCH, query: 'plan', filters: { kind: 'ruling', actor: 'acme-corp' } },
      1,
      {
        message:
          'No results for “plan” with these filters (kind of event: Ruling, actor: Acme Corp). Without them, “plan” has 1 result.',
        clear: 'Clear filters and show 1 result',
        tips: false,
      },
    ],
    [
      'the words match nothing, filters or not',
      { ...EMPTY_SEARCH, query: 'zzqx', filters: { kind: 'ruling' } },
      0,
      { message: 'Nothing matches “zzqx”.', clear: 'Clear filters', tips: true },
    ],
    [
      'the words match nothing',
      { ...EMPTY_SEARCH, query: 'zzqx' },
      0,
      { message: 'Nothing matches “zzqx”.', tips: true },
    ],
    [
      'filters alone exclude each other',
      { ...EMPTY_SEARCH, filters: { kind: 'ruling', year: '2026' } },
      12,
      {
        message: 'No page has every filter you chose (kind of event: Ruling, year: 2026).',
        clear: 'Clear filters',
        tips: false,
      },
    ],
  ] as const)('says why when %s', (_, state, unfiltered, said) => {
    expect(describeNoResults(state, unfiltered, labels)).toEqual(said);
  });
});

describe('describeResults', () => {
  const labels = buildFacetLabels(searchFixtureModel());
  test.each([
    [0, { ...EMPTY_SEARCH, query: 'xyz' }, 'No results for “xyz”.'],
    [
      1,
      { ...EMPTY_SEARCH, query: 'injunction', filters: { kind: 'ruling' } },
      '1 result for “injunction” (kind of event: Ruling).',
    ],
    [
      4,
      { ...EMPTY_SEARCH, filters: { actor: 'acme-corp', year: '2025' } },
      '4 results (actor: Acme Corp, year: 2025).',
    ],
  ] as const)('announces %i results', (count, state, text) => {
    expect(describeResults(count, state, labels)).toBe(text);
  });
});
