import { FILTER_NAMES, type FilterName } from './filters';
import type { SearchPage } from './pages';

/**
 * The facet table: every indexed page's facet values, in the order of the pages' sort values,
 * written by the build beside the search page. Pagefind counts facets by intersecting every
 * value's page list with the hits in a linear scan, which at 10,000 pages costs seconds per
 * query; with this table the search page counts and filters in a few milliseconds. It learns
 * which Pagefind result is which page from one search sorted by date: every page's sort value is
 * unique (`searchSortValue` in ./pages.ts), so the n-th page of that search is the n-th page of the table.
 */

/** The table as the build writes it: per facet value, its pages as gaps between positions. */
export interface FacetTableJson {
  version: 1;
  /** How many pages the search index holds. */
  pages: number;
  facets: Partial<Record<FilterName, Record<string, number[]>>>;
}

/** The table decoded: per facet value, the positions of its pages in sort order. */
export interface FacetTable {
  pages: number;
  facets: Map<FilterName, Map<string, Uint32Array>>;
}

/** Facet counts by filter, then value. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Return the facet table of pages given in sort order. */
export function encodeFacetTable(pages: readonly SearchPage[]): FacetTableJson {
  const positions = new Map<FilterName, Map<string, number[]>>();
  pages.forEach((page, position) => {
    for (const [name, values] of Object.entries(page.attributes.filters) as [
      FilterName,
      string[],
    ][]) {
      const byValue = positions.get(name) ?? new Map<string, number[]>();
      positions.set(name, byValue);
      for (const value of new Set(values)) {
        const list = byValue.get(value) ?? [];
        byValue.set(value, list);
        list.push(position);
      }
    }
  });
  const facets: FacetTableJson['facets'] = {};
  for (const name of FILTER_NAMES) {
    const byValue = positions.get(name);
    if (!byValue) continue;
    // Gaps rather than positions: small numbers, which gzip well.
    facets[name] = Object.fromEntries(
      [...byValue].map(([value, list]) => [value, list.map((p, i) => p - (list[i - 1] ?? 0))]),
    );
  }
  return { version: 1, pages: pages.length, facets };
}

/** Return the table a search page fetched, or throw naming what is wrong with it. */
export function decodeFacetTable(json: unknown): FacetTable {
  const table = json as Partial<FacetTableJson> | null;
  if (table?.version !== 1 || !Number.isInteger(table.pages) || typeof table.facets !== 'object')
    throw new Error('facet table: expected { version: 1, pages, facets }; rebuild the site');
  const pages = table.pages!;
  const facets = new Map<FilterName, Map<string, Uint32Array>>();
  for (const name of FILTER_NAMES) {
    const byValue = table.facets[name];
    if (!byValue) continue;
    const decoded = new Map<string, Uint32Array>();
    for (const [value, gaps] of Object.entries(byValue)) {
      const list = new Uint32Array(gaps.length);
      let position = 0;
      gaps.forEach((gap, i) => (list[i] = position += gap));
      if (list.length > 0 && list[list.length - 1]! >= pages)
        throw new Error(`facet table: ${name}=${value} names a page past the ${pages} indexed`);
      decoded.set(value, list);
    }
    facets.set(name, decoded);
  }
  return { pages, facets };
}

/**
 * Return which pages match every filter (1) and which not (0), by position; leave out the facet
 * `without` (to count its other values). Undefined when no filter applies: every page matches.
 */
export function filterMask(
  table: FacetTable,
  filters: Partial<Record<FilterName, string>>,
  without?: FilterName,
): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  for (const [name, value] of Object.entries(filters) as [FilterName, string][]) {
    if (name === without) continue;
    const next = new Uint8Array(table.pages);
    for (const position of table.facets.get(name)?.get(value) ?? []) {
      if (!mask || mask[position]) next[position] = 1;
    }
    mask = next;
  }
  return mask;
}

/**
 * Return the facet counts of a result set (`hits`: 1 for each page in it, by position) narrowed
 * by `filters`. A facet with a chosen value counts its values as if it were unset, so a reader
 * can switch to another value and see what it would give.
 */
export function countFacets(
  table: FacetTable,
  hits: Uint8Array,
  filters: Partial<Record<FilterName, string>>,
): FacetCounts {
  const narrowed = (without?: FilterName) => {
    const mask = filterMask(table, filters, without);
    if (!mask) return hits;
    for (let i = 0; i < mask.length; i++) mask[i] = mask[i]! & hits[i]!;
    return mask;
  };
  const all = narrowed();
  const counts: FacetCounts = {};
  for (const [name, byValue] of table.facets) {
    const pool = filters[name] === undefined ? all : narrowed(name);
    const values: Record<string, number> = {};
    for (const [value, positions] of byValue) {
      let count = 0;
      for (let i = 0; i < positions.length; i++) count += pool[positions[i]!]!;
      values[value] = count;
    }
    counts[name] = values;
  }
  return counts;
}
