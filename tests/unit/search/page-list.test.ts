import { describe, expect, test } from 'vitest';
import { decodePageList, encodePageList } from '../../../src/lib/search/page-list';
import { searchPages } from '../../../src/lib/search/pages';
import { searchFixtureModel } from '../../fixtures/search-model';

const pages = searchPages(searchFixtureModel());

describe('encodePageList', () => {
  test('names every page of the facet table in its order, and decodes back to the same rows', () => {
    const rows = decodePageList(JSON.parse(JSON.stringify(encodePageList(pages))), pages.length);
    expect(rows).toEqual(pages.map(({ type, id }) => ({ type, id })));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['event', 'case', 'actor']));
  });

  test('keeps an id with a colon whole', () => {
    const json = encodePageList([{ type: 'event', id: 'a:b' }]);
    expect(decodePageList(json, 1)).toEqual([{ type: 'event', id: 'a:b' }]);
  });
});

describe('decodePageList', () => {
  test.each([
    ['not an object', null, 1, /expected \{ version: 1, pages/],
    ['another version', { version: 2, pages: [] }, 0, /expected \{ version: 1/],
    ['pages not a list', { version: 1, pages: 'event:a' }, 1, /expected \{ version: 1/],
    [
      'another build (length)',
      { version: 1, pages: ['event:a'] },
      2,
      /lists 1 pages and the facet table 2/,
    ],
    ['an unknown type', { version: 1, pages: ['file:a'] }, 1, /row 0 is "file:a"/],
    ['no id', { version: 1, pages: ['event:'] }, 1, /row 0 is "event:"/],
    ['not text', { version: 1, pages: [7] }, 1, /row 0 is 7/],
  ])('refuses %s', (_, json, rows, message) => {
    expect(() => decodePageList(json, rows)).toThrow(message);
  });
});
