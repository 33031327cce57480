import { describe, expect, test } from 'vitest';
import { searchPages, searchSortValue, type SearchPage } from '../../../src/lib/search/pages';
import { searchFixtureModel } from '../../fixtures/search-model';

const model = searchFixtureModel();
const pages = searchPages(model);

describe('searchSortValue', () => {
  const page = (type: SearchPage['type'], id: string, sort: string): SearchPage => ({
    type,
    id,
    attributes: { filters: {}, sort, meta: {} },
  });
  test.each([
    [
      'a month before the days in it',
      page('event', 'z', '2025-05'),
      page('event', 'a', '2025-05-23'),
    ],
    ['an earlier day first', page('event', 'z', '2025-05-22'), page('event', 'a', '2025-05-23')],
    [
      'two pages of one day by type and id',
      page('case', 'b', '2025-05-23'),
      page('event', 'a', '2025-05-23'),
    ],
    ['an undated actor before every date', page('actor', 'z', '0000'), page('event', 'a', '0618')],
  ])('sorts %s', (_, first, second) => {
    expect(searchSortValue(first) < searchSortValue(second)).toBe(true);
  });
});

describe('searchPages', () => {
  test('lists every event, case and actor page once', () => {
    expect(pages).toHaveLength(model.events.length + model.cases.size + model.actors.size);
    expect(new Set(pages.map(searchSortValue)).size).toBe(pages.length);
  });

  test('puts the pages in the order of their sort values, as Pagefind sorts them', () => {
    const values = pages.map(searchSortValue);
    expect(values).toEqual([...values].sort());
  });
});
