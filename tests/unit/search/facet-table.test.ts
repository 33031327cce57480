import { describe, expect, test } from 'vitest';
import {
  countFacets,
  decodeFacetTable,
  encodeFacetTable,
  filterMask,
  type FacetTable,
} from '../../../src/lib/search/facet-table';
import { searchPages } from '../../../src/lib/search/pages';
import type { FilterName } from '../../../src/lib/search/filters';
import { searchFixtureModel } from '../../fixtures/search-model';

const model = searchFixtureModel();
const pages = searchPages(model);
const table = decodeFacetTable(JSON.parse(JSON.stringify(encodeFacetTable(pages))));
const position = (type: string, id: string) =>
  pages.findIndex((p) => p.type === type && p.id === id);
const hitsOf = (positions: number[]) => {
  const mask = new Uint8Array(table.pages);
  for (const p of positions) mask[p] = 1;
  return mask;
};

// What a reader expects, counted page by page from the attributes: the oracle the fast path must match.
function countSlowly(
  hits: number[],
  filters: Partial<Record<FilterName, string>>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, byValue] of table.facets) {
    const others = Object.entries(filters).filter(([n]) => n !== name);
    const pool = hits.filter((p) =>
      others.every(([n, v]) => pages[p]!.attributes.filters[n as FilterName]?.includes(v)),
    );
    counts[name] = Object.fromEntries(
      [...byValue.keys()].map((value) => [
        value,
        pool.filter((p) => pages[p]!.attributes.filters[name]?.includes(value)).length,
      ]),
    );
  }
  return counts;
}

describe('decodeFacetTable', () => {
  test('gives back, for every page, the facet values its attributes name', () => {
    pages.forEach((page, p) => {
      for (const [name, values] of Object.entries(page.attributes.filters)) {
        for (const value of values)
          expect(table.facets.get(name as FilterName)?.get(value)).toContain(p);
      }
    });
  });

  test.each([
    ['no version', { pages: 1, facets: {} }, /version: 1/],
    [
      'a page past the end',
      { version: 1, pages: 2, facets: { kind: { ruling: [0, 2] } } },
      /kind=ruling.*2 indexed/,
    ],
  ])('refuses a table with %s', (_, json, message) => {
    expect(() => decodeFacetTable(json)).toThrow(message);
  });
});

describe('filterMask', () => {
  test('is undefined without filters: every page matches', () => {
    expect(filterMask(table, {})).toBeUndefined();
  });

  test.each([
    [{ kind: 'ruling' }, [['event', 'several-actors-ruling']]],
    [
      { type: 'case', status: 'ongoing' },
      [
        ['case', 'acme-data-case'],
        ['case', 'empty-case'],
      ],
    ],
    [{ kind: 'ruling', actor: 'privacy-group' }, []],
    [{ kind: 'no-such-kind' }, []],
  ] as [Partial<Record<FilterName, string>>, [string, string][]][])(
    'keeps only the pages with %j',
    (filters, expected) => {
      const mask = filterMask(table, filters)!;
      const kept = pages.filter((_, p) => mask[p] === 1).map((p) => [p.type, p.id]);
      expect(kept).toEqual(expected);
    },
  );

  test('leaves out the facet it is told to, so that facet can be counted', () => {
    const mask = filterMask(table, { kind: 'ruling', type: 'event' }, 'kind')!;
    expect(pages.filter((_, p) => mask[p] === 1).every((p) => p.type === 'event')).toBe(true);
    expect(mask.reduce((a, b) => a + b, 0)).toBe(model.events.length);
  });
});

describe('countFacets', () => {
  const all = pages.map((_, p) => p);
  const acme = pages.flatMap((page, p) =>
    page.attributes.filters.actor?.includes('acme-corp') ? [p] : [],
  );
  test.each([
    ['every page, no filter', all, {}],
    ['every page, events only', all, { type: 'event' }],
    ["Acme's pages, rulings only", acme, { kind: 'ruling' }],
    ["Acme's pages, two filters", acme, { kind: 'letter', year: '2025' }],
    ['no page', [], { kind: 'ruling' }],
  ] as [string, number[], Partial<Record<FilterName, string>>][])(
    'counts %s as page-by-page counting does',
    (_, hits, filters) => {
      expect(countFacets(table, hitsOf(hits), filters)).toEqual(countSlowly(hits, filters));
    },
  );

  test('counts a chosen facet as if unset, so a reader can switch to another value', () => {
    const counts = countFacets(table, hitsOf(all), { kind: 'ruling', type: 'event' });
    expect(counts.kind?.letter).toBe(1);
    expect(counts.type?.actor).toBe(0);
    expect(counts.type?.event).toBe(1);
  });

  test('counts only the hits it is given', () => {
    const ruling = position('event', 'several-actors-ruling');
    const counts = countFacets(table, hitsOf([ruling]), {});
    expect(counts.kind).toMatchObject({ ruling: 1, letter: 0, announcement: 0 });
  });
});

// Keep the type import used: a table built by hand decodes to the same shape.
const empty: FacetTable = decodeFacetTable({ version: 1, pages: 0, facets: {} });
test('an empty knowledge base gives an empty table', () => {
  expect(empty).toEqual({ pages: 0, facets: new Map() });
});
