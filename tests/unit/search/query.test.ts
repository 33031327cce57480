import { describe, expect, test } from 'vitest';
import {
  EMPTY_SEARCH,
  hasCriteria,
  keepKnownFilters,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  searchStateToParams,
  toPagefindQuery,
  withFilter,
  type SearchState,
} from '../../../src/lib/search/query';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
  test.each([
    ['', EMPTY_SEARCH],
    ['q=opt+out&kind=ruling', { query: 'opt out', filters: { kind: 'ruling' }, sort: 'relevance' }],
    ['q=%20%20GDPR%20%20fines%20', { query: 'GDPR fines', filters: {}, sort: 'relevance' }],
    [
      'actor=court-cologne&year=2025&sort=oldest',
      { query: '', filters: { actor: 'court-cologne', year: '2025' }, sort: 'oldest' },
    ],
    [
      'jurisdiction=DE&status=occurred&case=meta-ai-training-eu',
      {
        query: '',
        filters: { jurisdiction: 'DE', status: 'occurred', case: 'meta-ai-training-eu' },
        sort: 'relevance',
      },
    ],
  ])('reads "%s"', (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  test.each([
    ['an unknown filter', 'colour=red&q=x', { query: 'x', filters: {}, sort: 'relevance' }],
    ['markup in a filter value', 'kind=%3Cscript%3Ealert(1)%3C/script%3E', EMPTY_SEARCH],
    ['a value with spaces or quotes', 'actor=a%22%20onmouseover%3D1', EMPTY_SEARCH],
    ['an unknown sort', 'sort=random', EMPTY_SEARCH],
    ['an empty filter', 'kind=', EMPTY_SEARCH],
  ])('ignores %s', (_, query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  test('takes the first of repeated parameters', () => {
    expect(parse('kind=ruling&kind=letter').filters).toEqual({ kind: 'ruling' });
  });

  test('cuts an overlong query instead of failing', () => {
    expect(parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('searchStateToParams', () => {
  test.each<[SearchState, string]>([
    [EMPTY_SEARCH, ''],
    [{ query: 'opt out', filters: { kind: 'ruling' }, sort: 'relevance' }, 'q=opt+out&kind=ruling'],
    [
      { query: '', filters: { year: '2025', case: 'x' }, sort: 'newest' },
      'case=x&year=2025&sort=newest',
    ],
  ])('writes %j as "%s"', (state, query) => {
    expect(searchStateToParams(state)).toBe(query);
  });

  test('round-trips through parseSearchParams', () => {
    const state: SearchState = {
      query: 'Unterlassungsklage & "opt out"',
      filters: { actor: 'noyb', court: 'court-cologne' },
      sort: 'oldest',
    };
    expect(parse(searchStateToParams(state))).toEqual(state);
  });
});

describe('hasCriteria', () => {
  test.each<[SearchState, boolean]>([
    [EMPTY_SEARCH, false],
    [{ ...EMPTY_SEARCH, sort: 'newest' }, false],
    [{ ...EMPTY_SEARCH, query: 'x' }, true],
    [{ ...EMPTY_SEARCH, filters: { kind: 'ruling' } }, true],
  ])('%j → %s', (state, expected) => {
    expect(hasCriteria(state)).toBe(expected);
  });
});

describe('withFilter', () => {
  test('sets and clears one facet without touching the others', () => {
    const start: SearchState = { query: 'x', filters: { kind: 'ruling' }, sort: 'relevance' };
    const set = withFilter(start, 'year', '2025');
    expect(set.filters).toEqual({ kind: 'ruling', year: '2025' });
    expect(withFilter(set, 'kind', undefined).filters).toEqual({ year: '2025' });
    expect(start.filters).toEqual({ kind: 'ruling' });
  });
});

describe('keepKnownFilters', () => {
  test('drops values the index does not hold, keeps those it does, even at a zero count', () => {
    const known = { kind: { ruling: 1, letter: 0 }, year: { '2025': 6 } };
    const state: SearchState = {
      query: 'x',
      filters: { kind: 'letter', year: '1999', actor: 'nobody' },
      sort: 'relevance',
    };
    expect(keepKnownFilters(state, known).filters).toEqual({ kind: 'letter' });
  });

  test.each([
    ['year', 'constructor'],
    ['kind', '__proto__'],
    ['actor', 'toString'],
    ['case', 'hasOwnProperty'],
  ] as const)('drops %s=%s, a name every object inherits, not a value', (name, value) => {
    const known = { kind: { ruling: 1 }, year: { '2025': 1 }, actor: {}, case: {} };
    const state: SearchState = { query: '', filters: { [name]: value }, sort: 'relevance' };
    expect(keepKnownFilters(state, known).filters).toEqual({});
  });
});

describe('toPagefindQuery', () => {
  test.each<[string, SearchState, ReturnType<typeof toPagefindQuery>]>([
    [
      'words, relevance',
      { query: 'opt out', filters: { kind: 'ruling' }, sort: 'relevance' },
      { term: 'opt out', options: { filters: { kind: 'ruling' } } },
    ],
    [
      'words, newest',
      { query: 'x', filters: {}, sort: 'newest' },
      { term: 'x', options: { filters: {}, sort: { date: 'desc' } } },
    ],
    [
      'words, oldest',
      { query: 'x', filters: {}, sort: 'oldest' },
      { term: 'x', options: { filters: {}, sort: { date: 'asc' } } },
    ],
    [
      'filters only: newest first',
      { query: '', filters: { year: '2025' }, sort: 'relevance' },
      { term: null, options: { filters: { year: '2025' }, sort: { date: 'desc' } } },
    ],
  ])('maps %s', (_, state, expected) => {
    expect(toPagefindQuery(state)).toEqual(expected);
  });

  test('leaves one facet out when asked, to count its other values', () => {
    const state: SearchState = {
      query: 'x',
      filters: { kind: 'ruling', year: '2025' },
      sort: 'relevance',
    };
    expect(toPagefindQuery(state, 'kind').options.filters).toEqual({ year: '2025' });
  });
});
