import { PAGE_TYPES, type PageType } from './filters';

// Which page each row of the facet table (./facet-table.ts) is, written by the build beside it.
// The search page never needs it (it shows Pagefind's own results); a case page narrowing its
// timeline to a query does: it turns the query's hits into event ids without loading one page
// fragment per hit, which at 10,000 matching events would be 10,000 requests.

/** One row: the page's type and id. */
export interface PageRow {
  type: PageType;
  id: string;
}

/** The list as the build writes it: `<type>:<id>` per row, in the facet table's order. */
export interface PageListJson {
  version: 1;
  pages: string[];
}

/** Return the page list of pages given in the facet table's order. */
export function encodePageList(pages: readonly PageRow[]): PageListJson {
  return { version: 1, pages: pages.map((page) => `${page.type}:${page.id}`) };
}

const TYPES: ReadonlySet<string> = new Set(PAGE_TYPES);

/**
 * Return the rows of a page list a page fetched, or throw naming what is wrong with it. `rows`
 * is how many pages the facet table says the index holds: a list of another length is from
 * another build.
 */
export function decodePageList(json: unknown, rows: number): PageRow[] {
  const list = json as Partial<PageListJson> | null;
  if (list?.version !== 1 || !Array.isArray(list.pages))
    throw new Error('page list: expected { version: 1, pages: [...] }; rebuild the site');
  if (list.pages.length !== rows)
    throw new Error(`page list: it lists ${list.pages.length} pages and the facet table ${rows}`);
  return (list.pages as unknown[]).map((entry, row) => {
    const text = typeof entry === 'string' ? entry : '';
    const at = text.indexOf(':');
    const type = at > 0 ? text.slice(0, at) : '';
    const id = at > 0 ? text.slice(at + 1) : '';
    if (!TYPES.has(type) || id === '')
      throw new Error(`page list: row ${row} is ${JSON.stringify(entry)}, not "<type>:<id>"`);
    return { type: type as PageType, id };
  });
}
