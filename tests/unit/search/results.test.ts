import { describe, expect, test } from 'vitest';
import { buildFacetLabels } from '../../../src/lib/search/facets';
import { EMPTY_SEARCH } from '../../../src/lib/search/query';
import { describeResults, toResultView } from '../../../src/lib/search/results';
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

  test('says a case is a case and does not repeat its title as its case', () => {
    const view = toResultView({
      url: '/cases/a/',
      excerpt: '',
      meta: { title: 'Acme data case', case: 'Acme data case', date: 'April 2025' },
      filters: { type: ['case'] },
    });
    expect(view.details).toEqual(['April 2025', 'Case']);
  });

  test('falls back to the address when a page has no title', () => {
    expect(toResultView({ url: '/actors/a/', excerpt: '', meta: {} }).title).toBe('/actors/a/');
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
